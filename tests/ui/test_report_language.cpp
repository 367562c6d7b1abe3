// SPDX-License-Identifier: GPL-3.0-or-later
// A report is painted in its own language whatever the window's: an English report while the window is
// Vietnamese is entirely English (and the reverse), read back from the PDF the report command writes,
// and the window neither changes language nor is told to (no LanguageChange) while it is painted.
#include "test_indicator_fixture.h"

#include "app/MainWindow.h"
#include "charts/ChartBuilder.h"
#include "i18n/Translations.h"
#include "indicators/IndicatorChartView.h"
#include "print/DocumentOutput.h"
#include "print/ReportPainter.h"
#include "report/ReportContent.h"

#include <QChart>
#include <QCoreApplication>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace {

using namespace dx;

/// Counts the LanguageChange events the application object is sent (one per translator installed or
/// removed).
class LanguageChangeCounter : public QObject
{
public:
    LanguageChangeCounter() { QCoreApplication::instance()->installEventFilter(this); }
    ~LanguageChangeCounter() override { QCoreApplication::instance()->removeEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            ++count;
        return false;
    }
};

/// A language, its chart words and the other language's.
struct LanguageCase
{
    ReportLanguage report;
    const char *window;                ///< the other language, the window's while the report is painted
    const char *windowsExpectedPath;   ///< "Expected path" in the window's language
    const char *windowsMenu;           ///< the window's first menu
    std::vector<const char *> present; ///< chart words printed in the report's language
    std::vector<const char *> absent;  ///< the same words in the window's language
};

const LanguageCase kCases[] = {
    {ReportLanguage::English,
     "vi",
     "Lộ trình dự kiến",
     "&Tệp",
     {"Expected path", "Recorded values", "Trend forecast", "Official",
      "Unit:", "Status:", "Target 2025:", "Required each year", "Tasks"},
     {"Lộ trình dự kiến", "Số liệu đã ghi nhận", "Dự báo theo xu hướng", "Chính thức", "Đơn vị tính",
      "Trạng thái", "Mục tiêu 2025", "Mức yêu cầu hằng năm", "Năm đạt", "Ước tính"}},
    {ReportLanguage::Vietnamese,
     "en",
     "Expected path",
     "&File",
     {"Lộ trình dự kiến", "Số liệu đã ghi nhận", "Dự báo theo xu hướng", "Chính thức",
      "Đơn vị tính:", "Trạng thái:", "Mục tiêu 2025:", "Mức yêu cầu hằng năm"},
     {"Expected path", "Recorded values", "Trend forecast", "Official", "Estimate", "Unit:", "Status:",
      "Target 20", "Required each year", "Year met", "Year missed", "Overdue tasks", "No lead agency"}},
};

class ReportLanguageTest : public dxtest::IndicatorFixture, public ::testing::WithParamInterface<LanguageCase>
{
protected:
    void TearDown() override
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(m_saved);
    }

    /// The report's PDF as `dxplanner report` writes it (DocumentOutput::writePdf + ReportPainter), as
    /// text (pdftotext), ligatures split and whitespace collapsed; null without poppler-utils.
    QString reportText(ReportLanguage language, const QString &name)
    {
        ReportSettings s = ReportSettings::fromMap(document->store().settings());
        s.language = language;
        s.chartsWithoutData = true; // every kind of chart, with all its words (a yearly rate's required rate)
        const ReportContent content =
            ReportBuilder::build(document->store(), s, Period::year(2024), QDate(2024, 12, 31));
        const QString path = dir.filePath(name);
        const Status written = DocumentOutput::writePdf(
            path, content.subject, [&](QPagedPaintDevice *d) { return ReportPainter(content).paint(d); });
        EXPECT_TRUE(written.ok());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            return {};
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        p.waitForFinished(60000);
        // NFKC: the fonts' ligatures ("ﬃ" in "Official") read back as the letters they join.
        return QString::fromUtf8(p.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC)
            .simplified();
    }

    const QLocale m_saved;
};

TEST_P(ReportLanguageTest, IsPaintedInItsOwnLanguageAndTheWindowKeepsItsOwn)
{
    const LanguageCase &c = GetParam();
    const QString window = QString::fromLatin1(c.window);
    const QString own = ReportSettings::toKey(c.report);

    // The same report painted while the window speaks the report's language: the reference.
    Translations::install(*QCoreApplication::instance(), own);
    const QString reference = reportText(c.report, QStringLiteral("reference.pdf"));

    Translations::install(*QCoreApplication::instance(), window);
    auto windowPlan = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("window.dxplan")),
                                                       QStringLiteral("resolution-06"));
    ASSERT_TRUE(windowPlan.ok());
    MainWindow mainWindow;
    mainWindow.setPlan(std::move(windowPlan.value()), QDate(2024, 6, 30));
    ASSERT_FALSE(mainWindow.menuBar()->actions().isEmpty());
    ASSERT_EQ(mainWindow.menuBar()->actions().first()->text(), QString::fromUtf8(c.windowsMenu));
    const QLocale windowLocale;
    LanguageChangeCounter changes;
    const QString text = reportText(c.report, QStringLiteral("crossed.pdf"));
    QCoreApplication::processEvents();

    // The window was never switched, not even for a moment.
    EXPECT_EQ(changes.count, 0) << "no translator installed or removed while painting";
    EXPECT_EQ(Translations::currentLanguage(), window);
    EXPECT_EQ(QLocale(), windowLocale);
    EXPECT_EQ(QCoreApplication::translate("ChartBuilder", "Expected path"),
              QString::fromUtf8(c.windowsExpectedPath));
    EXPECT_EQ(mainWindow.menuBar()->actions().first()->text(), QString::fromUtf8(c.windowsMenu));

    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    // Every string painted is the one painted when window and report agree: nothing followed the window.
    EXPECT_EQ(text, reference);
    for (const char *word : c.present)
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    for (const char *word : c.absent)
        EXPECT_FALSE(text.contains(QString::fromUtf8(word))) << word;
}

INSTANTIATE_TEST_SUITE_P(BothWays, ReportLanguageTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<LanguageCase> &p) {
                             return p.param.report == ReportLanguage::English
                                        ? "EnglishReportVietnameseWindow"
                                        : "VietnameseReportEnglishWindow";
                         });

class ScreenChartLanguageTest : public dxtest::IndicatorFixture
{
protected:
    void TearDown() override { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }
};

TEST_F(ScreenChartLanguageTest, ChartsOnScreenSpeakTheWindowsLanguage)
{
    const struct
    {
        const char *window, *expectedPath, *caption, *overdueAxis, *locale;
    } cases[] = {{"vi", "Lộ trình dự kiến", "Trạng thái:", "Nhiệm vụ", "vi_VN"},
                 {"en", "Expected path", "Status:", "Tasks", "en_GB"}};
    for (const auto &c : cases) {
        Translations::install(*QCoreApplication::instance(), QString::fromLatin1(c.window));
        std::unique_ptr<QChart> chart(ChartBuilder::build(
            IndicatorChartView::dataFor(cache(), idOf(QStringLiteral("TQ-01"))), ChartStyle::screen()));
        QStringList names;
        for (QAbstractSeries *s : chart->series())
            names << s->name();
        EXPECT_TRUE(names.contains(QString::fromUtf8(c.expectedPath)))
            << names.join(QLatin1Char('|')).toStdString();
        EXPECT_TRUE(ChartBuilder::captionText(chart.get()).contains(QString::fromUtf8(c.caption)));
        EXPECT_EQ(chart->locale().name(), QString::fromLatin1(c.locale));
        const OverdueChartData overdue =
            overdueByAgency(document->store().agencies(), document->store().tasks(), document->asOf());
        EXPECT_EQ(overdue.axisTitle, QString::fromUtf8(c.overdueAxis));
    }
}

} // namespace
