// SPDX-License-Identifier: GPL-3.0-or-later
// Vocabulary: core's words in a language of their own, from the built-in catalogue, with no translator
// installed (core tests have none), and the chart data worded in it.
#include "report/ChartData.h"
#include "report/StatusReport.h"
#include "report/Vocabulary.h"

#include <gtest/gtest.h>

#include <QCoreApplication>

#include <optional>
#include <ostream>
#include <tuple>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace dx {
namespace {

struct WordCase
{
    const char *context;
    const char *source;
    const char *vietnamese; ///< UTF-8
};

// The words charts show, by the context they are catalogued under.
const WordCase kWords[] = {
    {"ChartBuilder", "Expected path", "Lộ trình dự kiến"},
    {"ChartBuilder", "Trend forecast", "Dự báo theo xu hướng"},
    {"ChartBuilder", "Recorded values", "Số liệu đã ghi nhận"},
    {"ChartBuilder", "Official", "Chính thức"},
    {"ChartBuilder", "Estimate", "Ước tính"},
    {"ChartBuilder", "Year met", "Năm đạt"},
    {"ChartBuilder", "Year missed", "Năm không đạt"},
    {"ChartBuilder", "Required each year", "Mức yêu cầu hằng năm"},
    {"ChartBuilder", "Unit: %1", "Đơn vị tính: %1"},
    {"ChartBuilder", "Status: %1", "Trạng thái: %1"},
    {"ChartBuilder", "Overdue tasks", "Nhiệm vụ quá hạn"},
    {"ChartText", "No lead agency", "Chưa có cơ quan chủ trì"},
    {"ChartText", "Source: %1", "Nguồn số liệu: %1"},
    {"StatusReport", "On track", "Đúng tiến độ"},
};

TEST(Vocabulary, AFixedLanguageReadsTheBuiltInCatalogueWithoutInstallingIt)
{
    const Vocabulary vi(ReportLanguage::Vietnamese);
    const Vocabulary en(ReportLanguage::English);
    ASSERT_TRUE(vi.hasCatalogue()) << ":/i18n/dxplanner_vi.qm is embedded in dxcore";
    for (const WordCase &w : kWords) {
        EXPECT_EQ(vi.translate(w.context, w.source), QString::fromUtf8(w.vietnamese)) << w.source;
        EXPECT_EQ(en.translate(w.context, w.source), QString::fromLatin1(w.source));
        // Nothing was installed: the application's words stay in the source language.
        EXPECT_EQ(QCoreApplication::translate(w.context, w.source), QString::fromLatin1(w.source));
    }
    EXPECT_EQ(vi.translate("ChartBuilder", "no such string"), QStringLiteral("no such string"));
}

TEST(Vocabulary, NumbersInTheLanguagesLocaleOrTheDefault)
{
    struct Case
    {
        std::optional<ReportLanguage> language;
        double value;
        int decimals;
        const char *expected;
    };
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const Case &c :
         {Case{ReportLanguage::Vietnamese, 1234.5, 2, "1.234,5"},
          Case{ReportLanguage::Vietnamese, 20.0, 2, "20"}, Case{ReportLanguage::Vietnamese, -0.001, 2, "0"},
          Case{ReportLanguage::English, 1234.5, 2, "1,234.5"}, Case{ReportLanguage::English, 0.125, 1, "0.1"},
          Case{std::nullopt, 1234.5, 2, "1,234.5"}}) {
        const Vocabulary words = c.language ? Vocabulary(*c.language) : Vocabulary();
        EXPECT_EQ(words.number(c.value, c.decimals), QString::fromLatin1(c.expected)) << c.expected;
    }
    QLocale::setDefault(saved);
}

Indicator rankWithSource()
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
                 Target{0, 7, 2030, Comparison::AtMost, 12.5, 0, {}}};
    return i;
}

Measurement value(const QString &period, double v, bool estimate)
{
    Measurement m;
    m.indicatorId = 7;
    m.period = period;
    m.value = v;
    m.estimate = estimate;
    return m;
}

TEST(Vocabulary, ChartDataIsWordedInTheLanguageAskedFor)
{
    struct Case
    {
        ReportLanguage language;
        const char *expectedPath, *official, *caption, *target2030, *status, *locale;
    };
    const QList<Measurement> values{value(QStringLiteral("2022"), 16, false),
                                    value(QStringLiteral("2023"), 15, false),
                                    value(QStringLiteral("2024"), 13, true)};
    for (const Case &c :
         {Case{ReportLanguage::Vietnamese, "Lộ trình dự kiến", "Chính thức",
               "Đơn vị tính: hạng · Trạng thái: Đã đạt · Nguồn số liệu: DTI", "Mục tiêu 2030: ≤ 12,5",
               "Đã đạt", "vi_VN"},
          Case{ReportLanguage::English, "Expected path", "Official",
               "Unit: rank · Status: Achieved · Source: DTI", "Target 2030: ≤ 12.5", "Achieved", "en_GB"}}) {
        ChartDataOptions options;
        options.english = c.language == ReportLanguage::English;
        options.words = Vocabulary(c.language);
        const IndicatorChartData d = chartDataFor(rankWithSource(), values, QDate(2024, 12, 31), options);
        EXPECT_EQ(d.legend.expectedPath, QString::fromUtf8(c.expectedPath));
        EXPECT_EQ(d.legend.official, QString::fromUtf8(c.official));
        EXPECT_EQ(d.statusText, QString::fromUtf8(c.status));
        EXPECT_EQ(d.caption, QString::fromUtf8(c.caption));
        ASSERT_EQ(d.targets.size(), 2);
        EXPECT_EQ(d.targets.at(1).legend, QString::fromUtf8(c.target2030));
        EXPECT_EQ(d.locale.name(), QString::fromLatin1(c.locale));
    }
}

TEST(Vocabulary, BarLabelsAndTheOverdueChartAreWordedToo)
{
    Indicator rate;
    rate.id = 3;
    rate.code = QStringLiteral("KTS-03");
    rate.kind = IndicatorKind::YearlyRate;
    rate.targets = {Target{0, 3, 2025, Comparison::AtLeast, 10, 0, {}}};
    Measurement m;
    m.indicatorId = 3;
    m.period = QStringLiteral("2024");
    m.value = 11;
    m.estimate = true;
    ChartDataOptions options;
    options.firstYear = 2023;
    options.lastYear = 2025;
    options.words = Vocabulary(ReportLanguage::Vietnamese);
    const IndicatorChartData d = chartDataFor(rate, {m}, QDate(2024, 12, 31), options);
    ASSERT_EQ(d.years.size(), 3);
    EXPECT_EQ(d.years.at(0).label, QStringLiteral("2023"));
    EXPECT_EQ(d.years.at(1).label, QStringLiteral("2024 (ước tính)"));

    Task late;
    late.id = 1;
    late.deadline = QDate(2023, 1, 1);
    late.status = TaskStatus::InProgress;
    for (const auto &[language, noLead, axis] :
         {std::tuple{ReportLanguage::Vietnamese, "Chưa có cơ quan chủ trì", "Nhiệm vụ"},
          std::tuple{ReportLanguage::English, "No lead agency", "Tasks"}}) {
        const OverdueChartData o = overdueByAgency({}, {late}, QDate(2024, 1, 1), Vocabulary(language));
        ASSERT_EQ(o.agencies.size(), 1);
        EXPECT_EQ(o.agencies.at(0).name, QString::fromUtf8(noLead));
        EXPECT_EQ(o.axisTitle, QString::fromUtf8(axis));
        EXPECT_EQ(o.locale.language(),
                  language == ReportLanguage::Vietnamese ? QLocale::Vietnamese : QLocale::English);
    }
}

TEST(Vocabulary, StatusNamesInEitherLanguage)
{
    const Vocabulary vi(ReportLanguage::Vietnamese);
    EXPECT_EQ(StatusReport::statusName(IndicatorStatus::AtRisk, vi), QStringLiteral("Có nguy cơ chậm"));
    EXPECT_EQ(StatusReport::statusName(IndicatorStatus::AtRisk, Vocabulary(ReportLanguage::English)),
              QStringLiteral("At risk"));
    EXPECT_EQ(StatusReport::statusName(IndicatorStatus::AtRisk), QStringLiteral("At risk"))
        << "no translator";
}

} // namespace
} // namespace dx
