// SPDX-License-Identifier: GPL-3.0-or-later
// Stable keys of the analysis enums: they are written to JSON exports and report data, so a rename
// must break a test.
#include "analysis/IndicatorStatus.h"
#include "analysis/TaskState.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace dx {
namespace {

TEST(AnalysisKeys, IndicatorStatusKeysAreStableAndRoundTrip)
{
    const std::vector<std::pair<IndicatorStatus, std::string>> table{
        {IndicatorStatus::Achieved, "achieved"}, {IndicatorStatus::OnTrack, "on_track"},
        {IndicatorStatus::AtRisk, "at_risk"},    {IndicatorStatus::OffTrack, "off_track"},
        {IndicatorStatus::NoData, "no_data"},    {IndicatorStatus::Monitoring, "monitoring"}};
    for (const auto &[status, key] : table) {
        EXPECT_EQ(toKey(status).toStdString(), key);
        EXPECT_EQ(indicatorStatusFromKey(QString::fromStdString(key)), status) << key;
    }
}

TEST(AnalysisKeys, TaskStateKeysAreStableAndRoundTrip)
{
    const std::vector<std::pair<TaskState, std::string>> table{{TaskState::NotStarted, "not_started"},
                                                               {TaskState::InProgress, "in_progress"},
                                                               {TaskState::DoneOnTime, "done_on_time"},
                                                               {TaskState::DoneLate, "done_late"},
                                                               {TaskState::Overdue, "overdue"}};
    for (const auto &[state, key] : table) {
        EXPECT_EQ(toKey(state).toStdString(), key);
        EXPECT_EQ(taskStateFromKey(QString::fromStdString(key)), state) << key;
    }
}

TEST(AnalysisKeys, UnknownKeysAreRejected)
{
    EXPECT_FALSE(indicatorStatusFromKey(QStringLiteral("On_Track")));
    EXPECT_FALSE(indicatorStatusFromKey(QString()));
    EXPECT_FALSE(taskStateFromKey(QStringLiteral("done"))); // a TaskStatus key, not a TaskState key
    EXPECT_FALSE(taskStateFromKey(QStringLiteral("late")));
}

} // namespace
} // namespace dx
