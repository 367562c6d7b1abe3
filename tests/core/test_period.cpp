// SPDX-License-Identifier: GPL-3.0-or-later
// Period: parsing of "2024", "2024-H1", "2024-Q3", keys, dates, ordering and the fractional-year end.
#include "domain/Period.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

namespace dx {
namespace {

struct Parsed
{
    const char *text;
    Period::Kind kind;
    int year;
    int part;
    const char *key;
    const char *start; ///< ISO dates
    const char *end;
};

void PrintTo(const Parsed &p, std::ostream *os)
{
    *os << '"' << p.text << '"';
}

class PeriodParse : public ::testing::TestWithParam<Parsed>
{
};

TEST_P(PeriodParse, ParsesKeyAndDates)
{
    const Parsed &row = GetParam();
    const auto p = Period::parse(QString::fromUtf8(row.text));
    ASSERT_TRUE(p.has_value());
    EXPECT_TRUE(p->isValid());
    EXPECT_EQ(p->kind(), row.kind);
    EXPECT_EQ(p->yearNumber(), row.year);
    EXPECT_EQ(p->part(), row.part);
    EXPECT_EQ(p->key().toStdString(), std::string(row.key));
    EXPECT_EQ(p->startDate(), QDate::fromString(QString::fromLatin1(row.start), Qt::ISODate));
    EXPECT_EQ(p->endDate(), QDate::fromString(QString::fromLatin1(row.end), Qt::ISODate));
    // The key parses back to the same period.
    EXPECT_EQ(Period::parse(p->key()), p);
}

using K = Period::Kind;
INSTANTIATE_TEST_SUITE_P(
    Table, PeriodParse,
    ::testing::Values(Parsed{"2024", K::Year, 2024, 1, "2024", "2024-01-01", "2024-12-31"},
                      Parsed{"2024-H1", K::Half, 2024, 1, "2024-H1", "2024-01-01", "2024-06-30"},
                      Parsed{"2024-H2", K::Half, 2024, 2, "2024-H2", "2024-07-01", "2024-12-31"},
                      Parsed{"2023-Q1", K::Quarter, 2023, 1, "2023-Q1", "2023-01-01", "2023-03-31"},
                      Parsed{"2024-Q1", K::Quarter, 2024, 1, "2024-Q1", "2024-01-01", "2024-03-31"},
                      Parsed{"2023-Q2", K::Quarter, 2023, 2, "2023-Q2", "2023-04-01", "2023-06-30"},
                      Parsed{"2023-Q3", K::Quarter, 2023, 3, "2023-Q3", "2023-07-01", "2023-09-30"},
                      Parsed{"2023-Q4", K::Quarter, 2023, 4, "2023-Q4", "2023-10-01", "2023-12-31"},
                      Parsed{"2024-h1", K::Half, 2024, 1, "2024-H1", "2024-01-01", "2024-06-30"},
                      Parsed{"2024-q3", K::Quarter, 2024, 3, "2024-Q3", "2024-07-01", "2024-09-30"},
                      Parsed{" 2025 ", K::Year, 2025, 1, "2025", "2025-01-01", "2025-12-31"},
                      Parsed{"1900", K::Year, 1900, 1, "1900", "1900-01-01", "1900-12-31"},
                      Parsed{"2200-Q4", K::Quarter, 2200, 4, "2200-Q4", "2200-10-01", "2200-12-31"}),
    [](const ::testing::TestParamInfo<Parsed> &tpi) { return "Row" + std::to_string(tpi.index); });

class PeriodRejects : public ::testing::TestWithParam<const char *>
{
};

TEST_P(PeriodRejects, Text)
{
    EXPECT_FALSE(Period::parse(QString::fromUtf8(GetParam())).has_value()) << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Table, PeriodRejects,
                         ::testing::Values("2024-H3", "2024-H0", "24", "", " ", "2024-Q0", "2024-Q5", "1899",
                                           "2201", "02024", "2024-", "2024-Y1", "2024 H1", "2024-H1x",
                                           "H1-2024", "năm 2024", "2024/2025", "2024.5", "-2024"),
                         [](const ::testing::TestParamInfo<const char *> &tpi) {
                             return "Row" + std::to_string(tpi.index);
                         });

TEST(Period, DefaultIsInvalid)
{
    EXPECT_FALSE(Period().isValid());
    EXPECT_TRUE(Period::year(2024).isValid());
}

TEST(Period, FactoriesMatchParsing)
{
    EXPECT_EQ(Period::parse(QStringLiteral("2024")), Period::year(2024));
    EXPECT_EQ(Period::parse(QStringLiteral("2024-H2")), Period::half(2024, 2));
    EXPECT_EQ(Period::parse(QStringLiteral("2024-Q3")), Period::quarter(2024, 3));
    EXPECT_NE(Period::half(2024, 1), Period::quarter(2024, 1));
    EXPECT_NE(Period::year(2024), Period::year(2025));
}

TEST(Period, OrderedByStartThenLongerFirst)
{
    const std::vector<Period> expected{
        Period::year(2023),       Period::half(2023, 2),    Period::quarter(2023, 4), Period::year(2024),
        Period::half(2024, 1),    Period::quarter(2024, 1), Period::quarter(2024, 2), Period::half(2024, 2),
        Period::quarter(2024, 3), Period::quarter(2024, 4), Period::year(2025)};
    std::vector<Period> shuffled{expected[6], expected[0], expected[10], expected[3],
                                 expected[8], expected[1], expected[5],  expected[9],
                                 expected[2], expected[7], expected[4]};
    std::sort(shuffled.begin(), shuffled.end());
    ASSERT_EQ(shuffled.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(shuffled[i].key().toStdString(), expected[i].key().toStdString()) << "position " << i;
    for (const Period &p : expected)
        EXPECT_FALSE(p < p) << p.key().toStdString();
    EXPECT_TRUE(Period::year(2024) < Period::half(2024, 1));
    EXPECT_FALSE(Period::half(2024, 1) < Period::year(2024));
    EXPECT_TRUE(Period::quarter(2024, 4) < Period::year(2025));
}

struct EndAsYear
{
    const char *period;
    double year;
};

void PrintTo(const EndAsYear &e, std::ostream *os)
{
    *os << e.period;
}

class PeriodEndAsYear : public ::testing::TestWithParam<EndAsYear>
{
};

TEST_P(PeriodEndAsYear, IsTheFractionalYearOfTheDayAfter)
{
    const auto p = Period::parse(QString::fromLatin1(GetParam().period));
    ASSERT_TRUE(p);
    EXPECT_NEAR(p->endAsYear(), GetParam().year, 1e-9);
}

INSTANTIATE_TEST_SUITE_P(
    Table, PeriodEndAsYear,
    ::testing::Values(EndAsYear{"2024", 2025.0}, EndAsYear{"2023-H2", 2024.0}, EndAsYear{"2023-Q4", 2024.0},
                      EndAsYear{"2024-H1", 2024.0 + 182.0 / 366.0}, // 2024 is a leap year: 1 July is day 182
                      EndAsYear{"2023-H1", 2023.0 + 181.0 / 365.0},
                      EndAsYear{"2023-Q1", 2023.0 + 90.0 / 365.0},
                      EndAsYear{"2024-Q1", 2024.0 + 91.0 / 366.0},
                      EndAsYear{"2023-Q3", 2023.0 + 273.0 / 365.0}),
    [](const ::testing::TestParamInfo<EndAsYear> &tpi) { return "Row" + std::to_string(tpi.index); });

TEST(Period, DateToYear)
{
    EXPECT_DOUBLE_EQ(dateToYear(QDate(2025, 1, 1)), 2025.0);
    EXPECT_DOUBLE_EQ(dateToYear(QDate(2024, 7, 2)), 2024.5); // day 183 of 366
    EXPECT_DOUBLE_EQ(dateToYear(QDate(2023, 12, 31)), 2023.0 + 364.0 / 365.0);
    EXPECT_EQ(dateToYear(QDate()), 0.0);
    EXPECT_LT(dateToYear(QDate(2025, 6, 30)), dateToYear(QDate(2025, 7, 1)));
}

} // namespace
} // namespace dx
