// SPDX-License-Identifier: GPL-3.0-or-later
// fitTrend() and forecastMilestones(): least squares on >= 3 points and a verdict per milestone.
#include "analysis/Forecast.h"
#include "analysis/IndicatorAssessment.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

TEST(AnalysisForecast, NeedsThreePointsOnTwoOrMoreDates)
{
    EXPECT_FALSE(fitTrend({}));
    EXPECT_FALSE(fitTrend({{2021, 1}}));
    EXPECT_FALSE(fitTrend({{2021, 1}, {2022, 2}}));
    EXPECT_FALSE(fitTrend({{2022, 1}, {2022, 2}, {2022, 3}}));
    EXPECT_TRUE(fitTrend({{2021, 1}, {2022, 2}, {2023, 3}}));
}

TEST(AnalysisForecast, ExactLine)
{
    const std::optional<Forecast> f = fitTrend({{2021, 10}, {2022, 12}, {2023, 14}, {2024, 16}});
    ASSERT_TRUE(f);
    EXPECT_NEAR(f->slope, 2.0, 1e-12);
    EXPECT_NEAR(f->valueAt(2026.0), 20.0, 1e-9);
    EXPECT_NEAR(f->rSquared, 1.0, 1e-12);
    EXPECT_EQ(f->pointCount, 4);
}

TEST(AnalysisForecast, LeastSquaresOfScatteredPoints)
{
    // Around x = 2022: deviations (-1, 0, 1) and (-1, 1, 0): slope 1/2, r^2 = 1 / (2 * 2).
    const std::optional<Forecast> f = fitTrend({{2021, 1}, {2022, 3}, {2023, 2}});
    ASSERT_TRUE(f);
    EXPECT_NEAR(f->slope, 0.5, 1e-12);
    EXPECT_NEAR(f->valueAt(2022.0), 2.0, 1e-12);
    EXPECT_NEAR(f->valueAt(2031.0), 6.5, 1e-9);
    EXPECT_NEAR(f->rSquared, 0.25, 1e-12);
}

TEST(AnalysisForecast, FlatValuesFitPerfectly)
{
    const std::optional<Forecast> f = fitTrend({{2021, 5}, {2022, 5}, {2023, 5}});
    ASSERT_TRUE(f);
    EXPECT_DOUBLE_EQ(f->slope, 0.0);
    EXPECT_DOUBLE_EQ(f->rSquared, 1.0);
}

struct VerdictCase
{
    const char *name;
    IndicatorKind kind;
    QList<Target> targets;
    QList<PathPoint> points;
    double value2025;
    bool onCourse2025;
    double value2030;
    bool onCourse2030;
};

class AnalysisForecastVerdict : public ::testing::TestWithParam<VerdictCase>
{
};

TEST_P(AnalysisForecastVerdict, PerMilestone)
{
    const VerdictCase &c = GetParam();
    Indicator i = indicator(c.kind, c.kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase,
                            "", std::nullopt, c.targets);
    i.rankOutOf = 63;
    const std::optional<Forecast> f = fitTrend(c.points);
    ASSERT_TRUE(f);
    const QList<MilestoneForecast> m = forecastMilestones(i, *f);
    ASSERT_EQ(m.size(), 2);
    EXPECT_EQ(m.at(0).year, 2025);
    EXPECT_DOUBLE_EQ(m.at(0).x, 2026.0);
    EXPECT_NEAR(m.at(0).value, c.value2025, 1e-9);
    EXPECT_EQ(m.at(0).onCourse, c.onCourse2025);
    EXPECT_NEAR(m.at(1).value, c.value2030, 1e-9);
    EXPECT_EQ(m.at(1).onCourse, c.onCourse2030);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisForecastVerdict,
    ::testing::Values(
        // +2 a year from 14 at 2024.0: 18 at 2026.0 (short of 20), 28 at 2031.0 (short of 30).
        VerdictCase{"ShareNotOnCourse",
                    IndicatorKind::Share,
                    {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)},
                    {{2022, 10}, {2023, 12}, {2024, 14}},
                    18,
                    false,
                    28,
                    false},
        // +4 a year: 22 by 2025 is on course, 42 by 2030 as well.
        VerdictCase{"ShareOnCourseForBoth",
                    IndicatorKind::Share,
                    {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)},
                    {{2022, 6}, {2023, 10}, {2024, 14}},
                    22,
                    true,
                    42,
                    true},
        // +20 a year overshoots 100 %: clamped, and 100 meets ">= 100".
        VerdictCase{"ShareClampedAt100",
                    IndicatorKind::Share,
                    {target(2025, Comparison::AtLeast, 80), target(2030, Comparison::AtLeast, 100)},
                    {{2022, 40}, {2023, 60}, {2024, 80}},
                    100,
                    true,
                    100,
                    true},
        // Rank worsening by 2 a year from 14 at 2023.0: 20 at 2026.0 meets "<= 20", 30 at 2031.0 misses "<=
        // 15".
        VerdictCase{"RankOnCourseThenNot",
                    IndicatorKind::Rank,
                    {target(2025, Comparison::AtMost, 20), target(2030, Comparison::AtMost, 15)},
                    {{2021, 10}, {2022, 12}, {2023, 14}},
                    20,
                    true,
                    30,
                    false},
        // Rank improving by 5 a year cannot pass 1st.
        VerdictCase{"RankClampedAtFirst",
                    IndicatorKind::Rank,
                    {target(2025, Comparison::AtMost, 20), target(2030, Comparison::AtMost, 15)},
                    {{2021, 20}, {2022, 15}, {2023, 10}},
                    1,
                    true,
                    1,
                    true},
        // A count falling fast cannot go below zero; "> 0" is then not met.
        VerdictCase{"CountClampedAtZero",
                    IndicatorKind::Count,
                    {target(2025, Comparison::Above, 0), target(2030, Comparison::Above, 0)},
                    {{2021, 30}, {2022, 20}, {2023, 10}},
                    0,
                    false,
                    0,
                    false},
        // A growth rate may forecast negative.
        VerdictCase{"YearlyRateNotClamped",
                    IndicatorKind::YearlyRate,
                    {target(2025, Comparison::AtLeast, 8), target(2030, Comparison::AtLeast, 10)},
                    {{2021, 4}, {2022, 2}, {2023, 0}},
                    -6,
                    false,
                    -16,
                    false}),
    CaseName());

TEST(AnalysisForecast, ClampToKind)
{
    Indicator stage = indicator(IndicatorKind::Stage, Direction::Increase, "", std::nullopt, {});
    stage.stageNames = {QStringLiteral("a"), QStringLiteral("b")};
    EXPECT_DOUBLE_EQ(clampToKind(stage, 3.4), 2.0);
    EXPECT_DOUBLE_EQ(clampToKind(stage, -1), 0.0);
    Indicator rank = indicator(IndicatorKind::Rank, Direction::Decrease, "", std::nullopt, {});
    EXPECT_DOUBLE_EQ(clampToKind(rank, 80), 80.0); // out-of count unknown
    rank.rankOutOf = 63;
    EXPECT_DOUBLE_EQ(clampToKind(rank, 80), 63.0);
}

TEST(AnalysisForecast, TrendLineSpansRequestedRange)
{
    const Forecast f = *fitTrend({{2021, 10}, {2022, 12}, {2023, 14}});
    const QList<PathPoint> line = trendLine(f, 2021.0, 2031.0);
    ASSERT_EQ(line.size(), 2);
    EXPECT_NEAR(line.at(0).y, 10, 1e-9);
    EXPECT_NEAR(line.at(1).y, 30, 1e-9);
}

TEST(AnalysisForecast, AssessmentFitsTrendFromThreeValues)
{
    const Indicator i =
        indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                  {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)});
    const QList<Measurement> two{measurement("2021", 10), measurement("2022", 12)};
    EXPECT_FALSE(assessIndicator(i, two, QDate(2024, 1, 1)).trend);
    QList<Measurement> three = two;
    three.append(measurement("2023", 14, true)); // estimates count
    const IndicatorAssessment a = assessIndicator(i, three, QDate(2024, 1, 1));
    ASSERT_TRUE(a.trend);
    EXPECT_NEAR(a.trend->slope, 2.0, 1e-9);
    ASSERT_EQ(a.milestoneForecasts.size(), 2);
    EXPECT_FALSE(a.milestoneForecasts.at(0).onCourse);
    // The as-of date limits the values the trend sees.
    EXPECT_FALSE(assessIndicator(i, three, QDate(2022, 12, 31)).trend);
}

TEST(AnalysisForecast, YearlyRateTrendUsesWholeYearsOnly)
{
    const Indicator i =
        indicator(IndicatorKind::YearlyRate, Direction::Increase, "", std::nullopt,
                  {target(2025, Comparison::AtLeast, 8), target(2030, Comparison::AtLeast, 10)});
    const QList<Measurement> ms{measurement("2021", 8), measurement("2022", 9), measurement("2022-H1", 1),
                                measurement("2023-H1", 2)};
    EXPECT_FALSE(assessIndicator(i, ms, QDate(2024, 1, 1)).trend);
}

} // namespace
} // namespace dx
