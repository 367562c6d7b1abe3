// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: "Check the data": every plausibility warning of the plan (tasks whose status contradicts their
// percent, completions after the "as of" date, values that jump), to work through one by one; kept up to
// date while the planner fixes them.
#include "domain/Ids.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace dx {

class PlanDocument;

class DataCheckDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DataCheckDialog(PlanDocument &document, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// Reads the warnings again (done on every change of tasks, values or the "as of" date).
    void refill();

signals:
    void taskChosen(dx::Id id);      ///< the planner opened a task's warning
    void indicatorChosen(dx::Id id); ///< ... or a value's

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    PlanDocument &m_document;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace dx
