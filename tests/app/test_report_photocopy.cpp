// SPDX-License-Identifier: GPL-3.0-or-later
// The chart pages of the bundled plan's meeting report after a black-and-white photocopy: the PDF written
// by the real binary is rasterised at 150 dpi in grey (pdftoppm), blurred a little and thresholded
// (ImageMagick), as a worn office copier does, and read back by OCR (tesseract with its Vietnamese data).
// Every year on the charts' axes and every target's legend entry ("Mục tiêu 2025: ≥ 80") must be read
// back, diacritics included, on the page that carries the chart. The expected words come from the
// report's own content (ReportBuilder), so the test follows the bundled plan.
#include "cli_fixture.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace dx {
namespace {

/// NFC, without white space and the comparison signs: OCR reads "≤" as "<" and drops spaces at will.
QString squeeze(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_C);
    out.remove(QRegularExpression(QStringLiteral("[\\s≤≥<>=]+")));
    return out;
}

class ReportPhotocopy : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        for (const char *tool : {"pdftoppm", "pdftotext", "convert", "tesseract"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                GTEST_SKIP() << tool << " is not installed (poppler-utils, imagemagick, tesseract-ocr)";
        const Run langs = run(QStringLiteral("tesseract"), {QStringLiteral("--list-langs")});
        if (!langs.out.split(QLatin1Char('\n')).contains(QStringLiteral("vie")))
            GTEST_SKIP() << "tesseract's Vietnamese data (tesseract-ocr-vie) is not installed";
        ASSERT_TRUE(m_dir.isValid());
        test::prepareRunFolder(m_dir.path());
    }

    using Run = test::ProcessRun;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QString &program, const QStringList &args) const
    {
        QProcessEnvironment oneCore;
        oneCore.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1")); // tesseract: one core each
        Run r = test::runProgram(m_dir.path(), program, args, 180000, oneCore);
        r.out = r.out.normalized(QString::NormalizationForm_C);
        return r;
    }

    /// The OCR text of page @p page of @p pdf after the photocopy.
    QString photocopyAndRead(const QString &pdf, int page) const
    {
        const QString n = QString::number(page);
        const QString raw = path(QStringLiteral("page-%1").arg(n));
        const Run raster =
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                 QStringLiteral("-singlefile"), QStringLiteral("-f"), n, QStringLiteral("-l"), n, pdf, raw});
        EXPECT_EQ(raster.exitCode, 0) << raster.err.toStdString();
        const QString copy = path(QStringLiteral("copy-%1.png").arg(n));
        // A slight blur, then every pixel black or white: a copier's loss of fine grey detail.
        const Run copier =
            run(QStringLiteral("convert"),
                {raw + QStringLiteral(".pgm"), QStringLiteral("-blur"), QStringLiteral("0x0.8"),
                 QStringLiteral("-threshold"), QStringLiteral("55%"), copy});
        EXPECT_EQ(copier.exitCode, 0) << copier.err.toStdString();
        const Run ocr = run(QStringLiteral("tesseract"),
                            {copy, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("vie")});
        EXPECT_EQ(ocr.exitCode, 0) << ocr.err.toStdString();
        return ocr.out;
    }

    QTemporaryDir m_dir;
};

TEST_F(ReportPhotocopy, EveryAxisYearAndTargetLabelIsReadBackWithItsDiacritics)
{
    const QString plan = path(QStringLiteral("plan.dxplan"));
    const QString pdf = path(QStringLiteral("report.pdf"));
    const QString binary = test::dxplannerBinary();
    ASSERT_EQ(run(binary, {QStringLiteral("new"), plan}).exitCode, 0);
    const Run made =
        run(binary, {QStringLiteral("report"), plan, QStringLiteral("--out"), pdf, QStringLiteral("--as-of"),
                     QStringLiteral("2024-12-31"), QStringLiteral("--period"), QStringLiteral("2024")});
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();

    // What the charts show, from the same content the binary painted.
    ReportContent content;
    {
        auto store =
            PlanStore::open(plan, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
        ASSERT_TRUE(store) << store.error().message.toStdString();
        content = ReportBuilder::build(*store.value(), ReportSettings::fromMap(store.value()->settings()),
                                       Period::year(2024), QDate(2024, 12, 31));
    }
    ASSERT_GE(content.charts.size(), 3) << "the bundled plan's report has indicator charts";

    // The page of each chart: its title is in the PDF's text layer.
    const Run info = run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                                       path(QStringLiteral("all.txt"))});
    ASSERT_EQ(info.exitCode, 0);
    QFile all(path(QStringLiteral("all.txt")));
    ASSERT_TRUE(all.open(QIODevice::ReadOnly));
    const QStringList pageTexts = QString::fromUtf8(all.readAll()).split(QLatin1Char('\f'));
    const QString firstChartTitle = squeeze(content.charts.first().title);
    int firstChartPage = 0;
    for (int i = 0; i < pageTexts.size() && firstChartPage == 0; ++i)
        if (squeeze(pageTexts[i]).contains(firstChartTitle) &&
            squeeze(pageTexts[i]).contains(squeeze(content.chartsTitle)))
            firstChartPage = i + 1;
    ASSERT_GT(firstChartPage, 0) << "no page carries the charts' appendix title";

    QHash<int, QString> ocrOfPage;
    int checkedYears = 0, checkedTargets = 0;
    for (const IndicatorChartData &chart : std::as_const(content.charts)) {
        int page = 0;
        for (int i = firstChartPage - 1; i < pageTexts.size() && page == 0; ++i)
            if (squeeze(pageTexts[i]).contains(squeeze(chart.title)))
                page = i + 1;
        ASSERT_GT(page, 0) << chart.title.toStdString() << " is on no page";
        if (!ocrOfPage.contains(page))
            ocrOfPage.insert(page, squeeze(photocopyAndRead(pdf, page)));
        const QString &read = ocrOfPage[page];
        SCOPED_TRACE(chart.title.toStdString() + ", page " + std::to_string(page) + ":\n" +
                     read.toStdString());
        if (chart.layout == IndicatorChartData::Layout::Line ||
            chart.layout == IndicatorChartData::Layout::YearlyBars) {
            const int every = chart.lastYear - chart.firstYear > 14 ? 2 : 1; // as the year axis labels them
            for (int y = chart.firstYear; y <= chart.lastYear; y += every, ++checkedYears)
                EXPECT_TRUE(read.contains(QString::number(y))) << "year " << y << " not read back";
        }
        for (const ChartTarget &t : chart.targets) {
            ++checkedTargets;
            EXPECT_TRUE(read.contains(squeeze(t.legend)))
                << "target label \"" << t.legend.toStdString() << "\" not read back";
        }
    }
    EXPECT_GT(checkedYears, 10);
    EXPECT_GT(checkedTargets, 2);
}

} // namespace
} // namespace dx
