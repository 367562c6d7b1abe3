// SPDX-License-Identifier: GPL-3.0-or-later
// Roll-ups: indicator statuses per pillar and overall; task states per group and per lead agency.
#include "analysis/IndicatorRollUp.h"
#include "analysis/TaskRollUp.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

Indicator coded(Id id, const char *code)
{
    Indicator i;
    i.id = id;
    i.code = QString::fromLatin1(code);
    i.targets = {Target{0, id, 2025, Comparison::AtLeast, 1.0, 0, {}}};
    return i;
}

IndicatorAssessment assessed(Id id, IndicatorStatus status)
{
    IndicatorAssessment a;
    a.indicatorId = id;
    a.status = status;
    return a;
}

StatusCounts counts(int achieved, int onTrack, int atRisk, int offTrack, int noData)
{
    StatusCounts c;
    c.achieved = achieved;
    c.onTrack = onTrack;
    c.atRisk = atRisk;
    c.offTrack = offTrack;
    c.noData = noData;
    return c;
}

TEST(AnalysisRollUp, IndicatorsPerPillarAndOverall)
{
    const QList<Indicator> indicators{coded(1, "TQ-01"),  coded(2, "CQS-01"), coded(3, "CQS-02"),
                                      coded(4, "KTS-01"), coded(5, "KTS-03"), coded(6, "CQS-04"),
                                      coded(7, "XHS-01")};
    const QList<IndicatorAssessment> assessments{
        assessed(1, IndicatorStatus::Achieved), assessed(2, IndicatorStatus::OnTrack),
        assessed(3, IndicatorStatus::Achieved), assessed(4, IndicatorStatus::AtRisk),
        assessed(5, IndicatorStatus::OffTrack), assessed(6, IndicatorStatus::AtRisk),
        assessed(99, IndicatorStatus::OffTrack)}; // 7 not assessed; 99 is not an indicator of the list
    const IndicatorRollUp r = rollUpIndicators(indicators, assessments);
    EXPECT_EQ(r.overall, counts(2, 1, 2, 1, 1));
    EXPECT_EQ(r.overall.total(), 7);
    ASSERT_EQ(r.pillars.size(), 4);
    EXPECT_EQ(r.pillars.at(0).pillar.toStdString(), "TQ");
    EXPECT_EQ(r.pillars.at(0).counts, counts(1, 0, 0, 0, 0));
    EXPECT_EQ(r.pillars.at(1).pillar.toStdString(), "CQS");
    EXPECT_EQ(r.pillars.at(1).counts, counts(1, 1, 1, 0, 0));
    EXPECT_EQ(r.pillars.at(2).pillar.toStdString(), "KTS");
    EXPECT_EQ(r.pillars.at(2).counts, counts(0, 0, 1, 1, 0));
    EXPECT_EQ(r.pillars.at(3).pillar.toStdString(), "XHS");
    EXPECT_EQ(r.pillars.at(3).counts, counts(0, 0, 0, 0, 1));
}

TEST(AnalysisRollUp, MonitoringIndicatorsWithoutTargetsAreNotCounted)
{
    Indicator monitored = coded(2, "CQS-07");
    monitored.targets.clear();
    const IndicatorRollUp r =
        rollUpIndicators({coded(1, "TQ-01"), monitored},
                         {assessed(1, IndicatorStatus::Achieved), assessed(2, IndicatorStatus::NoData)});
    EXPECT_EQ(r.overall, counts(1, 0, 0, 0, 0));
    EXPECT_EQ(r.overall.total(), 1);
}

TEST(AnalysisRollUp, StatusCountsByStatus)
{
    StatusCounts c;
    for (IndicatorStatus s : {IndicatorStatus::Achieved, IndicatorStatus::OnTrack, IndicatorStatus::OnTrack,
                              IndicatorStatus::AtRisk, IndicatorStatus::OffTrack, IndicatorStatus::NoData,
                              IndicatorStatus::NoData, IndicatorStatus::NoData})
        c.add(s);
    EXPECT_EQ(c.count(IndicatorStatus::Achieved), 1);
    EXPECT_EQ(c.count(IndicatorStatus::OnTrack), 2);
    EXPECT_EQ(c.count(IndicatorStatus::AtRisk), 1);
    EXPECT_EQ(c.count(IndicatorStatus::OffTrack), 1);
    EXPECT_EQ(c.count(IndicatorStatus::NoData), 3);
    EXPECT_EQ(c.total(), 8);
}

Task in(Id group, Id lead, Task t)
{
    t.groupId = group;
    t.leadAgencyId = lead;
    return t;
}

TaskGroup group(Id id)
{
    TaskGroup g;
    g.id = id;
    return g;
}

Agency agency(Id id)
{
    Agency a;
    a.id = id;
    return a;
}

const QDate kAsOf(2024, 9, 30);
const QDate kJune(2024, 6, 30);
const QDate kDec(2024, 12, 31);

QList<Task> sampleTasks()
{
    Task cooperative = in(1, 10, task(TaskStatus::InProgress, kDec, {}, 40));
    cooperative.cooperatingAgencyIds = {20};
    return {
        in(1, 10, task(TaskStatus::Done, kJune, QDate(2024, 6, 1), 80)),   // done on time; counts as 100 %
        in(1, 20, task(TaskStatus::Done, kJune, QDate(2024, 7, 15), 100)), // done late
        in(1, 10, task(TaskStatus::InProgress, kJune, {}, 50)),            // overdue
        cooperative,                                                       // in progress, 40 %
        in(2, 20, task(TaskStatus::NotStarted, kDec, {}, 0)),              // not started
        in(2, 0, task(TaskStatus::NotStarted, kJune, {}, 0)),              // overdue, no lead agency
        in(7, 10, task(TaskStatus::InProgress, {}, {}, 150)),              // unknown group; 150 % clamped
    };
}

TEST(AnalysisRollUp, TasksPerGroup)
{
    const QList<GroupTaskRollUp> r = rollUpTasksByGroup({group(1), group(2), group(3)}, sampleTasks(), kAsOf);
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r.at(0).groupId, 1);
    const TaskStateCounts &g1 = r.at(0).counts;
    EXPECT_EQ(g1.doneOnTime, 1);
    EXPECT_EQ(g1.doneLate, 1);
    EXPECT_EQ(g1.overdue, 1);
    EXPECT_EQ(g1.inProgress, 1);
    EXPECT_EQ(g1.notStarted, 0);
    EXPECT_EQ(g1.done(), 2);
    EXPECT_DOUBLE_EQ(g1.averagePercent(), (100 + 100 + 50 + 40) / 4.0);
    EXPECT_EQ(r.at(1).groupId, 2);
    EXPECT_EQ(r.at(1).counts.notStarted, 1);
    EXPECT_EQ(r.at(1).counts.overdue, 1);
    EXPECT_DOUBLE_EQ(r.at(1).counts.averagePercent(), 0.0);
    EXPECT_EQ(r.at(2).groupId, 3); // empty group still listed
    EXPECT_EQ(r.at(2).counts.total(), 0);
    EXPECT_DOUBLE_EQ(r.at(2).counts.averagePercent(), 0.0);
    EXPECT_EQ(r.at(3).groupId, 0); // tasks of unknown groups
    EXPECT_EQ(r.at(3).counts.inProgress, 1);
    EXPECT_DOUBLE_EQ(r.at(3).counts.averagePercent(), 100.0);
}

TEST(AnalysisRollUp, TasksPerLeadAgency)
{
    const QList<AgencyTaskRollUp> r = rollUpTasksByAgency({agency(20), agency(10)}, sampleTasks(), kAsOf);
    ASSERT_EQ(r.size(), 3);
    EXPECT_EQ(r.at(0).agencyId, 20); // cooperating on one more task, but leads only two
    EXPECT_EQ(r.at(0).counts.total(), 2);
    EXPECT_EQ(r.at(0).counts.doneLate, 1);
    EXPECT_EQ(r.at(0).counts.notStarted, 1);
    EXPECT_EQ(r.at(1).agencyId, 10);
    EXPECT_EQ(r.at(1).counts.total(), 4);
    EXPECT_EQ(r.at(1).counts.overdue, 1);
    EXPECT_EQ(r.at(2).agencyId, 0);
    EXPECT_EQ(r.at(2).counts.overdue, 1);
}

TEST(AnalysisRollUp, NoTrailingEntryWhenEveryTaskIsKnown)
{
    const QList<Task> tasks{in(1, 10, task(TaskStatus::NotStarted, {}))};
    EXPECT_EQ(rollUpTasksByGroup({group(1)}, tasks, kAsOf).size(), 1);
    EXPECT_EQ(rollUpTasksByAgency({agency(10)}, tasks, kAsOf).size(), 1);
}

TEST(AnalysisRollUp, AsOfDateChangesCounts)
{
    // Before the June deadline nothing is overdue and the late task was not done yet.
    const TaskStateCounts early = countTaskStates(sampleTasks(), QDate(2024, 6, 15));
    EXPECT_EQ(early.overdue, 0);
    EXPECT_EQ(early.doneOnTime, 1);
    EXPECT_EQ(early.doneLate, 0);
    EXPECT_EQ(early.inProgress, 4);
    EXPECT_EQ(early.notStarted, 2);
    const TaskStateCounts late = countTaskStates(sampleTasks(), kAsOf);
    EXPECT_EQ(late.overdue, 2);
    EXPECT_EQ(late.doneLate, 1);
    EXPECT_EQ(late.total(), 7);
}

TEST(AnalysisRollUp, EffectivePercent)
{
    EXPECT_EQ(effectivePercent(task(TaskStatus::Done, {}, QDate(2024, 1, 1), 30), kAsOf), 100);
    EXPECT_EQ(effectivePercent(task(TaskStatus::Done, {}, QDate(2025, 1, 1), 100), kAsOf), 100);
    EXPECT_EQ(effectivePercent(task(TaskStatus::InProgress, {}, {}, -5), kAsOf), 0);
    EXPECT_EQ(effectivePercent(task(TaskStatus::InProgress, {}, {}, 65), kAsOf), 65);
}

} // namespace
} // namespace dx
