// SPDX-License-Identifier: GPL-3.0-or-later
// planTargetProgress(): per target, whether it is met and the change per year still needed.
#include "analysis/IndicatorSeries.h"
#include "analysis/TargetProgress.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

QList<TargetProgress> progress(const Indicator &i, const QList<Measurement> &ms)
{
    return planTargetProgress(i, indicatorSeries(ms, kIndicatorId, 0, QDate()));
}

Indicator share()
{
    return indicator(IndicatorKind::Share, Direction::Increase, "2020", 40.0,
                     {target(2025, Comparison::AtLeast, 80), target(2030, Comparison::AtLeast, 100)});
}
Indicator rank()
{
    return indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 14.0,
                     {target(2025, Comparison::AtMost, 20), target(2030, Comparison::AtMost, 15)});
}

struct NeedCase
{
    const char *name;
    Indicator (*make)();
    QList<Measurement> measurements;
    bool met2025;
    std::optional<double> need2025;
    bool met2030;
    std::optional<double> need2030;
};

class AnalysisTargetProgress : public ::testing::TestWithParam<NeedCase>
{
};

TEST_P(AnalysisTargetProgress, MetAndChangePerYear)
{
    const NeedCase &c = GetParam();
    const QList<TargetProgress> p = progress(c.make(), c.measurements);
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p.at(0).met, c.met2025);
    EXPECT_EQ(p.at(1).met, c.met2030);
    ASSERT_EQ(p.at(0).changePerYear.has_value(), c.need2025.has_value());
    ASSERT_EQ(p.at(1).changePerYear.has_value(), c.need2030.has_value());
    if (c.need2025) {
        EXPECT_NEAR(*p.at(0).changePerYear, *c.need2025, 1e-9);
    }
    if (c.need2030) {
        EXPECT_NEAR(*p.at(1).changePerYear, *c.need2030, 1e-9);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisTargetProgress,
    ::testing::Values(
        // 60 at the end of 2023 (x 2024): 20 points in 2 years, 40 in 7.
        NeedCase{"ShareBothAhead", share, {measurement("2023", 60)}, false, 10.0, false, 40.0 / 7},
        NeedCase{"ShareFirstMet", share, {measurement("2023", 85)}, true, 0.0, false, 15.0 / 7},
        // Half year: 2023-H1 ends at 2023 + 181/365.
        NeedCase{"ShareFromHalfYear",
                 share,
                 {measurement("2023-H1", 70)},
                 false,
                 10.0 / (3.0 - 181.0 / 365.0),
                 false,
                 30.0 / (8.0 - 181.0 / 365.0)},
        // The 2025 value is in and short: no time left for 2025; 2030 from 70 over 5 years.
        NeedCase{
            "ShareTargetYearPassedUnmet", share, {measurement("2025", 70)}, false, std::nullopt, false, 6.0},
        // 2025 met by the 2025 value even though 2026 fell back; 2030 needs 25 over 4 years.
        NeedCase{"ShareMetInTargetYearThenFell",
                 share,
                 {measurement("2025", 85), measurement("2026", 75)},
                 true,
                 std::nullopt,
                 false,
                 6.25},
        // Rank 20 in 2023: <= 20 met; <= 15 needs -5 over 7 years (negative: the rank must fall).
        NeedCase{"RankNegativeChangeNeeded", rank, {measurement("2023", 20)}, true, 0.0, false, -5.0 / 7},
        NeedCase{"RankBothMet", rank, {measurement("2022", 13)}, true, 0.0, true, 0.0},
        NeedCase{"RankFirstMissed", rank, {measurement("2023", 23)}, false, -1.5, false, -8.0 / 7},
        NeedCase{"NoValue", share, {}, false, std::nullopt, false, std::nullopt}),
    CaseName());

TEST(AnalysisTargetProgress, JudgedValueIsLatestUpToTargetYear)
{
    const QList<TargetProgress> p = progress(share(), {measurement("2024", 82), measurement("2026", 90)});
    ASSERT_TRUE(p.at(0).judged && p.at(1).judged);
    EXPECT_EQ(p.at(0).judged->period.key().toStdString(), "2024");
    EXPECT_EQ(p.at(1).judged->period.key().toStdString(), "2026");
    EXPECT_DOUBLE_EQ(p.at(0).x, 2026.0);
    EXPECT_DOUBLE_EQ(p.at(1).x, 2031.0);
}

TEST(AnalysisTargetProgress, TargetBeforeAnyValueIsJudgedOnLatest)
{
    // CQS-02: 100 % by the end of 2021, first figure in 2023.
    const Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                                  {target(2021, Comparison::AtLeast, 100)});
    const QList<TargetProgress> p = progress(i, {measurement("2023", 100)});
    ASSERT_EQ(p.size(), 1);
    EXPECT_TRUE(p.first().met);
    EXPECT_EQ(p.first().judged->period.key().toStdString(), "2023");
}

TEST(AnalysisTargetProgress, ChangePerYearNeededFormula)
{
    SeriesPoint latest;
    latest.x = 2024.0;
    latest.value = 17.5;
    EXPECT_NEAR(*changePerYearNeeded(latest, target(2025, Comparison::AtLeast, 20)), 1.25, 1e-12);
    EXPECT_DOUBLE_EQ(*changePerYearNeeded(latest, target(2025, Comparison::AtLeast, 17.5)), 0.0);
    EXPECT_FALSE(changePerYearNeeded(latest, target(2023, Comparison::AtLeast, 20)));
}

Indicator growth()
{
    return indicator(IndicatorKind::YearlyRate, Direction::Increase, "2020", 6.5,
                     {target(2025, Comparison::AtLeast, 8), target(2030, Comparison::AtLeast, 10)});
}

TEST(AnalysisTargetProgress, YearlyRateCountsYearsEachTargetGoverns)
{
    const QList<TargetProgress> p =
        progress(growth(), {measurement("2021", 8.5), measurement("2022", 7), measurement("2023", 9),
                            measurement("2024", 9), measurement("2025", 9), measurement("2026", 10.5),
                            measurement("2026-H1", 1)});
    ASSERT_EQ(p.size(), 2);
    EXPECT_EQ(p.at(0).yearsRecorded, 5);
    EXPECT_EQ(p.at(0).yearsMet, 4);
    EXPECT_FALSE(p.at(0).met); // 2022 missed: "every year" is broken for 2025
    EXPECT_EQ(p.at(1).yearsRecorded, 1);
    EXPECT_EQ(p.at(1).yearsMet, 1);
    EXPECT_FALSE(p.at(1).met); // 2030 itself is not recorded yet
    EXPECT_FALSE(p.at(0).changePerYear);
    EXPECT_FALSE(p.at(1).changePerYear);
}

TEST(AnalysisTargetProgress, YearlyRateMetWhenOwnYearRecordedAndNoMiss)
{
    const QList<Measurement> upTo2024{measurement("2021", 8), measurement("2022", 8.5),
                                      measurement("2023", 9), measurement("2024", 8.1)};
    EXPECT_FALSE(progress(growth(), upTo2024).at(0).met);
    QList<Measurement> upTo2025 = upTo2024;
    upTo2025.append(measurement("2025", 8.0, true));
    const TargetProgress p = progress(growth(), upTo2025).at(0);
    EXPECT_TRUE(p.met);
    EXPECT_EQ(p.judged->period.key().toStdString(), "2025");
}

} // namespace
} // namespace dx
