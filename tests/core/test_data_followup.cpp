// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's follow-up list: which figures are missing on a date, and from whom.
#include "analysis/DataFollowUp.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

constexpr Id kAgency = 7, kHaNoi = 21, kHue = 22;

struct Case
{
    const char *name;
    QList<Measurement> values;
    QDate asOf;
    bool missing;
    const char *lastPeriod; ///< "" when there is none
};

Indicator planIndicator()
{
    Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt,
                            {target(2025, Comparison::AtLeast, 80)});
    i.ownerAgencyId = kAgency;
    return i;
}

class FollowUpRule : public ::testing::TestWithParam<Case>
{
};

TEST_P(FollowUpRule, PlanScope)
{
    const Case &c = GetParam();
    MeasurementsByIndicator by;
    by.insert(kIndicatorId, c.values);
    const QList<FollowUpItem> items = dataFollowUp({planIndicator()}, by, c.asOf);
    ASSERT_EQ(items.size(), c.missing ? 1 : 0) << c.name;
    if (c.missing) {
        EXPECT_EQ(items.first().indicatorId, kIndicatorId);
        EXPECT_EQ(items.first().localityId, 0);
        EXPECT_EQ(items.first().agencyId, kAgency);
        EXPECT_EQ(items.first().lastPeriod, QString::fromLatin1(c.lastPeriod)) << c.name;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Rules, FollowUpRule,
    ::testing::Values(
        Case{"no value at all", {}, QDate(2026, 12, 2), true, ""},
        Case{"last year's value is recent", {measurement("2025", 81)}, QDate(2026, 12, 2), false, ""},
        Case{"two years old is missing", {measurement("2024", 81)}, QDate(2026, 12, 2), true, "2024"},
        Case{"the running year's estimate counts",
             {measurement("2026", 81, true)},
             QDate(2026, 12, 2),
             false,
             ""},
        Case{"a half that ended within the year counts",
             {measurement("2025-H2", 81)},
             QDate(2026, 6, 30),
             false,
             ""},
        Case{"a year ended exactly a year ago still counts",
             {measurement("2024", 81)},
             QDate(2025, 12, 31),
             false,
             ""},
        Case{"one day later it does not", {measurement("2024", 81)}, QDate(2026, 1, 1), true, "2024"},
        Case{"a value of a period not begun on the date is unknown",
             {measurement("2027", 81)},
             QDate(2026, 12, 2),
             true,
             ""},
        Case{"the latest of several is what counts",
             {measurement("2020", 1), measurement("2022", 2)},
             QDate(2026, 12, 2),
             true,
             "2022"}));

TEST(FollowUp, AsksEachLocalityOfALocalitiesIndicatorOnItsOwn)
{
    Indicator i = planIndicator();
    i.scope = Scope::Localities;
    i.localityIds = {kHaNoi, kHue};
    MeasurementsByIndicator by;
    by.insert(kIndicatorId, {measurement("2025", 1, false, kHaNoi), measurement("2023", 1, false, kHue),
                             measurement("2025", 1, false, 0)});
    const QList<FollowUpItem> items = dataFollowUp({i}, by, QDate(2026, 3, 1));
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.first().localityId, kHue);
    EXPECT_EQ(items.first().lastPeriod, QStringLiteral("2023"));
}

TEST(FollowUp, MonitoringIndicatorsAreFollowedUpTooAndOrderIsThePlans)
{
    Indicator monitored = planIndicator();
    monitored.id = 2;
    monitored.targets.clear();
    Indicator first = planIndicator();
    first.id = 3;
    const QList<FollowUpItem> items = dataFollowUp({monitored, first}, {}, QDate(2026, 3, 1));
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).indicatorId, 2);
    EXPECT_EQ(items.at(1).indicatorId, 3);
}

} // namespace
} // namespace dx
