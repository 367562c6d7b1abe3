// SPDX-License-Identifier: GPL-3.0-or-later
// Chart data computed in core from the analysis layer.
#include "report/ChartData.h"

#include <gtest/gtest.h>

using namespace dx;

namespace {

Indicator rank()
{
    Indicator i;
    i.id = 7;
    i.code = QStringLiteral("TQ-01");
    i.name = QStringLiteral("Thứ hạng DTI");
    i.nameEn = QStringLiteral("DTI rank");
    i.unit = QStringLiteral("hạng");
    i.unitEn = QStringLiteral("rank");
    i.kind = IndicatorKind::Rank;
    i.direction = Direction::Decrease;
    i.rankOutOf = 63;
    i.baselinePeriod = QStringLiteral("2020");
    i.baselineValue = 14;
    i.dataSource = QStringLiteral("DTI");
    i.targets = {Target{0, 7, 2025, Comparison::AtMost, 20, 0, {}},
                 Target{0, 7, 2030, Comparison::AtMost, 15, 0, {}}};
    return i;
}

Measurement value(Id indicator, const QString &period, double v, bool estimate = false, Id locality = 0)
{
    Measurement m;
    m.indicatorId = indicator;
    m.localityId = locality;
    m.period = period;
    m.value = v;
    m.estimate = estimate;
    return m;
}

TEST(ChartData, LineChartOfARank)
{
    const QList<Measurement> values{
        value(7, QStringLiteral("2020"), 14), value(7, QStringLiteral("2021"), 14),
        value(7, QStringLiteral("2022"), 13), value(7, QStringLiteral("2023-H1"), 12, true),
        value(8, QStringLiteral("2022"), 99)};
    const IndicatorChartData d = chartDataFor(rank(), values, QDate(2024, 1, 1), {{}, true, 0, 0, {}});
    EXPECT_EQ(d.layout, IndicatorChartData::Layout::Line);
    EXPECT_EQ(d.title, QStringLiteral("TQ-01 DTI rank"));
    EXPECT_EQ(d.unit, QStringLiteral("rank"));
    EXPECT_EQ(d.source, QStringLiteral("Source: DTI"));
    EXPECT_TRUE(d.lowerIsBetter);
    EXPECT_EQ(d.status, IndicatorStatus::Achieved);
    ASSERT_EQ(d.actual.size(), 4);
    EXPECT_EQ(d.actual.at(0).x, 2020.0);
    EXPECT_NEAR(d.actual.at(3).x, 2022.5,
                0.01); // the first half of 2023 ends mid-2023, between "2022" and "2023"
    EXPECT_TRUE(d.actual.at(3).estimate);
    ASSERT_EQ(d.targets.size(), 2);
    EXPECT_EQ(d.targets.at(0).x, 2025.0);
    EXPECT_EQ(d.targets.at(0).label, QStringLiteral("2025: ≤ 20"));
    EXPECT_TRUE(d.targets.at(0).met);
    ASSERT_FALSE(d.expected.isEmpty());
    EXPECT_EQ(d.expected.first().x, 2020.0); // the baseline 2020
    EXPECT_EQ(d.expected.last().x, 2030.0);
    EXPECT_FALSE(d.stepped);
    ASSERT_EQ(d.forecast.size(), 2);
    EXPECT_GE(d.forecast.last().y, 1.0); // clamped: a rank cannot pass 1st
    EXPECT_EQ(d.firstYear, 2020);
    EXPECT_EQ(d.lastYear, 2030);
}

TEST(ChartData, YearlyRateHasASlotPerYearWithTheBarInForce)
{
    Indicator i;
    i.id = 3;
    i.code = QStringLiteral("KTS-03");
    i.name = QStringLiteral("NSLĐ");
    i.kind = IndicatorKind::YearlyRate;
    i.targets = {Target{0, 3, 2025, Comparison::AtLeast, 8, 0, {}},
                 Target{0, 3, 2030, Comparison::AtLeast, 10, 0, {}}};
    const IndicatorChartData d = chartDataFor(
        i, {value(3, QStringLiteral("2021"), 9), value(3, QStringLiteral("2022"), 7)}, QDate(2024, 1, 1));
    EXPECT_EQ(d.layout, IndicatorChartData::Layout::YearlyBars);
    EXPECT_TRUE(d.stepped);
    ASSERT_EQ(d.years.size(), d.lastYear - d.firstYear + 1);
    EXPECT_EQ(d.lastYear, 2030);
    for (const YearBar &b : d.years) {
        if (b.year == 2021) {
            EXPECT_TRUE(b.met);
            EXPECT_EQ(b.threshold, std::optional<double>(8));
        } else if (b.year == 2022) {
            EXPECT_FALSE(b.met);
        } else if (b.year == 2027) {
            EXPECT_FALSE(b.value);
            EXPECT_EQ(b.threshold, std::optional<double>(10));
        }
    }
}

TEST(ChartData, StagePerLocalityWithUniqueNames)
{
    Indicator i;
    i.id = 5;
    i.code = QStringLiteral("XHS-01");
    i.name = QStringLiteral("Đô thị thông minh");
    i.kind = IndicatorKind::Stage;
    i.scope = Scope::Localities;
    i.localityIds = {1, 2, 3};
    i.stageNames = {QStringLiteral("Cơ bản"), QStringLiteral("Hoàn thành")};
    i.targets = {Target{0, 5, 2025, Comparison::AtLeast, 1, 0, {}},
                 Target{0, 5, 2030, Comparison::AtLeast, 2, 0, {}}};
    ChartDataOptions options;
    options.localities = {Locality{1, {}, QStringLiteral("A"), {}, LocalityKind::City, 0, 1},
                          Locality{2, {}, QStringLiteral("A"), {}, LocalityKind::City, 0, 2},
                          Locality{3, {}, QStringLiteral("B"), {}, LocalityKind::Town, 0, 3}};
    const IndicatorChartData d = chartDataFor(
        i, {value(5, QStringLiteral("2023"), 1, false, 1), value(5, QStringLiteral("2024"), 2, true, 3)},
        QDate(2024, 6, 30), options);
    EXPECT_EQ(d.layout, IndicatorChartData::Layout::StageBars);
    ASSERT_EQ(d.localities.size(), 3);
    EXPECT_EQ(d.localities.at(0).name, QStringLiteral("A"));
    EXPECT_EQ(d.localities.at(1).name, QStringLiteral("A (2)"));
    EXPECT_EQ(d.localities.at(0).value, std::optional<double>(1));
    EXPECT_FALSE(d.localities.at(1).value);
    EXPECT_TRUE(d.localities.at(2).estimate);
    EXPECT_EQ(d.targets.at(1).label, QStringLiteral("2030: Hoàn thành"));
    EXPECT_EQ(d.maxValue, 2.0);
}

TEST(ChartData, OverdueByAgencyMostFirstAndOnlyAgenciesWithOverdueTasks)
{
    const QList<Agency> agencies{Agency{1, QStringLiteral("Sở A"), QStringLiteral("A"), {}, 0, false, 1},
                                 Agency{2, QStringLiteral("Sở B"), {}, {}, 0, false, 2},
                                 Agency{3, QStringLiteral("Sở C"), {}, {}, 0, false, 3}};
    QList<Task> tasks;
    auto task = [&](Id agency, QDate deadline) {
        Task t;
        t.id = tasks.size() + 1;
        t.leadAgencyId = agency;
        t.deadline = deadline;
        t.status = TaskStatus::InProgress;
        tasks << t;
    };
    task(1, QDate(2023, 1, 1));
    task(2, QDate(2023, 1, 1));
    task(2, QDate(2023, 6, 1));
    task(3, QDate(2025, 1, 1));
    task(0, QDate(2022, 1, 1));
    const OverdueChartData d = overdueByAgency(agencies, tasks, QDate(2024, 1, 1));
    ASSERT_EQ(d.agencies.size(), 3);
    EXPECT_EQ(d.agencies.at(0).name, QStringLiteral("Sở B"));
    EXPECT_EQ(d.agencies.at(0).overdue, 2);
    EXPECT_EQ(d.agencies.at(1).name, QStringLiteral("A"));
    EXPECT_EQ(d.agencies.at(2).agencyId, 0);
}

TEST(ChartData, TheYearAxisReachesBothSidesOfAHalfYearValue)
{
    // CQS-07 of the bundled plan has one value, for 2023-H1: its point must fall inside the axis.
    const QList<Measurement> values{value(7, QStringLiteral("2023-H1"), 89)};
    const IndicatorChartData d = chartDataFor(rank(), values, QDate(2024, 12, 31), {{}, true, 0, 0, {}});
    ASSERT_EQ(d.actual.size(), 1);
    EXPECT_LE(double(d.firstYear), d.actual.at(0).x);
    EXPECT_GE(double(d.lastYear), d.actual.at(0).x);
}

TEST(ChartData, NumbersFollowTheLocale)
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    EXPECT_EQ(ChartText::number(1234.5), QStringLiteral("1.234,5"));
    EXPECT_EQ(ChartText::number(20.0), QStringLiteral("20"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    EXPECT_EQ(ChartText::number(1234.5), QStringLiteral("1,234.5"));
    QLocale::setDefault(saved);
}

} // namespace
