// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled plan's published figures (resources/templates/resolution-06.json, each with its source named
// there) run through the analysis: what the app will show for Resolution 06-NQ/TU.
#include "analysis/IndicatorAssessment.h"
#include "analysis/IndicatorRollUp.h"
#include "analysis/ProgressPath.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

constexpr Id kDti = 1, kDigitalEconomy = 2, kEnterprises = 3, kOnlineDossiers = 4;

// TQ-01: DTI rank of 63, baseline 14 (2020), <= 20 by 2025, <= 15 by 2030.
Indicator dti()
{
    Indicator i = indicator(IndicatorKind::Rank, Direction::Decrease, "2020", 14.0,
                            {target(2025, Comparison::AtMost, 20), target(2030, Comparison::AtMost, 15)});
    i.id = kDti;
    i.code = QStringLiteral("TQ-01");
    i.rankOutOf = 63;
    return i;
}

// KTS-01: digital economy share of GRDP, no baseline, >= 20 by 2025, >= 30 by 2030.
Indicator digitalEconomy()
{
    Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                            {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)});
    i.id = kDigitalEconomy;
    i.code = QStringLiteral("KTS-01");
    return i;
}

// KTS-04: digital-technology enterprises, "> 700" by 2025 and "> 1,000" by 2030, no figure yet.
Indicator enterprises()
{
    Indicator i = indicator(IndicatorKind::Count, Direction::Increase, "", std::nullopt,
                            {target(2025, Comparison::Above, 700), target(2030, Comparison::Above, 1000)});
    i.id = kEnterprises;
    i.code = QStringLiteral("KTS-04");
    return i;
}

// CQS-07: online dossier rate over all procedures, recorded without a target.
Indicator onlineDossiers()
{
    Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt, {});
    i.id = kOnlineDossiers;
    i.code = QStringLiteral("CQS-07");
    return i;
}

QList<Measurement> published()
{
    return {measurement("2020", 14, false, 0, kDti), measurement("2021", 14, false, 0, kDti),
            measurement("2022", 13, false, 0, kDti), measurement("2023", 17.5, true, 0, kDigitalEconomy),
            measurement("2023-H1", 89, false, 0, kOnlineDossiers)};
}

TEST(AnalysisPlanFigures, DtiRank13IsAchievedBecauseItMeetsTheNext2025Target)
{
    // "Achieved" = the latest value meets the next milestone (<= 20 by 2025). Rank 13 also meets the
    // 2030 target (<= 15), which the per-target rows show; the status still names the 2025 milestone.
    const IndicatorAssessment a = assessIndicator(dti(), published(), QDate(2024, 6, 30));
    EXPECT_EQ(a.status, IndicatorStatus::Achieved);
    ASSERT_TRUE(a.milestone && a.latest);
    EXPECT_EQ(a.milestone->year, 2025);
    EXPECT_DOUBLE_EQ(a.latest->value, 13);
    EXPECT_EQ(a.latest->period.key().toStdString(), "2022");
    EXPECT_FALSE(a.latestIsEstimate);
    ASSERT_EQ(a.targets.size(), 2);
    for (const TargetProgress &t : a.targets) {
        EXPECT_TRUE(t.met) << t.target.year;
        EXPECT_EQ(t.changePerYear, 0.0) << t.target.year;
    }
}

TEST(AnalysisPlanFigures, DtiStaysAchievedAgainstThe2030Milestone)
{
    const IndicatorAssessment a = assessIndicator(dti(), published(), QDate(2026, 3, 1));
    EXPECT_EQ(a.status, IndicatorStatus::Achieved);
    EXPECT_EQ(a.milestone->year, 2030);
}

TEST(AnalysisPlanFigures, DtiTrendOnCourseForBothMilestones)
{
    // (2021.0, 14), (2022.0, 14), (2023.0, 13): slope -0.5 a year around (2022, 13.67).
    const IndicatorAssessment a = assessIndicator(dti(), published(), QDate(2024, 6, 30));
    ASSERT_TRUE(a.trend);
    EXPECT_NEAR(a.trend->slope, -0.5, 1e-9);
    ASSERT_EQ(a.milestoneForecasts.size(), 2);
    EXPECT_NEAR(a.milestoneForecasts.at(0).value, 41.0 / 3 - 2.0, 1e-9);
    EXPECT_TRUE(a.milestoneForecasts.at(0).onCourse);
    EXPECT_NEAR(a.milestoneForecasts.at(1).value, 41.0 / 3 - 4.5, 1e-9);
    EXPECT_TRUE(a.milestoneForecasts.at(1).onCourse);
}

TEST(AnalysisPlanFigures, DtiHypotheticalFallTo22IsAtRisk)
{
    // Were 2024 ranked 22: the path holds the bar, rank 20, since 14 already met it; 20 / 22 = 0.91.
    QList<Measurement> ms = published();
    ms.append(measurement("2024", 22, false, 0, kDti));
    const IndicatorAssessment a = assessIndicator(dti(), ms, QDate(2025, 3, 1));
    EXPECT_EQ(a.status, IndicatorStatus::AtRisk);
    EXPECT_NEAR(*a.expected, 20.0, 1e-9);
    EXPECT_NEAR(a.targets.at(0).changePerYear.value_or(0), -2.0, 1e-9); // 22 -> 20 in one year
}

TEST(AnalysisPlanFigures, DigitalEconomyEstimateWithoutBaselineStartsItsOwnPath)
{
    // No baseline: the path starts at the first value, 17.5 % (2023, x 2024.0), so it is on its path.
    const IndicatorAssessment a = assessIndicator(digitalEconomy(), published(), QDate(2024, 6, 30));
    EXPECT_EQ(a.status, IndicatorStatus::OnTrack);
    EXPECT_TRUE(a.latestIsEstimate);
    EXPECT_NEAR(*a.expected, 17.5, 1e-9);
    EXPECT_NEAR(*a.ratio, 1.0, 1e-12);
    ASSERT_EQ(a.targets.size(), 2);
    EXPECT_FALSE(a.targets.at(0).met);
    EXPECT_NEAR(*a.targets.at(0).changePerYear, 1.25, 1e-9);     // 2.5 points over 2 years
    EXPECT_NEAR(*a.targets.at(1).changePerYear, 12.5 / 7, 1e-9); // 12.5 points over 7 years
    EXPECT_FALSE(a.trend);                                       // one value: no forecast

    const ProgressPath path = ProgressPath::forIndicator(
        digitalEconomy(), indicatorSeries(published(), kDigitalEconomy, 0, QDate(2024, 6, 30)));
    EXPECT_NEAR(*path.expectedOn(QDate(2025, 1, 1)), 18.75, 1e-9);
}

struct FollowUpCase
{
    const char *name;
    double value2024;
    IndicatorStatus status;
};

class AnalysisPlanFiguresFollowUp : public ::testing::TestWithParam<FollowUpCase>
{
};

TEST_P(AnalysisPlanFiguresFollowUp, DigitalEconomy2024JudgedOnThe2023Start)
{
    // The path expects 18.75 at the end of 2024 (halfway from 17.5 to 20).
    QList<Measurement> ms = published();
    ms.append(measurement("2024", GetParam().value2024, false, 0, kDigitalEconomy));
    const IndicatorAssessment a = assessIndicator(digitalEconomy(), ms, QDate(2025, 3, 1));
    EXPECT_EQ(toKey(a.status).toStdString(), toKey(GetParam().status).toStdString());
    EXPECT_FALSE(a.latestIsEstimate);
}

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisPlanFiguresFollowUp,
    ::testing::Values(FollowUpCase{"Official17_9OnTrack", 17.9, IndicatorStatus::OnTrack},
                      FollowUpCase{"Official16AtRisk", 16.0, IndicatorStatus::AtRisk},
                      FollowUpCase{"Official15OffTrack", 15.0, IndicatorStatus::OffTrack},
                      FollowUpCase{"Official20Achieved", 20.0, IndicatorStatus::Achieved}),
    CaseName());

TEST(AnalysisPlanFigures, RollUpOfThePublishedFigures)
{
    const QList<Indicator> indicators{dti(), onlineDossiers(), digitalEconomy(), enterprises()};
    const IndicatorRollUp r =
        rollUpIndicators(indicators, assessIndicators(indicators, published(), QDate(2024, 6, 30)));
    EXPECT_EQ(r.overall.achieved, 1); // TQ-01
    EXPECT_EQ(r.overall.onTrack, 1);  // KTS-01
    EXPECT_EQ(r.overall.noData, 1);   // KTS-04 (no figure); CQS-07 has no target: not counted
    ASSERT_EQ(r.pillars.size(), 2);
    EXPECT_EQ(r.pillars.at(1).pillar.toStdString(), "KTS");
    EXPECT_EQ(r.pillars.at(1).counts.onTrack, 1);
    EXPECT_EQ(r.pillars.at(1).counts.noData, 1);
}

} // namespace
} // namespace dx
