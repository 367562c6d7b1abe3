// SPDX-License-Identifier: GPL-3.0-or-later
// Assessing a plan is linear in its values: the work (measurements looked at, counted by
// seriesMeasurementsExamined()) at most doubles when the plan doubles, whether it doubles in indicators
// or in values per indicator. Counting work, not wall time, keeps the test exact on a shared machine.
// Before the values were grouped by indicator, `status` gave every indicator the whole plan's list
// (and again per locality): doubling the indicators quadrupled the work.
#include "analysis/IndicatorAssessment.h"
#include "report/StatusReport.h"

#include <gtest/gtest.h>

namespace {

using namespace dx;

constexpr int kLocalities = 12;

struct SyntheticValues
{
    QList<Indicator> indicators;
    QList<Measurement> measurements;
};

/// Like the benchmark's synthetic plan (tests/bench/SyntheticPlan.cpp), in memory: every kind in
/// turn, a third of the indicators measured per locality, @p perIndicator values each.
SyntheticValues syntheticValues(int indicators, int perIndicator)
{
    QStringList periods;
    for (int y = 2016; y <= 2024; ++y) {
        periods << QString::number(y) << QStringLiteral("%1-H1").arg(y) << QStringLiteral("%1-H2").arg(y);
        for (int q = 1; q <= 4; ++q)
            periods << QStringLiteral("%1-Q%2").arg(y).arg(q);
    }
    QList<Id> localities;
    for (int l = 0; l < kLocalities; ++l)
        localities << Id(100 + l);
    SyntheticValues out;
    Id measurementId = 0;
    for (int i = 0; i < indicators; ++i) {
        Indicator ind;
        ind.id = i + 1;
        ind.code = QStringLiteral("CT-%1").arg(i + 1);
        ind.kind = IndicatorKind(i % 5);
        ind.direction = ind.kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase;
        ind.baselinePeriod = QStringLiteral("2020");
        ind.baselineValue = ind.kind == IndicatorKind::Rank ? 30.0 : 10.0;
        ind.rankOutOf = 63;
        const bool local = ind.kind == IndicatorKind::Stage || i % 3 == 0;
        ind.scope = local ? Scope::Localities : Scope::Plan;
        if (local)
            ind.localityIds = localities;
        const Comparison c = ind.kind == IndicatorKind::Rank ? Comparison::AtMost : Comparison::AtLeast;
        const double t25 = ind.kind == IndicatorKind::Rank ? 20 : ind.kind == IndicatorKind::Stage ? 1 : 60;
        const double t30 = ind.kind == IndicatorKind::Rank ? 15 : ind.kind == IndicatorKind::Stage ? 2 : 80;
        ind.targets = {Target{0, ind.id, 2025, c, t25, 0, {}}, Target{0, ind.id, 2030, c, t30, 0, {}}};
        out.indicators << ind;
        for (int n = 0; n < perIndicator; ++n) {
            Measurement m;
            m.id = ++measurementId;
            m.indicatorId = ind.id;
            const int slot = n % (kLocalities + 1);
            m.localityId = slot == 0 ? 0 : localities.at(slot - 1);
            m.period = periods.at((n / (kLocalities + 1)) % periods.size());
            m.value = ind.kind == IndicatorKind::Rank    ? 1 + n % 40
                      : ind.kind == IndicatorKind::Stage ? n % 3
                                                         : n % 100;
            out.measurements << m;
        }
    }
    return out;
}

/// The work of `dxplanner status` (StatusReport::rows, as the command calls it) on the values.
quint64 statusWork(const SyntheticValues &plan)
{
    const quint64 before = seriesMeasurementsExamined();
    const QList<StatusRow> rows =
        StatusReport::rows(plan.indicators, groupByIndicator(plan.measurements), QDate(2023, 12, 31));
    EXPECT_EQ(rows.size(), plan.indicators.size());
    return seriesMeasurementsExamined() - before;
}

/// The work of assessIndicators() given the flat list of the whole plan.
quint64 assessWork(const SyntheticValues &plan)
{
    const quint64 before = seriesMeasurementsExamined();
    const QList<IndicatorAssessment> list =
        assessIndicators(plan.indicators, plan.measurements, QDate(2023, 12, 31));
    EXPECT_EQ(list.size(), plan.indicators.size());
    return seriesMeasurementsExamined() - before;
}

// Doubling gives at most twice the work, with a little room for the rounding of the mix of kinds.
constexpr double kLinear = 2.1;

TEST(AssessmentScaling, LinearWhenTheIndicatorsDouble)
{
    const SyntheticValues small = syntheticValues(60, 260);
    const SyntheticValues large = syntheticValues(120, 260);
    const quint64 smallWork = statusWork(small), largeWork = statusWork(large);
    ASSERT_GT(smallWork, 0u);
    EXPECT_LE(double(largeWork), kLinear * double(smallWork)) << smallWork << " -> " << largeWork;
    const quint64 smallAssess = assessWork(small), largeAssess = assessWork(large);
    ASSERT_GT(smallAssess, 0u);
    EXPECT_LE(double(largeAssess), kLinear * double(smallAssess)) << smallAssess << " -> " << largeAssess;
}

TEST(AssessmentScaling, LinearWhenTheValuesPerIndicatorDouble)
{
    const SyntheticValues small = syntheticValues(60, 260);
    const SyntheticValues large = syntheticValues(60, 520);
    const quint64 smallWork = statusWork(small), largeWork = statusWork(large);
    ASSERT_GT(smallWork, 0u);
    EXPECT_LE(double(largeWork), kLinear * double(smallWork)) << smallWork << " -> " << largeWork;
}

TEST(AssessmentScaling, TheCounterSeesTheQuadraticPath)
{
    // What `status` did before: the whole plan's list for every indicator. The counter must see it grow
    // four times when the plan doubles, or the tests above would prove nothing.
    const auto wholeListWork = [](const SyntheticValues &plan) {
        const quint64 before = seriesMeasurementsExamined();
        for (const Indicator &ind : plan.indicators)
            (void)assessIndicator(ind, plan.measurements, QDate(2023, 12, 31));
        return seriesMeasurementsExamined() - before;
    };
    const quint64 small = wholeListWork(syntheticValues(20, 130)),
                  large = wholeListWork(syntheticValues(40, 130));
    EXPECT_GE(double(large), 3.5 * double(small)) << small << " -> " << large;
}

TEST(AssessmentScaling, EachValueIsLookedAtAFewTimes)
{
    // Plan scope: the assessment's series and the status row's expected value (2 looks); localities
    // scope: the split by locality and each locality's series (2 looks). Not once per indicator.
    const SyntheticValues plan = syntheticValues(90, 260);
    EXPECT_LE(statusWork(plan), 3u * quint64(plan.measurements.size()));
}

} // namespace
