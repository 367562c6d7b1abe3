// SPDX-License-Identifier: GPL-3.0-or-later
// indicatorSeries(): which recorded values count, which one wins for a period, and their order.
#include "analysis/IndicatorSeries.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

QStringList keys(const QList<SeriesPoint> &series)
{
    QStringList out;
    for (const SeriesPoint &p : series)
        out.append(p.period.key());
    return out;
}

std::string joined(const QList<SeriesPoint> &series)
{
    return keys(series).join(QLatin1Char(',')).toStdString();
}

TEST(AnalysisSeries, KeepsOnlyThisIndicatorAndPlace)
{
    const QList<Measurement> ms{measurement("2021", 1), measurement("2022", 2, false, 5),
                                measurement("2023", 3, false, 0, 99), measurement("2024", 4)};
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate())), "2021,2024");
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 5, QDate())), "2022");
    EXPECT_EQ(joined(indicatorSeries(ms, 99, 0, QDate())), "2023");
}

TEST(AnalysisSeries, OrderedByPeriodEndWithYearAfterItsSecondHalf)
{
    const QList<Measurement> ms{measurement("2023", 10), measurement("2022", 8), measurement("2023-H2", 9.5),
                                measurement("2023-H1", 9), measurement("2023-Q3", 9.2)};
    const QList<SeriesPoint> s = indicatorSeries(ms, kIndicatorId, 0, QDate());
    EXPECT_EQ(joined(s), "2022,2023-H1,2023-Q3,2023-H2,2023");
    EXPECT_DOUBLE_EQ(s.at(0).x, 2023.0);
    EXPECT_DOUBLE_EQ(s.at(1).x, 2023.0 + 181.0 / 365.0); // 1 July 2023
    EXPECT_DOUBLE_EQ(s.last().x, 2024.0);
}

TEST(AnalysisSeries, AsOfCutsAtPeriodStart)
{
    const QList<Measurement> ms{measurement("2023", 1), measurement("2024", 2, true),
                                measurement("2024-H2", 3)};
    // A year under way may carry an estimate ("ước thực hiện năm 2024" in a mid-year report).
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate(2024, 1, 1))), "2023,2024");
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate(2023, 12, 31))), "2023");
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate(2024, 6, 30))), "2023,2024");
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate(2024, 7, 1))), "2023,2024-H2,2024");
    EXPECT_EQ(joined(indicatorSeries(ms, kIndicatorId, 0, QDate())), "2023,2024-H2,2024"); // no cut-off
}

TEST(AnalysisSeries, UnparsablePeriodsAreSkippedAndKeysNormalised)
{
    const QList<Measurement> ms{measurement("2023-h1", 1), measurement("H1 2023", 2), measurement("", 3)};
    const QList<SeriesPoint> s = indicatorSeries(ms, kIndicatorId, 0, QDate());
    ASSERT_EQ(s.size(), 1);
    EXPECT_EQ(s.first().period.key().toStdString(), "2023-H1");
    EXPECT_DOUBLE_EQ(s.first().value, 1);
}

struct DuplicateCase
{
    const char *name;
    Measurement first;
    Measurement second;
    double kept;
};

Measurement recorded(double value, bool estimate, const QDateTime &at, Id id)
{
    Measurement m = measurement("2023", value, estimate);
    m.recordedAt = at;
    m.id = id;
    return m;
}

class AnalysisSeriesDuplicates : public ::testing::TestWithParam<DuplicateCase>
{
};

TEST_P(AnalysisSeriesDuplicates, OneValuePerPeriodWhicheverOrder)
{
    const DuplicateCase &c = GetParam();
    for (const QList<Measurement> &ms :
         {QList<Measurement>{c.first, c.second}, QList<Measurement>{c.second, c.first}}) {
        const QList<SeriesPoint> s = indicatorSeries(ms, kIndicatorId, 0, QDate());
        ASSERT_EQ(s.size(), 1);
        EXPECT_DOUBLE_EQ(s.first().value, c.kept);
    }
}

const QDateTime kEarly(QDate(2024, 1, 10), QTime(8, 0), Qt::UTC);
const QDateTime kLate(QDate(2024, 3, 10), QTime(8, 0), Qt::UTC);

INSTANTIATE_TEST_SUITE_P(
    Table, AnalysisSeriesDuplicates,
    ::testing::Values(DuplicateCase{"OfficialBeatsLaterEstimate", recorded(17.0, false, kEarly, 1),
                                    recorded(17.5, true, kLate, 2), 17.0},
                      DuplicateCase{"LaterRecordingWins", recorded(17.0, false, kEarly, 2),
                                    recorded(17.2, false, kLate, 1), 17.2},
                      DuplicateCase{"KnownTimeBeatsUnknown", recorded(17.0, true, QDateTime(), 5),
                                    recorded(17.3, true, kEarly, 1), 17.3},
                      DuplicateCase{"HigherIdBreaksTie", recorded(17.0, false, kEarly, 3),
                                    recorded(17.4, false, kEarly, 4), 17.4}),
    CaseName());

TEST(AnalysisSeries, EstimateFlagAndIdCarriedOver)
{
    Measurement m = measurement("2023", 17.5, true);
    m.id = 42;
    const QList<SeriesPoint> s = indicatorSeries({m}, kIndicatorId, 0, QDate());
    ASSERT_EQ(s.size(), 1);
    EXPECT_TRUE(s.first().estimate);
    EXPECT_EQ(s.first().measurementId, 42);
}

TEST(AnalysisSeries, YearlyPointsDropSubYearPeriods)
{
    const QList<SeriesPoint> s = indicatorSeries({measurement("2022", 1), measurement("2023-H1", 2),
                                                  measurement("2023-Q1", 3), measurement("2023", 4)},
                                                 kIndicatorId, 0, QDate());
    EXPECT_EQ(joined(yearlyPoints(s)), "2022,2023");
    const QList<PathPoint> expected{{2023.0, 1}, {2024.0, 4}};
    EXPECT_EQ(toPathPoints(yearlyPoints(s)), expected);
}

} // namespace
} // namespace dx
