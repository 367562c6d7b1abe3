// SPDX-License-Identifier: GPL-3.0-or-later
// assessIndicator() for YearlyRate indicators (KTS-03: labour productivity growth >= 8 %/year to
// 2025, >= 10 %/year to 2030): every year is judged against the bar in force for it.
#include "analysis/IndicatorAssessment.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

Indicator growth()
{
    return indicator(IndicatorKind::YearlyRate, Direction::Increase, "2020", 6.5,
                     {target(2025, Comparison::AtLeast, 8), target(2030, Comparison::AtLeast, 10)});
}

// A rate that must stay low (e.g. a yearly loss rate <= 4 %).
Indicator ceiling()
{
    return indicator(IndicatorKind::YearlyRate, Direction::Decrease, "", std::nullopt,
                     {target(2025, Comparison::AtMost, 4)});
}
// A strict bar: growth must exceed 8.
Indicator strict()
{
    return indicator(IndicatorKind::YearlyRate, Direction::Increase, "", std::nullopt,
                     {target(2025, Comparison::Above, 8)});
}

struct RateCase
{
    const char *name;
    Indicator (*make)();
    QList<Measurement> measurements;
    QDate asOf;
    IndicatorStatus status;
    int yearsRecorded;
    int yearsMet;
};

class AnalysisYearlyRate : public ::testing::TestWithParam<RateCase>
{
};

TEST_P(AnalysisYearlyRate, Status)
{
    const RateCase &c = GetParam();
    const IndicatorAssessment a = assessIndicator(c.make(), c.measurements, c.asOf);
    EXPECT_EQ(toKey(a.status).toStdString(), toKey(c.status).toStdString());
    EXPECT_EQ(a.yearsRecorded, c.yearsRecorded);
    EXPECT_EQ(a.yearsMet, c.yearsMet);
}

const QDate kMid2024(2024, 6, 30);

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisYearlyRate,
    ::testing::Values(RateCase{"EveryYearMetIsOnTrack",
                               growth,
                               {measurement("2021", 8.5), measurement("2022", 9), measurement("2023", 8)},
                               kMid2024,
                               IndicatorStatus::OnTrack,
                               3,
                               3},
                      RateCase{"EarlierMissWithLatestMetIsAtRisk",
                               growth,
                               {measurement("2021", 7.5), measurement("2022", 9), measurement("2023", 8.2)},
                               kMid2024,
                               IndicatorStatus::AtRisk,
                               3,
                               2},
                      RateCase{"LatestMissedAt95PercentIsAtRiskNotOnTrack",
                               growth,
                               {measurement("2021", 9), measurement("2022", 9), measurement("2023", 7.6)},
                               kMid2024,
                               IndicatorStatus::AtRisk,
                               3,
                               2},
                      RateCase{"LatestMissedAtExactly85IsAtRisk",
                               growth,
                               {measurement("2023", 6.8)},
                               kMid2024,
                               IndicatorStatus::AtRisk,
                               1,
                               0},
                      RateCase{"LatestMissedJustBelow85IsOffTrack",
                               growth,
                               {measurement("2023", 6.79)},
                               kMid2024,
                               IndicatorStatus::OffTrack,
                               1,
                               0},
                      RateCase{"MilestoneYearRecordedAllMetIsAchieved",
                               growth,
                               {measurement("2021", 8), measurement("2022", 8.1), measurement("2023", 9),
                                measurement("2024", 8.4), measurement("2025", 8.2, true)},
                               QDate(2025, 12, 31),
                               IndicatorStatus::Achieved,
                               5,
                               5},
                      RateCase{"NextMilestoneNotYetRecordedIsOnTrack",
                               growth,
                               {measurement("2021", 8), measurement("2022", 8.1), measurement("2023", 9),
                                measurement("2024", 8.4), measurement("2025", 8.2)},
                               QDate(2026, 1, 1),
                               IndicatorStatus::OnTrack,
                               5,
                               5},
                      RateCase{"YearAfter2025JudgedAgainst2030Bar",
                               growth,
                               {measurement("2024", 9), measurement("2025", 9), measurement("2026", 9)},
                               QDate(2027, 6, 30),
                               IndicatorStatus::AtRisk,
                               3,
                               2},
                      RateCase{"SubYearValuesIgnored",
                               growth,
                               {measurement("2023-H1", 9), measurement("2023-Q2", 9)},
                               kMid2024,
                               IndicatorStatus::NoData,
                               0,
                               0},
                      RateCase{"SubYearValueDoesNotReplaceLatestYear",
                               growth,
                               {measurement("2022", 9), measurement("2023-H1", 2)},
                               kMid2024,
                               IndicatorStatus::OnTrack,
                               1,
                               1},
                      RateCase{"NoValueIsNoData", growth, {}, kMid2024, IndicatorStatus::NoData, 0, 0},
                      RateCase{"DecreaseBelowCeilingIsOnTrack",
                               ceiling,
                               {measurement("2022", 3.5), measurement("2023", 4)},
                               kMid2024,
                               IndicatorStatus::OnTrack,
                               2,
                               2},
                      RateCase{"DecreaseSlightlyOverCeilingIsAtRisk",
                               ceiling,
                               {measurement("2023", 4.2)},
                               kMid2024,
                               IndicatorStatus::AtRisk,
                               1,
                               0},
                      RateCase{"DecreaseFarOverCeilingIsOffTrack",
                               ceiling,
                               {measurement("2023", 5)},
                               kMid2024,
                               IndicatorStatus::OffTrack,
                               1,
                               0},
                      RateCase{"StrictBarEqualIsAMiss",
                               strict,
                               {measurement("2023", 8)},
                               kMid2024,
                               IndicatorStatus::AtRisk,
                               1,
                               0}),
    CaseName());

TEST(AnalysisYearlyRate, ExpectedIsTheBarOfTheLatestYear)
{
    const IndicatorAssessment a =
        assessIndicator(growth(), {measurement("2025", 9), measurement("2026", 9.5)}, QDate(2027, 3, 1));
    ASSERT_TRUE(a.expected && a.ratio && a.milestone);
    EXPECT_DOUBLE_EQ(*a.expected, 10);
    EXPECT_DOUBLE_EQ(*a.ratio, 0.95);
    EXPECT_EQ(a.milestone->year, 2030);
    EXPECT_EQ(a.status, IndicatorStatus::AtRisk); // 2026 missed the 10 % bar, 95 % of it
}

TEST(AnalysisYearlyRate, LatestIsTheLatestWholeYearAndItsEstimateFlag)
{
    const IndicatorAssessment a = assessIndicator(
        growth(), {measurement("2022", 9), measurement("2023", 8.5, true), measurement("2024-H1", 3)},
        QDate(2024, 8, 1));
    ASSERT_TRUE(a.latest);
    EXPECT_EQ(a.latest->period.key().toStdString(), "2023");
    EXPECT_TRUE(a.latestIsEstimate);
}

} // namespace
} // namespace dx
