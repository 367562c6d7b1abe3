// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the Indicators tab: the list of indicators with their status (add, edit, reorder, delete),
// and for the current one its standing in words, its chart and the grid of recorded values.
#include "domain/Ids.h"
#include "domain/Indicator.h"

#include <QWidget>

class QAction;
class QLabel;
class QSplitter;
class QTableView;

namespace dx {

class IndicatorChartView;
class IndicatorStatusCache;
class IndicatorTableModel;
class PlanDocument;
class ValuesGridPanel;

class IndicatorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IndicatorPanel(PlanDocument &document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    IndicatorTableModel *model() const { return m_model; }
    IndicatorChartView *chartView() const { return m_chart; }
    ValuesGridPanel *grid() const { return m_grid; }
    QLabel *summaryLabel() const { return m_summary; }

    Id currentIndicator() const;
    void selectIndicator(Id id);

    /// Applies an edited (or new, id 0) indicator and its linked tasks as one undo step.
    bool applyIndicator(const Indicator &indicator, const QList<Id> &linkedTasks);
    /// The tasks that list @p id among their indicators.
    QList<Id> linkedTasks(Id id) const;
    /// Deletes @p id with its values (one undo step); asks first unless @p confirm is false.
    bool deleteIndicator(Id id, bool confirm = true);

    QAction *addAction = nullptr;
    QAction *editAction = nullptr;
    QAction *moveUpAction = nullptr;
    QAction *moveDownAction = nullptr;
    QAction *deleteAction = nullptr;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openEditor(Id id);
    void showCurrent();
    void updateActions();
    void retranslate();

    PlanDocument &m_document;
    IndicatorStatusCache &m_cache;
    IndicatorTableModel *m_model;
    QTableView *m_view;
    QSplitter *m_split = nullptr;
    bool m_splitSized = false; ///< the first show gives the list the width its columns need
    QLabel *m_summary;
    IndicatorChartView *m_chart;
    Id m_shownId = 0; ///< the indicator showCurrent() last showed
    ValuesGridPanel *m_grid;
};

} // namespace dx
