// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard: headline, a tile per indicator, group progress, overdue chart, deadlines; clickable;
// follows the "as of" date and every edit.
#include "test_indicator_fixture.h"

#include "dashboard/DashboardPanel.h"
#include "dashboard/IndicatorTile.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace dx;

namespace {

using DashboardTest = dxtest::IndicatorFixture;

TEST_F(DashboardTest, ShowsTheHeadlineAndATilePerIndicator)
{
    DashboardPanel dashboard(*document);
    const int indicators = int(document->store().indicators().size());
    EXPECT_EQ(dashboard.tiles().size(), indicators);
    int achieved = 0, withTargets = 0;
    for (const Indicator &i : document->store().indicators()) {
        if (i.targets.isEmpty())
            continue; // monitoring indicators (CQS-07, TQ-02) are not targets
        ++withTargets;
        achieved += cache().assessment(i.id).status == IndicatorStatus::Achieved;
    }
    EXPECT_EQ(withTargets, 13) << "the resolution's 13 targets";
    EXPECT_EQ(dashboard.headline(), QStringLiteral("%1 of %2 targets met").arg(achieved).arg(withTargets));
    const IndicatorTile *tq01 = dashboard.tiles().at(cache().indexOf(idOf(QStringLiteral("TQ-01"))));
    EXPECT_TRUE(tq01->statusText().contains(QStringLiteral("Achieved")));
    EXPECT_TRUE(tq01->valueText().contains(QStringLiteral("13 (2022)"))) << tq01->valueText().toStdString();
    EXPECT_TRUE(tq01->valueText().contains(QStringLiteral("2025")));
    EXPECT_EQ(dashboard.groupsBox()->findChildren<QProgressBar *>().size(), document->groups().size());
}

TEST_F(DashboardTest, TilesAndDeadlinesAreClickable)
{
    DashboardPanel dashboard(*document);
    dashboard.resize(1200, 900);
    dashboard.show();
    QSignalSpy indicator(&dashboard, &DashboardPanel::indicatorActivated);
    IndicatorTile *tile = dashboard.tiles().at(2);
    QTest::mouseClick(tile, Qt::LeftButton);
    ASSERT_EQ(indicator.count(), 1);
    EXPECT_EQ(indicator.first().first().value<Id>(), tile->indicatorId());

    QSignalSpy task(&dashboard, &DashboardPanel::taskActivated);
    QTreeWidget *list = dashboard.deadlines();
    ASSERT_GT(list->topLevelItemCount(), 0);
    QTreeWidgetItem *item = list->topLevelItem(0);
    if (item->data(0, Qt::UserRole + 1).value<Id>() != 0) {
        emit list->itemClicked(item, 1);
        ASSERT_EQ(task.count(), 1);
        EXPECT_EQ(task.first().first().value<Id>(), item->data(0, Qt::UserRole + 1).value<Id>());
    }
}

TEST_F(DashboardTest, FollowsTheAsOfDateAndEdits)
{
    // A task due mid-2022, not done: overdue as of 2024, upcoming as of early 2022.
    Task t = document->store().tasks().first();
    t.deadline = QDate(2022, 3, 31);
    t.startDate = QDate(2021, 6, 1);
    t.status = TaskStatus::InProgress;
    t.completionDate = {};
    t.percentComplete = 40;
    ASSERT_TRUE(document->editTasks({t}, TaskFields::all()));
    DashboardPanel dashboard(*document);
    dashboard.show();
    QCoreApplication::processEvents();
    auto overdueCategories = [&] {
        auto *axis =
            qobject_cast<QBarCategoryAxis *>(dashboard.overdueChart()->chart()->axes(Qt::Vertical).value(0));
        return axis ? axis->categories() : QStringList();
    };
    auto listed = [&](Id id, bool overdue) {
        for (int i = 0; i < dashboard.deadlines()->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = dashboard.deadlines()->topLevelItem(i);
            if (item->data(0, Qt::UserRole + 1).value<Id>() == id)
                return item->text(1).contains(QStringLiteral("overdue")) == overdue;
        }
        return false;
    };
    EXPECT_TRUE(listed(t.id, true));
    EXPECT_TRUE(overdueCategories().contains(document->agencyName(t.leadAgencyId)));

    document->setAsOf(QDate(2022, 2, 15));
    EXPECT_TRUE(listed(t.id, false));
    EXPECT_TRUE(dashboard.headline().contains(QStringLiteral("targets met")));

    // An edit re-assesses one indicator and updates its tile and the headline.
    document->setAsOf(QDate(2024, 6, 30));
    const Id kts04 = idOf(QStringLiteral("KTS-04"));
    IndicatorTile *tile = dashboard.tiles().at(cache().indexOf(kts04));
    EXPECT_TRUE(tile->statusText().contains(QStringLiteral("No data")));
    const QString before = dashboard.headline();
    ASSERT_TRUE(document->setMeasurements(
        {Measurement{0, kts04, 0, QStringLiteral("2023"), 720.0, false, {}, {}, {}, {}}}, {},
        QStringLiteral("test")));
    EXPECT_TRUE(tile->statusText().contains(QStringLiteral("Achieved")));
    EXPECT_NE(dashboard.headline(), before);
    document->undoStack()->undo();
    EXPECT_TRUE(tile->statusText().contains(QStringLiteral("No data")));
    EXPECT_EQ(dashboard.headline(), before);
}

// Behind another tab the dashboard does not rebuild after each edit made there (the task table stays
// fast); shown again, it has caught up with every edit and the "as of" date.
TEST_F(DashboardTest, HiddenDashboardCatchesUpWhenShown)
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *dashboard = new DashboardPanel(*document);
    layout->addWidget(dashboard);
    window.show();
    const int groupsBefore = dashboard->groupsBox()->findChildren<QProgressBar *>().size();
    QProgressBar *firstBar = dashboard->groupsBox()->findChildren<QProgressBar *>().value(0);
    dashboard->hide();

    TaskGroup g;
    g.title = QStringLiteral("Nhóm mới thêm khi bảng điều khiển đang ẩn");
    ASSERT_TRUE(document->addGroup(g));
    document->setAsOf(QDate(2022, 2, 15));
    QCoreApplication::processEvents();
    EXPECT_EQ(dashboard->groupsBox()->findChildren<QProgressBar *>().value(0), firstBar)
        << "not rebuilt while hidden";

    dashboard->show();
    EXPECT_EQ(dashboard->groupsBox()->findChildren<QProgressBar *>().size(), groupsBefore + 1);
    bool listsTheNewGroup = false;
    for (QLabel *label : dashboard->groupsBox()->findChildren<QLabel *>())
        listsTheNewGroup = listsTheNewGroup || label->text().contains(QStringLiteral("đang ẩn"));
    EXPECT_TRUE(listsTheNewGroup);
}

} // namespace
