// SPDX-License-Identifier: GPL-3.0-or-later
// assessIndicator() for Localities-scope indicators: XHS-01 (three smart cities, stage 1 "basically
// built" by 2025, stage 2 by 2030) and XHS-02 (>= 1 smart urban area in each of nine districts by 2030).
#include "analysis/IndicatorAssessment.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

constexpr Id kHaiDuong = 11, kChiLinh = 12, kKinhMon = 13;

Indicator smartCities()
{
    Indicator i = indicator(IndicatorKind::Stage, Direction::Increase, "2020", 0.0,
                            {target(2025, Comparison::AtLeast, 1), target(2030, Comparison::AtLeast, 2)});
    i.code = QStringLiteral("XHS-01");
    i.scope = Scope::Localities;
    i.localityIds = {kHaiDuong, kChiLinh, kKinhMon};
    i.stageNames = {QStringLiteral("Cơ bản xây dựng"), QStringLiteral("Là đô thị thông minh")};
    return i;
}

Indicator districtAreas()
{
    Indicator i = indicator(IndicatorKind::Count, Direction::Increase, "", std::nullopt,
                            {target(2030, Comparison::AtLeast, 1)});
    i.code = QStringLiteral("XHS-02");
    i.scope = Scope::Localities;
    for (Id d = 21; d <= 29; ++d)
        i.localityIds.append(d);
    return i;
}

Measurement at(Id locality, const char *period, double value, bool estimate = false)
{
    return measurement(period, value, estimate, locality);
}

/// Nine districts: all 0 in 2022, then @p withArea of them with one area in 2024.
QList<Measurement> districts(int withArea)
{
    QList<Measurement> ms;
    for (Id d = 21; d <= 29; ++d) {
        ms.append(at(d, "2022", 0));
        ms.append(at(d, "2024", d - 21 < withArea ? 1 : 0));
    }
    return ms;
}

struct LocalityCase
{
    const char *name;
    Indicator (*make)();
    QList<Measurement> measurements;
    QDate asOf;
    IndicatorStatus status;
    int reached;
    double expected; ///< expected number of localities reached; < 0: not checked
};

class AnalysisLocalities : public ::testing::TestWithParam<LocalityCase>
{
};

TEST_P(AnalysisLocalities, Status)
{
    const LocalityCase &c = GetParam();
    const IndicatorAssessment a = assessIndicator(c.make(), c.measurements, c.asOf);
    EXPECT_EQ(toKey(a.status).toStdString(), toKey(c.status).toStdString());
    EXPECT_EQ(a.localitiesReached, c.reached);
    if (c.expected >= 0) {
        ASSERT_TRUE(a.expected);
        EXPECT_NEAR(*a.expected, c.expected, 1e-9);
    }
}

const QDate kMid2024(2024, 6, 30);

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisLocalities,
    ::testing::Values(
        // Ramp 2021.0 (baseline 2020) -> 2026.0; data of 2023 sits at 2024.0: 3 x 3/5 = 1.8 expected.
        LocalityCase{"StageTwoOfThreeAheadOfRamp",
                     smartCities,
                     {at(kHaiDuong, "2023", 1), at(kChiLinh, "2023", 1), at(kKinhMon, "2023", 0)},
                     kMid2024,
                     IndicatorStatus::OnTrack,
                     2,
                     1.8},
        LocalityCase{"StageOneOfThreeBehindRamp",
                     smartCities,
                     {at(kHaiDuong, "2023", 1), at(kChiLinh, "2023", 0), at(kKinhMon, "2023", 0)},
                     kMid2024,
                     IndicatorStatus::OffTrack,
                     1,
                     1.8},
        LocalityCase{"StageAllReachedIsAchieved",
                     smartCities,
                     {at(kHaiDuong, "2022", 1), at(kChiLinh, "2023", 1), at(kKinhMon, "2023", 2)},
                     kMid2024,
                     IndicatorStatus::Achieved,
                     3,
                     -1},
        LocalityCase{"StageLocalityWithoutValueHasNotReached",
                     smartCities,
                     {at(kHaiDuong, "2023", 1), at(kChiLinh, "2023", 1)},
                     kMid2024,
                     IndicatorStatus::OnTrack,
                     2,
                     1.8},
        // 2030 milestone: ramp from the end of 2025 (stage 1 does not satisfy stage 2) to 2031.0.
        LocalityCase{"Stage2030NothingExpectedYet",
                     smartCities,
                     {at(kHaiDuong, "2025", 1), at(kChiLinh, "2025", 1), at(kKinhMon, "2025", 1)},
                     QDate(2026, 3, 1),
                     IndicatorStatus::OnTrack,
                     0,
                     0.0},
        LocalityCase{"Stage2030NoneReachedAYearOn",
                     smartCities,
                     {at(kHaiDuong, "2026", 1), at(kChiLinh, "2026", 1), at(kKinhMon, "2026", 1)},
                     QDate(2027, 3, 1),
                     IndicatorStatus::OffTrack,
                     0,
                     0.6},
        LocalityCase{"Stage2030OneReachedAYearOn",
                     smartCities,
                     {at(kHaiDuong, "2026", 2), at(kChiLinh, "2026", 1), at(kKinhMon, "2026", 1)},
                     QDate(2027, 3, 1),
                     IndicatorStatus::OnTrack,
                     1,
                     0.6},
        LocalityCase{"StageNoValuesIsNoData", smartCities, {}, kMid2024, IndicatorStatus::NoData, 0, -1},
        LocalityCase{"StagePlanAreaValuesIgnored",
                     smartCities,
                     {measurement("2023", 2)},
                     kMid2024,
                     IndicatorStatus::NoData,
                     0,
                     -1},
        // No baseline: each district's ramp starts at its first value (2022, x 2023.0) and reaches
        // 1 at 2031.0; 2024 data (x 2025.0) expects 9 x 2/8 = 2.25.
        LocalityCase{"CountThreeDistrictsIsOnTrack", districtAreas, districts(3), QDate(2025, 6, 30),
                     IndicatorStatus::OnTrack, 3, 2.25},
        LocalityCase{"CountTwoDistrictsIsAtRisk", districtAreas, districts(2), QDate(2025, 6, 30),
                     IndicatorStatus::AtRisk, 2, 2.25},
        LocalityCase{"CountOneDistrictIsOffTrack", districtAreas, districts(1), QDate(2025, 6, 30),
                     IndicatorStatus::OffTrack, 1, 2.25},
        LocalityCase{"CountEveryDistrictIsAchieved", districtAreas, districts(9), QDate(2025, 6, 30),
                     IndicatorStatus::Achieved, 9, -1}),
    CaseName());

TEST(AnalysisLocalities, LocalityMeetingAtItsFirstValueIsExpectedToStayThere)
{
    // District 21 already had an area in 2022: it counts fully in "expected" (1 + 8 x 2/8 = 3).
    QList<Measurement> ms = districts(1);
    ms.replace(0, at(21, "2022", 1));
    const IndicatorAssessment a = assessIndicator(districtAreas(), ms, QDate(2025, 6, 30));
    ASSERT_TRUE(a.expected);
    EXPECT_NEAR(*a.expected, 3.0, 1e-9);
    EXPECT_NEAR(a.localities.at(0).expectedShare, 1.0, 1e-12);
    EXPECT_NEAR(a.localities.at(1).expectedShare, 0.25, 1e-12);
}

TEST(AnalysisLocalities, RequirementCarriedOverFromPreviousTargetIsExpectedInFull)
{
    // ">= 1 by 2025" then ">= 1 by 2030": after 2025 every locality is expected to hold it already.
    Indicator i = smartCities();
    i.targets = {target(2025, Comparison::AtLeast, 1), target(2030, Comparison::AtLeast, 1)};
    const IndicatorAssessment a = assessIndicator(
        i, {at(kHaiDuong, "2026", 1), at(kChiLinh, "2026", 1), at(kKinhMon, "2026", 0)}, QDate(2027, 3, 1));
    EXPECT_EQ(a.milestone->year, 2030);
    EXPECT_NEAR(*a.expected, 3.0, 1e-9);
    EXPECT_EQ(a.status, IndicatorStatus::OffTrack); // 2 of 3 expected: 0.67
}

TEST(AnalysisLocalities, BaselineMeetingTheTargetIsExpectedInFull)
{
    Indicator i = smartCities();
    i.baselineValue = 1.0; // every city was "basically built" in 2020
    const IndicatorAssessment a = assessIndicator(
        i, {at(kHaiDuong, "2023", 1), at(kChiLinh, "2023", 1), at(kKinhMon, "2023", 0)}, QDate(2024, 6, 30));
    EXPECT_NEAR(*a.expected, 3.0, 1e-9);
    EXPECT_EQ(a.status, IndicatorStatus::OffTrack);
}

TEST(AnalysisLocalities, PerLocalityDetailInScopeOrder)
{
    const IndicatorAssessment a = assessIndicator(
        smartCities(), {at(kKinhMon, "2023", 1, true), at(kHaiDuong, "2022", 1), at(kHaiDuong, "2023", 0)},
        kMid2024);
    ASSERT_EQ(a.localities.size(), 3);
    EXPECT_EQ(a.localitiesTotal, 3);
    EXPECT_EQ(a.localities.at(0).localityId, kHaiDuong);
    EXPECT_FALSE(a.localities.at(0).reached); // its latest value (2023) fell back to 0
    EXPECT_FALSE(a.localities.at(1).latest);
    EXPECT_TRUE(a.localities.at(2).reached);
    EXPECT_NEAR(a.localities.at(2).expectedShare, 0.6, 1e-9);
    ASSERT_TRUE(a.localities.at(2).target);
    EXPECT_EQ(a.localities.at(2).target->year, 2025);
    EXPECT_TRUE(a.latestIsEstimate); // Kinh Môn's counted value is an estimate
    EXPECT_EQ(a.latest->period.key().toStdString(), "2023");
}

TEST(AnalysisLocalities, LocalityOwnTargetReplacesGeneralOne)
{
    Indicator i = smartCities();
    i.targets.append(
        target(2025, Comparison::AtLeast, 2, kHaiDuong)); // the provincial city must finish early
    const IndicatorAssessment a = assessIndicator(
        i, {at(kHaiDuong, "2024", 1), at(kChiLinh, "2024", 1), at(kKinhMon, "2024", 1)}, QDate(2025, 3, 1));
    EXPECT_EQ(a.localitiesReached, 2);
    EXPECT_NE(a.status, IndicatorStatus::Achieved);
}

TEST(AnalysisLocalities, DuplicateLocalityCountedOnce)
{
    Indicator i = smartCities();
    i.localityIds.append(kHaiDuong);
    i.localityIds.append(0);
    const IndicatorAssessment a = assessIndicator(
        i, {at(kHaiDuong, "2023", 1), at(kChiLinh, "2023", 1), at(kKinhMon, "2023", 1)}, kMid2024);
    EXPECT_EQ(a.localitiesTotal, 3);
    EXPECT_EQ(a.status, IndicatorStatus::Achieved);
}

TEST(AnalysisLocalities, TargetsCountLocalitiesMeetingEachYear)
{
    const IndicatorAssessment a = assessIndicator(
        smartCities(), {at(kHaiDuong, "2025", 2), at(kChiLinh, "2025", 1), at(kKinhMon, "2024", 1)},
        QDate(2026, 2, 1));
    ASSERT_EQ(a.targets.size(), 2);
    EXPECT_EQ(a.targets.at(0).target.year, 2025);
    EXPECT_EQ(a.targets.at(0).localitiesTotal, 3);
    EXPECT_EQ(a.targets.at(0).localitiesMet, 3);
    EXPECT_TRUE(a.targets.at(0).met);
    EXPECT_EQ(a.targets.at(1).localitiesMet, 1);
    EXPECT_FALSE(a.targets.at(1).met);
    EXPECT_FALSE(a.targets.at(1).changePerYear); // no per-year figure for a count of localities
    EXPECT_FALSE(a.trend);                       // no forecast in Localities scope
}

} // namespace
} // namespace dx
