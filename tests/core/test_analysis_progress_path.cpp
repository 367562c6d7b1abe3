// SPDX-License-Identifier: GPL-3.0-or-later
// ProgressPath: the expected value at any date on baseline -> 2025 -> 2030, linear and stepped.
#include "analysis/IndicatorSeries.h"
#include "analysis/ProgressPath.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dx {
namespace {

using namespace analysis_test;

Indicator shareWithBaseline()
{
    // Baseline 50 % in 2020 (x 2021.0), >= 80 by 2025 (x 2026.0), >= 100 by 2030 (x 2031.0).
    return indicator(IndicatorKind::Share, Direction::Increase, "2020", 50.0,
                     {target(2025, Comparison::AtLeast, 80), target(2030, Comparison::AtLeast, 100)});
}

struct ExpectedAtCase
{
    const char *name;
    double x;
    double expected;
};

class AnalysisPathLinear : public ::testing::TestWithParam<ExpectedAtCase>
{
};

TEST_P(AnalysisPathLinear, ExpectedValueAt)
{
    const ProgressPath path = ProgressPath::forIndicator(shareWithBaseline(), {});
    const std::optional<double> v = path.expectedAt(GetParam().x);
    ASSERT_TRUE(v);
    EXPECT_NEAR(*v, GetParam().expected, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Table, AnalysisPathLinear,
                         ::testing::Values(ExpectedAtCase{"BeforeBaselineHoldsBaseline", 2019.0, 50},
                                           ExpectedAtCase{"AtBaseline", 2021.0, 50},
                                           ExpectedAtCase{"MidFirstSegment", 2023.5, 65},
                                           ExpectedAtCase{"At2025Target", 2026.0, 80},
                                           ExpectedAtCase{"MidSecondSegment", 2028.5, 90},
                                           ExpectedAtCase{"At2030Target", 2031.0, 100},
                                           ExpectedAtCase{"AfterLastTargetHoldsIt", 2035.0, 100}),
                         CaseName());

TEST(AnalysisPath, PointsAreBaselineThenTargetYearEnds)
{
    const ProgressPath path = ProgressPath::forIndicator(shareWithBaseline(), {});
    const QList<PathPoint> expected{{2021.0, 50}, {2026.0, 80}, {2031.0, 100}};
    EXPECT_EQ(path.points(), expected);
    EXPECT_EQ(path.chartPoints(), expected);
    EXPECT_EQ(path.shape(), ProgressPath::Shape::Linear);
}

TEST(AnalysisPath, AStartThatMeetsTheTargetHoldsItsLevelNeverMovesAway)
{
    // DTI: 14 in 2020, <= 20 by 2025, <= 15 by 2030. The path is the bar, not a forecast: it does not run
    // from 14 down to 20 as if the province were expected to fall; it holds the threshold 20, then
    // tightens to 15.
    const Indicator dti =
        indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 14.0,
                  {target(2025, Comparison::AtMost, 20), target(2030, Comparison::AtMost, 15)});
    const ProgressPath path = ProgressPath::forIndicator(dti, {});
    EXPECT_NEAR(*path.expectedAt(2021.0), 20.0, 1e-9);
    EXPECT_NEAR(*path.expectedAt(2023.5), 20.0, 1e-9);
    EXPECT_NEAR(*path.expectedAt(2028.5), 17.5, 1e-9);
    EXPECT_NEAR(*path.expectedAt(2031.0), 15.0, 1e-9);
    // A share already above its first target likewise holds it.
    const Indicator share =
        indicator(IndicatorKind::Share, Direction::Increase, "2020", 85.0,
                  {target(2025, Comparison::AtLeast, 80), target(2030, Comparison::AtLeast, 100)});
    const ProgressPath held = ProgressPath::forIndicator(share, {});
    EXPECT_NEAR(*held.expectedAt(2023.5), 80.0, 1e-9);
    // A start below the target still runs toward it.
    const Indicator below = indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 34.0,
                                      {target(2025, Comparison::AtMost, 9)});
    EXPECT_NEAR(*ProgressPath::forIndicator(below, {}).expectedAt(2023.5), 34.0 - 25.0 * 2.5 / 5.0, 1e-9);
}

TEST(AnalysisPath, ExpectedOnDateUsesFractionalYear)
{
    const ProgressPath path = ProgressPath::forIndicator(shareWithBaseline(), {});
    EXPECT_NEAR(*path.expectedOn(QDate(2024, 1, 1)), 68.0, 1e-9);
    // 2 July 2023 is day 182 of 365: x = 2023 + 182/365.
    EXPECT_NEAR(*path.expectedOn(QDate(2023, 7, 2)), 50 + 30 * (2.0 + 182.0 / 365.0) / 5.0, 1e-9);
    EXPECT_FALSE(path.expectedOn(QDate()));
}

TEST(AnalysisPath, WithoutBaselineStartsAtFirstMeasurement)
{
    const Indicator kts01 =
        indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                  {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)});
    const QList<SeriesPoint> series = indicatorSeries(
        {measurement("2023", 17.5, true), measurement("2024", 18.0)}, kIndicatorId, 0, QDate());
    const ProgressPath path = ProgressPath::forIndicator(kts01, series);
    const QList<PathPoint> expected{{2024.0, 17.5}, {2026.0, 20}, {2031.0, 30}};
    EXPECT_EQ(path.points(), expected);
    EXPECT_NEAR(*path.expectedAt(2025.0), 18.75, 1e-9);
}

TEST(AnalysisPath, BaselineWithoutValueOrWithBadPeriodIsNotAStart)
{
    Indicator noValue = shareWithBaseline();
    noValue.baselineValue.reset();
    const QList<SeriesPoint> series = indicatorSeries({measurement("2022", 60)}, kIndicatorId, 0, QDate());
    EXPECT_EQ(ProgressPath::forIndicator(noValue, series).start(), (PathPoint{2023.0, 60}));

    Indicator badPeriod = shareWithBaseline();
    badPeriod.baselinePeriod = QStringLiteral("năm 2020");
    EXPECT_EQ(ProgressPath::forIndicator(badPeriod, series).start(), (PathPoint{2023.0, 60}));
    EXPECT_FALSE(ProgressPath::forIndicator(badPeriod, {}).start());
}

TEST(AnalysisPath, WithoutAnyStartTheFirstTargetHoldsBeforeIt)
{
    const Indicator i =
        indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                  {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)});
    const ProgressPath path = ProgressPath::forIndicator(i, {});
    EXPECT_FALSE(path.start());
    EXPECT_NEAR(*path.expectedAt(2022.0), 20.0, 1e-9);
    EXPECT_NEAR(*path.expectedAt(2028.5), 25.0, 1e-9);
}

TEST(AnalysisPath, NoTargetMeansEmptyPath)
{
    const Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "2020", 50.0, {});
    const ProgressPath path = ProgressPath::forIndicator(i, {});
    EXPECT_TRUE(path.isEmpty());
    EXPECT_FALSE(path.expectedAt(2024.0));
    EXPECT_TRUE(path.points().isEmpty());
    EXPECT_TRUE(path.chartPoints().isEmpty());
}

TEST(AnalysisPath, BaselineAtOrAfterFirstTargetIsDropped)
{
    // CQS-02: 100 % "by end of 2021"; a 2021 baseline sits at the same x as that target.
    const Indicator i =
        indicator(IndicatorKind::Share, Direction::Increase, "2021", 70.0,
                  {target(2021, Comparison::AtLeast, 100), target(2025, Comparison::AtLeast, 100)});
    const ProgressPath path = ProgressPath::forIndicator(i, {});
    EXPECT_FALSE(path.start());
    EXPECT_EQ(path.points().size(), 2);
    EXPECT_NEAR(*path.expectedAt(2022.0), 100.0, 1e-9);
}

TEST(AnalysisPath, LocalityTargetReplacesGeneralTargetOfSameYear)
{
    Indicator i = indicator(IndicatorKind::Stage, Direction::Increase, "2020", 0.0,
                            {target(2025, Comparison::AtLeast, 1), target(2030, Comparison::AtLeast, 2),
                             target(2025, Comparison::AtLeast, 2, 7)});
    i.scope = Scope::Localities;
    i.localityIds = {7, 8};
    EXPECT_NEAR(*ProgressPath::forIndicator(i, {}, 7).expectedAt(2026.0), 2.0, 1e-9);
    EXPECT_NEAR(*ProgressPath::forIndicator(i, {}, 8).expectedAt(2026.0), 1.0, 1e-9);
    EXPECT_NEAR(*ProgressPath::forIndicator(i, {}, 0).expectedAt(2026.0), 1.0, 1e-9);
}

Indicator productivityGrowth()
{
    // KTS-03: >= 8 %/year to 2025, >= 10 %/year to 2030; baseline 6.5 in 2020.
    return indicator(IndicatorKind::YearlyRate, Direction::Increase, "2020", 6.5,
                     {target(2025, Comparison::AtLeast, 8), target(2030, Comparison::AtLeast, 10)});
}

class AnalysisPathStepped : public ::testing::TestWithParam<ExpectedAtCase>
{
};

TEST_P(AnalysisPathStepped, TargetInForceHoldsUntilItsYearEnds)
{
    const ProgressPath path = ProgressPath::forIndicator(productivityGrowth(), {});
    ASSERT_EQ(path.shape(), ProgressPath::Shape::Stepped);
    EXPECT_NEAR(*path.expectedAt(GetParam().x), GetParam().expected, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(Table, AnalysisPathStepped,
                         ::testing::Values(ExpectedAtCase{"BeforeBaselineFirstBar", 2020.0, 8},
                                           ExpectedAtCase{"Year2021", 2022.0, 8},
                                           ExpectedAtCase{"Year2025StillFirstBar", 2026.0, 8},
                                           ExpectedAtCase{"DayAfter2025", 2026.0 + 1.0 / 365.0, 10},
                                           ExpectedAtCase{"Year2030", 2031.0, 10},
                                           ExpectedAtCase{"AfterLastTarget", 2040.0, 10}),
                         CaseName());

TEST(AnalysisPath, SteppedChartPointsDrawStairs)
{
    const ProgressPath path = ProgressPath::forIndicator(productivityGrowth(), {});
    const QList<PathPoint> expected{{2021.0, 8}, {2026.0, 8}, {2026.0, 10}, {2031.0, 10}};
    EXPECT_EQ(path.chartPoints(), expected);
    // The baseline is history, not a requirement: points() still shows it.
    EXPECT_EQ(path.points().first(), (PathPoint{2021.0, 6.5}));
}

TEST(AnalysisPath, ShapeFollowsKind)
{
    EXPECT_EQ(ProgressPath::shapeFor(IndicatorKind::YearlyRate), ProgressPath::Shape::Stepped);
    for (IndicatorKind k :
         {IndicatorKind::Share, IndicatorKind::Count, IndicatorKind::Rank, IndicatorKind::Stage})
        EXPECT_EQ(ProgressPath::shapeFor(k), ProgressPath::Shape::Linear);
}

} // namespace
} // namespace dx
