// SPDX-License-Identifier: GPL-3.0-or-later
// assessIndicator() for plan-scope level indicators (Share, Count, Rank, Stage): Achieved, the
// threshold boundaries, direction, milestone choice, estimates and missing data.
#include "analysis/IndicatorAssessment.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dx {
namespace {

using namespace analysis_test;

constexpr double kNoRatio = -1.0; // the row does not check the ratio
const QDate kMid2024(2024, 6, 30);

// Share 40 % in 2020 (x 2021) -> >= 90 by 2025 (x 2026): the path expects 70 at the end of 2023.
Indicator share()
{
    return indicator(IndicatorKind::Share, Direction::Increase, "2020", 40.0,
                     {target(2025, Comparison::AtLeast, 90), target(2030, Comparison::AtLeast, 100)});
}
// Count 400 in 2020 -> > 700 by 2025: 580 expected at the end of 2023.
Indicator count()
{
    return indicator(IndicatorKind::Count, Direction::Increase, "2020", 400.0,
                     {target(2025, Comparison::Above, 700)});
}
// Rank with a flat path: expected 19 (then 17) every year.
Indicator rank19()
{
    return indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 19.0,
                     {target(2025, Comparison::AtMost, 19)});
}
Indicator rank17()
{
    return indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 17.0,
                     {target(2025, Comparison::AtMost, 17)});
}
// Rank 34 in 2020 -> <= 9 by 2025: expected 19 at the end of 2023.
Indicator rankSloped()
{
    return indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 34.0,
                     {target(2025, Comparison::AtMost, 9)});
}
// A share that must fall (paper dossiers): 24 in 2020 -> <= 19 by 2025, 21 expected at the end of 2023.
Indicator shareDown()
{
    return indicator(IndicatorKind::Share, Direction::Decrease, "2020", 24.0,
                     {target(2025, Comparison::AtMost, 19)});
}
// Direction Increase on a rank is a data error; a rank is still lower-is-better.
Indicator rankMislabelled()
{
    Indicator i = rank19();
    i.direction = Direction::Increase;
    return i;
}
// A plan-scope stage number: 0 in 2020 -> stage >= 2 by 2025, 1.2 expected at the end of 2023.
Indicator stage()
{
    return indicator(IndicatorKind::Stage, Direction::Increase, "2020", 0.0,
                     {target(2025, Comparison::AtLeast, 2)});
}
Indicator noTargets()
{
    return indicator(IndicatorKind::Share, Direction::Increase, "2020", 40.0, {});
}
Indicator noBaseline()
{
    return indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                     {target(2025, Comparison::AtLeast, 90)});
}

struct StatusCase
{
    const char *name;
    Indicator (*make)();
    QList<Measurement> measurements;
    QDate asOf;
    IndicatorStatus status;
    double ratio; ///< kNoRatio: not checked
    bool estimate = false;
};

class AnalysisStatusLevel : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(AnalysisStatusLevel, Status)
{
    const StatusCase &c = GetParam();
    const IndicatorAssessment a = assessIndicator(c.make(), c.measurements, c.asOf);
    EXPECT_EQ(toKey(a.status).toStdString(), toKey(c.status).toStdString());
    if (c.ratio != kNoRatio) {
        ASSERT_TRUE(a.ratio);
        EXPECT_NEAR(*a.ratio, c.ratio, 1e-9);
    }
    EXPECT_EQ(a.latestIsEstimate, c.estimate);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisStatusLevel,
    ::testing::Values(
        // Share: thresholds exactly on and just below 95 % and 85 % of the expected 70.
        StatusCase{"ShareExactly95IsOnTrack",
                   share,
                   {measurement("2023", 66.5)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95},
        StatusCase{"ShareJustBelow95IsAtRisk",
                   share,
                   {measurement("2023", 66.49)},
                   kMid2024,
                   IndicatorStatus::AtRisk,
                   66.49 / 70},
        StatusCase{"ShareExactly85IsAtRisk",
                   share,
                   {measurement("2023", 59.5)},
                   kMid2024,
                   IndicatorStatus::AtRisk,
                   0.85},
        StatusCase{"ShareJustBelow85IsOffTrack",
                   share,
                   {measurement("2023", 59.49)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   59.49 / 70},
        StatusCase{"ShareAheadOfPathIsOnTrack",
                   share,
                   {measurement("2023", 80)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   80.0 / 70},
        StatusCase{"ShareMeetingMilestoneIsAchieved",
                   share,
                   {measurement("2023", 90)},
                   kMid2024,
                   IndicatorStatus::Achieved,
                   90.0 / 70},
        StatusCase{"ShareLatestValueDecides",
                   share,
                   {measurement("2022", 90), measurement("2023", 50)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   50.0 / 70},
        StatusCase{"ShareHalfYearJudgedAtItsEnd",
                   share,
                   {measurement("2023-H1", 61.75)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   kNoRatio},
        // Count with a strict ">" target.
        StatusCase{"CountExactly95IsOnTrack",
                   count,
                   {measurement("2023", 551)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95},
        StatusCase{"CountExactly85IsAtRisk",
                   count,
                   {measurement("2023", 493)},
                   kMid2024,
                   IndicatorStatus::AtRisk,
                   0.85},
        StatusCase{"CountJustBelow85IsOffTrack",
                   count,
                   {measurement("2023", 492.9)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   492.9 / 580},
        StatusCase{"CountEqualToStrictTargetIsNotAchieved",
                   count,
                   {measurement("2023", 700)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   700.0 / 580},
        StatusCase{"CountAboveStrictTargetIsAchieved",
                   count,
                   {measurement("2023", 701)},
                   kMid2024,
                   IndicatorStatus::Achieved,
                   kNoRatio},
        // Rank: expected / actual.
        StatusCase{"RankExactly95IsOnTrack",
                   rank19,
                   {measurement("2023", 20)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95},
        StatusCase{"RankExactly85IsAtRisk",
                   rank17,
                   {measurement("2023", 20)},
                   kMid2024,
                   IndicatorStatus::AtRisk,
                   0.85},
        StatusCase{"RankJustBelow85IsOffTrack",
                   rank17,
                   {measurement("2023", 20.01)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   17 / 20.01},
        StatusCase{"RankBetterThanTargetIsAchieved",
                   rank19,
                   {measurement("2023", 5)},
                   kMid2024,
                   IndicatorStatus::Achieved,
                   19.0 / 5},
        StatusCase{"RankOnSlopedPath",
                   rankSloped,
                   {measurement("2023", 20)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95},
        StatusCase{"RankWorseOnSlopedPath",
                   rankSloped,
                   {measurement("2023", 25)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   19.0 / 25},
        StatusCase{"RankIsLowerBetterWhateverDirection",
                   rankMislabelled,
                   {measurement("2023", 20)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95},
        // Decreasing share.
        StatusCase{
            "DecreaseOnPath", shareDown, {measurement("2023", 21)}, kMid2024, IndicatorStatus::OnTrack, 1.0},
        StatusCase{"DecreaseAbovePathIsOffTrack",
                   shareDown,
                   {measurement("2023", 30)},
                   kMid2024,
                   IndicatorStatus::OffTrack,
                   0.7},
        StatusCase{"DecreaseAtTargetIsAchieved",
                   shareDown,
                   {measurement("2023", 19)},
                   kMid2024,
                   IndicatorStatus::Achieved,
                   kNoRatio},
        // Plan-scope stage.
        StatusCase{
            "StageBehindPath", stage, {measurement("2023", 1)}, kMid2024, IndicatorStatus::OffTrack, 1 / 1.2},
        StatusCase{
            "StageReached", stage, {measurement("2023", 2)}, kMid2024, IndicatorStatus::Achieved, kNoRatio},
        // Estimates count, and say so.
        StatusCase{"EstimateCountsAsValue",
                   share,
                   {measurement("2023", 66.5, true)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95,
                   true},
        StatusCase{"OlderEstimateDoesNotFlagLatest",
                   share,
                   {measurement("2022", 60, true), measurement("2023", 66.5)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   0.95,
                   false},
        // Missing data.
        StatusCase{"NoMeasurementIsNoData", share, {}, kMid2024, IndicatorStatus::NoData, kNoRatio},
        StatusCase{"OtherIndicatorsValuesIgnored",
                   share,
                   {measurement("2023", 90, false, 0, 2)},
                   kMid2024,
                   IndicatorStatus::NoData,
                   kNoRatio},
        StatusCase{"LocalityValuesIgnoredInPlanScope",
                   share,
                   {measurement("2023", 90, false, 3)},
                   kMid2024,
                   IndicatorStatus::NoData,
                   kNoRatio},
        StatusCase{"ValueOfUnstartedPeriodIgnored",
                   share,
                   {measurement("2025", 90)},
                   kMid2024,
                   IndicatorStatus::NoData,
                   kNoRatio},
        // No target: followed, not judged, whether or not it has values.
        StatusCase{"NoTargetWithValueIsMonitoring",
                   noTargets,
                   {measurement("2023", 90)},
                   kMid2024,
                   IndicatorStatus::Monitoring,
                   kNoRatio},
        StatusCase{"NoTargetWithoutValueIsMonitoring",
                   noTargets,
                   {},
                   kMid2024,
                   IndicatorStatus::Monitoring,
                   kNoRatio},
        // Without a baseline a single value starts its own path.
        StatusCase{"SingleValueWithoutBaselineIsOnTrack",
                   noBaseline,
                   {measurement("2023", 10)},
                   kMid2024,
                   IndicatorStatus::OnTrack,
                   1.0}),
    CaseName());

TEST(AnalysisStatus, HalfYearValueIsComparedAtItsPeriodEnd)
{
    // 2023-H1 ends at x = 2023 + 181/365; the path expects 40 + 50 * (x - 2021) / 5 there.
    const IndicatorAssessment a = assessIndicator(share(), {measurement("2023-H1", 61.75)}, kMid2024);
    const double x = 2023.0 + 181.0 / 365.0;
    ASSERT_TRUE(a.expected);
    EXPECT_NEAR(*a.expected, 40 + 10 * (x - 2021), 1e-9);
    EXPECT_EQ(a.latest->period.key().toStdString(), "2023-H1");
}

TEST(AnalysisStatus, ReportsLatestExpectedAndMilestone)
{
    const IndicatorAssessment a =
        assessIndicator(share(), {measurement("2022", 55), measurement("2023", 63)}, kMid2024);
    EXPECT_EQ(a.indicatorId, kIndicatorId);
    ASSERT_TRUE(a.latest && a.expected && a.milestone);
    EXPECT_DOUBLE_EQ(a.latest->value, 63);
    EXPECT_NEAR(*a.expected, 70, 1e-9);
    EXPECT_EQ(a.milestone->year, 2025);
    EXPECT_EQ(a.targets.size(), 2);
}

struct MilestoneCase
{
    const char *name;
    QDate asOf;
    int milestone;
    IndicatorStatus status;
};

class AnalysisStatusMilestone : public ::testing::TestWithParam<MilestoneCase>
{
};

TEST_P(AnalysisStatusMilestone, NextMilestoneFollowsAsOfDate)
{
    // 95 % in 2025 meets ">= 90 by 2025" but not ">= 100 by 2030" (expected 90 at the end of 2025).
    const QList<Measurement> ms{measurement("2024", 85), measurement("2025", 95)};
    const IndicatorAssessment a = assessIndicator(share(), ms, GetParam().asOf);
    ASSERT_TRUE(a.milestone);
    EXPECT_EQ(a.milestone->year, GetParam().milestone);
    EXPECT_EQ(toKey(a.status).toStdString(), toKey(GetParam().status).toStdString());
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisStatusMilestone,
    ::testing::Values(MilestoneCase{"LastDayOf2025", QDate(2025, 12, 31), 2025, IndicatorStatus::Achieved},
                      MilestoneCase{"FirstDayOf2026", QDate(2026, 1, 1), 2030, IndicatorStatus::OnTrack},
                      MilestoneCase{"AfterEveryTargetUsesLast", QDate(2032, 5, 1), 2030,
                                    IndicatorStatus::OnTrack}),
    CaseName());

TEST(AnalysisStatus, CustomThresholdsAreApplied)
{
    const StatusThresholds strict{0.99, 0.9};
    const QList<Measurement> ms{measurement("2023", 66.5)}; // ratio 0.95
    EXPECT_EQ(assessIndicator(share(), ms, kMid2024, strict).status, IndicatorStatus::AtRisk);
    EXPECT_EQ(assessIndicator(share(), ms, kMid2024).status, IndicatorStatus::OnTrack);
}

TEST(AnalysisStatus, NoTargetStillReportsLatestValue)
{
    const IndicatorAssessment a = assessIndicator(noTargets(), {measurement("2023-H1", 89)}, kMid2024);
    EXPECT_EQ(a.status, IndicatorStatus::Monitoring);
    ASSERT_TRUE(a.latest);
    EXPECT_DOUBLE_EQ(a.latest->value, 89);
    EXPECT_FALSE(a.milestone);
    EXPECT_FALSE(a.ratio);
}

TEST(AnalysisStatus, AssessIndicatorsKeepsOrder)
{
    Indicator a = share();
    Indicator b = count();
    b.id = 2;
    const QList<IndicatorAssessment> out =
        assessIndicators({b, a}, {measurement("2023", 90), measurement("2023", 100, false, 0, 2)}, kMid2024);
    ASSERT_EQ(out.size(), 2);
    EXPECT_EQ(out.at(0).indicatorId, 2);
    EXPECT_EQ(out.at(0).status, IndicatorStatus::OffTrack); // 100 of 580 expected
    EXPECT_EQ(out.at(1).indicatorId, kIndicatorId);
    EXPECT_EQ(out.at(1).status, IndicatorStatus::Achieved);
}

TEST(AnalysisThresholds, RatioRules)
{
    EXPECT_DOUBLE_EQ(performanceRatio(66.5, 70, false), 0.95);
    EXPECT_DOUBLE_EQ(performanceRatio(20, 19, true), 0.95);
    // A zero divisor: judged by which side of the expectation the value is on.
    EXPECT_DOUBLE_EQ(performanceRatio(0, 0, false), 1.0);
    EXPECT_DOUBLE_EQ(performanceRatio(-1, 0, false), 0.0);
    EXPECT_DOUBLE_EQ(performanceRatio(0, 3, true), 1.0);
    const StatusThresholds t;
    EXPECT_EQ(t.classify(1.0), IndicatorStatus::OnTrack);
    EXPECT_EQ(t.classify(0.95), IndicatorStatus::OnTrack);
    EXPECT_EQ(t.classify(0.9499), IndicatorStatus::AtRisk);
    EXPECT_EQ(t.classify(0.85), IndicatorStatus::AtRisk);
    EXPECT_EQ(t.classify(0.8499), IndicatorStatus::OffTrack);
}

} // namespace
} // namespace dx
