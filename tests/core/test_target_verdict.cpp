// SPDX-License-Identifier: GPL-3.0-or-later
// One wording for a target's verdict (StatusReport::targetVerdict), as the window, the dashboard and
// `dxplanner status` show it: a passed milestone judged once, one ahead with what it still needs, no
// "not met" without data; and monitoring indicators (no target) followed, never "no data".
#include "analysis/IndicatorAssessment.h"
#include "report/StatusReport.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace dx {
namespace {

using namespace analysis_test;

// Share 10 % in 2020 -> >= 20 by 2025, >= 30 by 2030.
Indicator share()
{
    return indicator(IndicatorKind::Share, Direction::Increase, "2020", 10.0,
                     {target(2025, Comparison::AtLeast, 20), target(2030, Comparison::AtLeast, 30)});
}

// A yearly growth rate: >= 10 every year up to 2025.
Indicator growth()
{
    return indicator(IndicatorKind::YearlyRate, Direction::Increase, "", std::nullopt,
                     {target(2025, Comparison::AtLeast, 10)});
}

struct VerdictCase
{
    std::string name;
    Indicator (*make)();
    QList<Measurement> values;
    QDate asOf;
    int year;                 ///< the target whose verdict is checked
    QString expectedStart;    ///< the verdict starts with this
    QString mustNotContain{}; ///< and never says this
};

class TargetVerdict : public ::testing::TestWithParam<VerdictCase>
{
protected:
    void SetUp() override { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void TearDown() override { QLocale::setDefault(QLocale::c()); }
};

TEST_P(TargetVerdict, WordsTheTargetOnTheAsOfDate)
{
    const VerdictCase &c = GetParam();
    const Indicator ind = c.make();
    const IndicatorAssessment a = assessIndicator(ind, c.values, c.asOf);
    const TargetProgress *progress = nullptr;
    for (const TargetProgress &p : a.targets)
        if (p.target.year == c.year)
            progress = &p;
    ASSERT_NE(progress, nullptr);
    const QString verdict = StatusReport::targetVerdict(ind, *progress, c.asOf);
    EXPECT_TRUE(verdict.startsWith(c.expectedStart)) << verdict.toStdString();
    if (!c.mustNotContain.isEmpty()) {
        EXPECT_FALSE(verdict.contains(c.mustNotContain)) << verdict.toStdString();
    }
}

const QDate kDec2026(2026, 12, 1);
const QDate kMid2024(2024, 6, 30);

INSTANTIATE_TEST_SUITE_P(Rules, TargetVerdict,
                         ::testing::Values(
                             // A passed milestone is judged once, on its value, and asks for nothing more.
                             VerdictCase{"PassedAndMissed",
                                         share,
                                         {measurement("2023", 17.5)},
                                         kDec2026,
                                         2025,
                                         QStringLiteral("2025: not met, 17.5 against ≥ 20"),
                                         QStringLiteral("needs")},
                             VerdictCase{"PassedAndMet",
                                         share,
                                         {measurement("2024", 21)},
                                         kDec2026,
                                         2025,
                                         QStringLiteral("2025: met, 21 against ≥ 20")},
                             VerdictCase{"PassedWithoutValue",
                                         share,
                                         {},
                                         kDec2026,
                                         2025,
                                         QStringLiteral("2025: no value for the year, target ≥ 20"),
                                         QStringLiteral("not met")},
                             // The next milestone is the one tracked: what it still needs per year.
                             VerdictCase{"AheadNotYetMet",
                                         share,
                                         {measurement("2023", 17.5)},
                                         kDec2026,
                                         2030,
                                         QStringLiteral("2030: not yet met, 17.5 against ≥ 30 (needs +")},
                             VerdictCase{"AheadAlreadyMet",
                                         share,
                                         {measurement("2023", 21)},
                                         kMid2024,
                                         2025,
                                         QStringLiteral("2025: already met, 21 against ≥ 20"),
                                         QStringLiteral("needs")},
                             // No data: the target only, never "not met".
                             VerdictCase{"AheadWithoutValue",
                                         share,
                                         {},
                                         kMid2024,
                                         2025,
                                         QStringLiteral("2025: target ≥ 20"),
                                         QStringLiteral("met")},
                             // A yearly rate counts the years that met the bar.
                             VerdictCase{"YearlyRatePassed",
                                         growth,
                                         {measurement("2021", 12), measurement("2022", 8),
                                          measurement("2023", 11), measurement("2024", 10),
                                          measurement("2025", 13)},
                                         kDec2026,
                                         2025,
                                         QStringLiteral("2025: not met, 4 of 5 years at ≥ 10")},
                             VerdictCase{"YearlyRateAhead",
                                         growth,
                                         {measurement("2021", 12), measurement("2022", 11)},
                                         kMid2024,
                                         2025,
                                         QStringLiteral("2025: not yet met, 2 of 2 years at ≥ 10")}),
                         CaseName());

TEST(TargetVerdictYears, AMilestoneHasPassedOnlyAfterItsYearEnds)
{
    EXPECT_FALSE(StatusReport::targetYearPassed(2025, QDate(2025, 12, 31)));
    EXPECT_TRUE(StatusReport::targetYearPassed(2025, QDate(2026, 1, 1)));
    EXPECT_FALSE(StatusReport::targetYearPassed(2025, QDate()));
}

TEST(MonitoringIndicator, IsFollowedWithItsValueInStatus)
{
    Indicator ind = share();
    ind.targets.clear();
    const QList<StatusRow> rows =
        StatusReport::rows({ind}, groupByIndicator({measurement("2024", 89)}), QDate(2024, 12, 31));
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().assessment.status, IndicatorStatus::Monitoring);
    const QString text = StatusReport::toText(rows, QDate(2024, 12, 31));
    EXPECT_TRUE(text.contains(QStringLiteral("Status: Monitoring"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Latest value: 89"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("No data"))) << text.toStdString();
    EXPECT_EQ(StatusReport::toJson(rows, QDate(2024, 12, 31))
                  .value(QStringLiteral("indicators"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("monitoring"));
}

TEST(MonitoringIndicator, StatusTextJudgesAPassedMilestoneOnceAndForecastsOnlyAhead)
{
    const QList<Measurement> values{measurement("2021", 12), measurement("2022", 14),
                                    measurement("2023", 17.5)};
    const QList<StatusRow> rows = StatusReport::rows({share()}, groupByIndicator(values), kDec2026);
    const QString text = StatusReport::toText(rows, kDec2026);
    EXPECT_TRUE(text.contains(QStringLiteral("2025: not met, 17.5 against ≥ 20"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("course for 2025"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("course for 2030"))) << text.toStdString();
}

} // namespace
} // namespace dx
