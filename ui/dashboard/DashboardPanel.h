// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the Dashboard tab, in the order a head of department asks: the headline ("5 of 13 targets
// met"), the targets off track or at risk, overdue and upcoming tasks with their lead agency, the figures
// still to ask for and from whom, progress per task group; then overdue tasks per agency as a chart and a
// tile per indicator. All on the document's "as of" date, all clickable through to the indicator, group
// or task.
#include "domain/Ids.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QTreeWidget;
class QVBoxLayout;

namespace dx {

class IndicatorStatusCache;
class IndicatorTile;
class PlanDocument;

class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(PlanDocument &document, QWidget *parent = nullptr);

    /// Rebuilds every part now (tiles are reused when the indicator list keeps its length).
    void refresh();
    /// Rebuilds the task parts: group progress, overdue chart, deadlines.
    void refreshTasks();
    /// Updates the tile of one indicator and the headline.
    void refreshIndicator(Id id);

    QString headline() const;
    QList<IndicatorTile *> tiles() const { return m_tiles; }
    QTreeWidget *deadlines() const { return m_deadlines; }
    QTreeWidget *attention() const { return m_attention; }
    QTreeWidget *followUp() const { return m_followUp; }
    QWidget *tileBox() const { return m_tileBox; }
    QChartView *overdueChart() const { return m_overdue; }
    QWidget *groupsBox() const { return m_groups; }

    /// How far ahead "upcoming" deadlines look, in days.
    static constexpr int kUpcomingDays = 60;

signals:
    void indicatorActivated(dx::Id id);
    void taskActivated(dx::Id id);
    void groupActivated(dx::Id id);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refreshTiles();
    void refreshAttention();
    void refreshFollowUp();
    void refreshHeadline();
    void scheduleTasks();
    void layoutTiles(bool force);

    PlanDocument &m_document;
    IndicatorStatusCache &m_cache;
    QLabel *m_headline, *m_counts, *m_tilesTitle, *m_groupsTitle, *m_deadlinesTitle, *m_attentionTitle,
        *m_followUpTitle, *m_overdueTitle;
    QWidget *m_tileBox;
    QGridLayout *m_tileGrid;
    QList<IndicatorTile *> m_tiles;
    QWidget *m_groups;
    QVBoxLayout *m_groupsLayout;
    QChartView *m_overdue;
    QTreeWidget *m_deadlines;
    QTreeWidget *m_attention;
    QTreeWidget *m_followUp;
    bool m_tasksPending = false;
    bool m_tasksStale = false; ///< tasks changed while hidden: rebuilt on the next show
    int m_columns = 0;
};

} // namespace dx
