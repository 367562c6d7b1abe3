// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the window's Collect data menu (make workbooks, import returned ones, collection status)
// and File > Export > Excel workbook / CSV values.
#include <QObject>

class QMenu;
class QWidget;

namespace dx {

class PlanDocument;

class CollectActions : public QObject
{
    Q_OBJECT
public:
    CollectActions(PlanDocument &document, QWidget *window);

    /// Adds the "Collect data" submenu to @p plan.
    void fillPlanMenu(QMenu *plan);
    /// Adds "Export" > Excel workbook, CSV values to @p file.
    void fillFileMenu(QMenu *file);

    void makeWorkbooks();
    /// Asks for files (or takes @p files), shows the preview, imports what the planner settles.
    void importReturned(const QStringList &files = {});
    void showStatus();
    void exportWorkbook();
    void exportCsv();

private:
    PlanDocument &m_document;
    QWidget *m_window;
};

} // namespace dx
