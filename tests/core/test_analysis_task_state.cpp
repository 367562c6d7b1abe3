// SPDX-License-Identifier: GPL-3.0-or-later
// taskState(), isDueWithin() and daysOverdue() at the boundary dates.
#include "analysis/TaskState.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

const QDate kDeadline(2024, 6, 30);

struct StateCase
{
    const char *name;
    Task task;
    QDate asOf;
    TaskState state;
};

Task startingOn(Task t, QDate start)
{
    t.startDate = start;
    return t;
}

class AnalysisTaskState : public ::testing::TestWithParam<StateCase>
{
};

TEST_P(AnalysisTaskState, State)
{
    const StateCase &c = GetParam();
    EXPECT_EQ(toKey(taskState(c.task, c.asOf)).toStdString(), toKey(c.state).toStdString());
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisTaskState,
    ::testing::Values(
        StateCase{"NotStartedNoDeadline", task(TaskStatus::NotStarted, {}), QDate(2030, 1, 1),
                  TaskState::NotStarted},
        StateCase{"NotStartedOnDeadlineDay", task(TaskStatus::NotStarted, kDeadline), kDeadline,
                  TaskState::NotStarted},
        StateCase{"NotStartedDayAfterDeadline", task(TaskStatus::NotStarted, kDeadline), QDate(2024, 7, 1),
                  TaskState::Overdue},
        StateCase{"InProgressDayBeforeDeadline", task(TaskStatus::InProgress, kDeadline), QDate(2024, 6, 29),
                  TaskState::InProgress},
        StateCase{"InProgressOnDeadlineDay", task(TaskStatus::InProgress, kDeadline), kDeadline,
                  TaskState::InProgress},
        StateCase{"InProgressDayAfterDeadline", task(TaskStatus::InProgress, kDeadline), QDate(2024, 7, 1),
                  TaskState::Overdue},
        StateCase{"DoneOnDeadlineDayIsOnTime", task(TaskStatus::Done, kDeadline, kDeadline),
                  QDate(2024, 12, 31), TaskState::DoneOnTime},
        StateCase{"DoneDayAfterDeadlineIsLate", task(TaskStatus::Done, kDeadline, QDate(2024, 7, 1)),
                  QDate(2024, 12, 31), TaskState::DoneLate},
        StateCase{"DoneEarly", task(TaskStatus::Done, kDeadline, QDate(2024, 1, 15)), QDate(2024, 2, 1),
                  TaskState::DoneOnTime},
        StateCase{"DoneOnTheAsOfDay", task(TaskStatus::Done, kDeadline, QDate(2024, 6, 29)),
                  QDate(2024, 6, 29), TaskState::DoneOnTime},
        // Viewed as of a date before completion, the task was still open.
        StateCase{"CompletedLaterWasOverdueThen", task(TaskStatus::Done, kDeadline, QDate(2024, 7, 10)),
                  QDate(2024, 7, 5), TaskState::Overdue},
        StateCase{"CompletedLaterWasInProgressThen", task(TaskStatus::Done, kDeadline, QDate(2024, 6, 20)),
                  QDate(2024, 6, 10), TaskState::InProgress},
        StateCase{"CompletedLaterNotStartedThen",
                  startingOn(task(TaskStatus::Done, kDeadline, QDate(2024, 6, 20)), QDate(2024, 6, 15)),
                  QDate(2024, 6, 10), TaskState::NotStarted},
        StateCase{"DoneWithoutDateIsOnTime", task(TaskStatus::Done, kDeadline), QDate(2025, 1, 1),
                  TaskState::DoneOnTime},
        StateCase{"DoneWithoutDeadlineIsOnTime", task(TaskStatus::Done, {}, QDate(2029, 1, 1)),
                  QDate(2030, 1, 1), TaskState::DoneOnTime},
        // No as-of date: nothing becomes overdue, completion is not cut off.
        StateCase{"InvalidAsOfNeverOverdue", task(TaskStatus::InProgress, kDeadline), QDate(),
                  TaskState::InProgress},
        StateCase{"InvalidAsOfKeepsLateness", task(TaskStatus::Done, kDeadline, QDate(2024, 8, 1)), QDate(),
                  TaskState::DoneLate}),
    CaseName());

struct DueCase
{
    const char *name;
    Task task;
    QDate asOf;
    int days;
    bool due;
};

class AnalysisTaskStateDue : public ::testing::TestWithParam<DueCase>
{
};

TEST_P(AnalysisTaskStateDue, DueWithin)
{
    const DueCase &c = GetParam();
    EXPECT_EQ(isDueWithin(c.task, c.asOf, c.days), c.due);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisTaskStateDue,
    ::testing::Values(
        DueCase{"LastDayOfWindow", task(TaskStatus::InProgress, kDeadline), QDate(2024, 6, 23), 7, true},
        DueCase{"DayBeforeWindow", task(TaskStatus::InProgress, kDeadline), QDate(2024, 6, 22), 7, false},
        DueCase{"DueTodayWithZeroDays", task(TaskStatus::NotStarted, kDeadline), kDeadline, 0, true},
        DueCase{"OverdueIsNotDueSoon", task(TaskStatus::InProgress, kDeadline), QDate(2024, 7, 1), 30, false},
        DueCase{"DoneIsNotDue", task(TaskStatus::Done, kDeadline, QDate(2024, 6, 1)), QDate(2024, 6, 25), 7,
                false},
        DueCase{"CompletedLaterWasDue", task(TaskStatus::Done, kDeadline, QDate(2024, 6, 29)),
                QDate(2024, 6, 25), 7, true},
        DueCase{"NoDeadlineNeverDue", task(TaskStatus::InProgress, {}), QDate(2024, 6, 25), 365, false},
        DueCase{"NegativeDays", task(TaskStatus::InProgress, kDeadline), kDeadline, -1, false}),
    CaseName());

TEST(AnalysisTaskState, DaysOverdue)
{
    const Task open = task(TaskStatus::InProgress, kDeadline);
    EXPECT_EQ(daysOverdue(open, kDeadline), 0);
    EXPECT_EQ(daysOverdue(open, QDate(2024, 7, 1)), 1);
    EXPECT_EQ(daysOverdue(open, QDate(2024, 12, 31)), 184);
    EXPECT_EQ(daysOverdue(task(TaskStatus::Done, kDeadline, QDate(2024, 8, 1)), QDate(2024, 12, 31)), 0);
}

TEST(AnalysisTaskState, IsDoneHelpers)
{
    EXPECT_TRUE(isDone(TaskState::DoneOnTime));
    EXPECT_TRUE(isDone(TaskState::DoneLate));
    EXPECT_FALSE(isDone(TaskState::Overdue));
    EXPECT_FALSE(isDoneOn(task(TaskStatus::InProgress, {}, QDate(2024, 1, 1)), QDate(2024, 6, 1)));
    EXPECT_TRUE(isDoneOn(task(TaskStatus::Done, {}, QDate(2024, 1, 1)), QDate(2024, 1, 1)));
    EXPECT_FALSE(isDoneOn(task(TaskStatus::Done, {}, QDate(2024, 1, 2)), QDate(2024, 1, 1)));
}

} // namespace
} // namespace dx
