// SPDX-License-Identifier: GPL-3.0-or-later
// The cell conversions and the CSV reader of the collection import: table-driven.
#include "io/CsvReader.h"
#include "io/WorkbookCells.h"
#include "io/WorkbookSheet.h"
#include "io/WorkbookText.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

namespace dx {
namespace {

struct NumberCase
{
    const char *text;
    std::optional<double> expected;
};

class CellNumbers : public ::testing::TestWithParam<NumberCase>
{
};

TEST_P(CellNumbers, ReadAsPlannersTypeThem)
{
    const auto got = WorkbookCells::number(QString::fromUtf8(GetParam().text));
    ASSERT_EQ(got.has_value(), GetParam().expected.has_value()) << GetParam().text;
    if (got) {
        EXPECT_DOUBLE_EQ(*got, *GetParam().expected) << GetParam().text;
    }
}

INSTANTIATE_TEST_SUITE_P(Table, CellNumbers,
                         ::testing::Values(NumberCase{"18.6", 18.6}, NumberCase{"18,6", 18.6},
                                           NumberCase{" 18,6 ", 18.6}, NumberCase{"18,6%", 18.6},
                                           NumberCase{"1.234,5", 1234.5}, NumberCase{"1,234.5", 1234.5},
                                           NumberCase{"1 234,5", 1234.5}, NumberCase{"1.234.567", 1234567},
                                           NumberCase{"1,234,567", 1234567}, NumberCase{"1.5E-3", 0.0015},
                                           NumberCase{"-3", -3}, NumberCase{"12", 12},
                                           NumberCase{"", std::nullopt}, NumberCase{"abc", std::nullopt},
                                           NumberCase{"12a", std::nullopt}, NumberCase{"inf", std::nullopt},
                                           NumberCase{"nan", std::nullopt}));

struct DateCase
{
    const char *text;
    QDate expected; ///< invalid: none
};

class CellDates : public ::testing::TestWithParam<DateCase>
{
};

TEST_P(CellDates, SerialsIsoAndDayFirst)
{
    const auto got = WorkbookCells::date(QString::fromUtf8(GetParam().text));
    ASSERT_EQ(got.has_value(), GetParam().expected.isValid()) << GetParam().text;
    if (got) {
        EXPECT_EQ(*got, GetParam().expected) << GetParam().text;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Table, CellDates,
    ::testing::Values(DateCase{"45292", QDate(2024, 1, 1)}, DateCase{"45292.75", QDate(2024, 1, 1)},
                      DateCase{"2024-06-30", QDate(2024, 6, 30)},
                      DateCase{"2024-06-30T00:00:00", QDate(2024, 6, 30)},
                      DateCase{"30/06/2024", QDate(2024, 6, 30)}, DateCase{"1/2/2024", QDate(2024, 2, 1)},
                      DateCase{"31/02/2024", QDate()}, DateCase{"soon", QDate()}, DateCase{"", QDate()}));

TEST(CellSerial, RoundTripsThroughTheReader)
{
    const QDate d(2025, 12, 31);
    EXPECT_EQ(WorkbookCells::date(QString::number(WorkbookCells::serial(d))), d);
}

TEST(CellAddress, LettersAndRowNumbers)
{
    EXPECT_EQ(WorkbookSheet::address(0, 0), QStringLiteral("A1"));
    EXPECT_EQ(WorkbookSheet::address(6, 7), QStringLiteral("H7"));
    EXPECT_EQ(WorkbookSheet::address(9, 25), QStringLiteral("Z10"));
    EXPECT_EQ(WorkbookSheet::address(0, 26), QStringLiteral("AA1"));
    EXPECT_EQ(WorkbookSheet::address(0, 701), QStringLiteral("ZZ1"));
    EXPECT_EQ(WorkbookSheet::address(0, 702), QStringLiteral("AAA1"));
}

struct CsvCase
{
    const char *name;
    QByteArray data;
    QList<QStringList> rows;
};

class Csv : public ::testing::TestWithParam<CsvCase>
{
};

TEST_P(Csv, ReadsWhatExcelWrites)
{
    const auto sheet = CsvReader::parse(GetParam().data);
    ASSERT_TRUE(sheet.ok()) << sheet.error().message.toStdString();
    EXPECT_EQ(sheet->rows, GetParam().rows) << GetParam().name;
}

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList out;
    for (const char *c : cells)
        out << QString::fromUtf8(c);
    return out;
}

INSTANTIATE_TEST_SUITE_P(
    Table, Csv,
    ::testing::Values(CsvCase{"comma", "a,b\r\n1,2\r\n", {row({"a", "b"}), row({"1", "2"})}},
                      CsvCase{"bom and semicolon, decimal comma",
                              "\xEF\xBB\xBFM\xC3\xA3;Gi\xC3\xA1 tr\xE1\xBB\x8B\n"
                              "KTS-01;18,6\n",
                              {row({"Mã", "Giá trị"}), row({"KTS-01", "18,6"})}},
                      CsvCase{"quoted separators, quotes, line breaks",
                              "x,y\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n",
                              {row({"x", "y"}), row({"a,b", "say \"hi\""}), row({"two\nlines", "z"})}},
                      CsvCase{"tab separated as Excel copies, with a tab inside quotes",
                              "1\t\"a\tb\"\t\"c\nd\"\n2\t\t3\n",
                              {row({"1", "a\tb", "c\nd"}), row({"2", "", "3"})}},
                      CsvCase{"no final line break", "a;b\n1;2", {row({"a", "b"}), row({"1", "2"})}}),
    [](const ::testing::TestParamInfo<CsvCase> &param) { return std::to_string(param.index); });

TEST(CsvRefusals, UnclosedQuoteAndTooManyRows)
{
    EXPECT_FALSE(CsvReader::parse("a,\"b\n1,2\n").ok());
    WorkbookLimits small;
    small.maxRows = 2;
    const auto big = CsvReader::parse("1\n2\n3\n4\n", ',', small);
    ASSERT_FALSE(big.ok());
    EXPECT_EQ(big.error().code, Error::Code::Invalid);
}

TEST(WorkbookWords, StatusesAndEstimateInBothLanguages)
{
    EXPECT_EQ(WorkbookText::taskStatusFromText(QStringLiteral("Hoàn thành")), TaskStatus::Done);
    EXPECT_EQ(WorkbookText::taskStatusFromText(QStringLiteral(" đang thực hiện ")), TaskStatus::InProgress);
    EXPECT_EQ(WorkbookText::taskStatusFromText(QStringLiteral("not started")), TaskStatus::NotStarted);
    EXPECT_FALSE(WorkbookText::taskStatusFromText(QStringLiteral("maybe")).has_value());
    EXPECT_EQ(WorkbookText::estimateFromText(QStringLiteral("Ước tính")), true);
    EXPECT_EQ(WorkbookText::estimateFromText(QString()), false);
    EXPECT_FALSE(WorkbookText::estimateFromText(QStringLiteral("x")).has_value());
}

} // namespace
} // namespace dx
