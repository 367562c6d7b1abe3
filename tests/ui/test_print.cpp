// SPDX-License-Identifier: GPL-3.0-or-later
// Page painting for print, preview and PDF: the decree's A4 geometry at the device's resolution, tables
// that repeat their header and never lose text, the bundled fonts, vector charts, the sheets, chart
// export at 300 dpi and as SVG, and the report settings dialog saved as one undo step.
#include "test_indicator_fixture.h"

#include "app/MainWindow.h"
#include "print/BundledFonts.h"
#include "print/ChartExport.h"
#include "print/DocumentOutput.h"
#include "print/PageWriter.h"
#include "print/ReportPainter.h"
#include "print/ReportPeriodDialog.h"
#include "print/ReportSettingsDialog.h"
#include "print/SheetPainter.h"
#include "print/TablePainter.h"
#include "report/ReportContent.h"

#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QUndoStack>

namespace {

using namespace dx;

/// Text of a PDF (pdftotext), or a null string when poppler-utils is missing.
QString pdfText(const QString &path)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        return {};
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(BundledFonts, AreRegistered)
{
    EXPECT_TRUE(QFontDatabase::families().contains(documentFontFamily()));
    EXPECT_TRUE(QFontDatabase::families().contains(chartFontFamily()));
    EXPECT_TRUE(QFontDatabase::families().contains(QStringLiteral("Noto Sans Math")));
}

TEST(PageWriter, DecreeMarginsAtTheDevicesResolution)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(DocumentOutput::kPdfResolution);
    PageWriter w(&pdf);
    w.beginPage(QPageLayout::Portrait);
    ASSERT_TRUE(w.painter().isActive());
    const double mm = 1200 / 25.4;
    EXPECT_NEAR(w.sheet().width(), 210 * mm, 2);
    EXPECT_NEAR(w.sheet().height(), 297 * mm, 2);
    EXPECT_NEAR(w.body().left(), 30 * mm, 2);
    EXPECT_NEAR(w.body().top(), 20 * mm, 2);
    EXPECT_NEAR(w.sheet().right() - w.body().right(), 15 * mm, 2);
    EXPECT_NEAR(w.sheet().bottom() - w.body().bottom(), 20 * mm, 2);
    EXPECT_NEAR(w.pt(72), 1200, 0.5);
    w.beginPage(QPageLayout::Landscape);
    EXPECT_NEAR(w.sheet().width(), 297 * mm, 2);
    EXPECT_NEAR(w.body().width(), (297 - 45) * mm, 2);
    EXPECT_EQ(w.pageNumber(), 2);
}

TEST(TablePainter, RepeatsTheHeaderOnEveryPageAndKeepsEveryCell)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("table.pdf"));
    QList<ReportRow> rows;
    for (int i = 1; i <= 120; ++i)
        rows << ReportRow{ReportRow::Kind::Data,
                          {QString::number(i),
                           QStringLiteral("Nhiệm vụ số %1 với một tên rất dài cần xuống dòng nhiều lần "
                                          "để kiểm tra việc ngắt dòng tiếng Việt")
                               .arg(i),
                           QStringLiteral("Sở TT&TT")},
                          i % 7 == 0};
    int pages = 0;
    const Status s = DocumentOutput::writePdf(path, QStringLiteral("t"), [&](QPagedPaintDevice *device) {
        PageWriter w(device);
        w.beginPage(QPageLayout::Portrait);
        TablePainter(
            w, {QStringLiteral("STT"), QStringLiteral("Tiêu đề cột"), QStringLiteral("Cơ quan chủ trì")},
            {1, 6, 2}, {Qt::AlignHCenter}, documentFontFamily(), 11)
            .paint(rows, QPageLayout::Portrait);
        pages = w.pageNumber();
        return pages;
    });
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
    ASSERT_GT(pages, 2);
    const QString text = pdfText(path);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_EQ(text.count(QStringLiteral("Tiêu đề cột")), pages) << "the header row on every page";
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s+")));
    for (int i = 1; i <= 120; ++i)
        EXPECT_TRUE(flat.contains(
            QStringLiteral("Nhiệmvụsố%1vớimộttênrấtdàicầnxuốngdòngnhiềulầnđểkiểmtraviệcngắtdòngtiếngViệt")
                .arg(i)))
            << "row " << i;
}

class PrintTest : public dxtest::IndicatorFixture
{
};

TEST_F(PrintTest, ReportPaintsOnAnyPagedDevice)
{
    const ReportContent content =
        ReportBuilder::build(document->store(), ReportSettings::fromMap(document->store().settings()),
                             Period::year(2024), QDate(2024, 12, 31));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    const int pages = ReportPainter(content).paint(&pdf);
    EXPECT_GE(pages, 5);
    EXPECT_TRUE(buffer.data().startsWith("%PDF"));
    // Charts are drawn, not pasted: the PDF has no image XObject.
    EXPECT_FALSE(buffer.data().contains("/Subtype /Image"));
}

TEST_F(PrintTest, ThePrinterAndThePreviewGetTheSamePages)
{
    const ReportContent content =
        ReportBuilder::build(document->store(), ReportSettings::fromMap(document->store().settings()),
                             Period::year(2024), QDate(2024, 12, 31));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    const int pdfPages = ReportPainter(content).paint(&pdf);

    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printer.pdf")));
    EXPECT_EQ(ReportPainter(content).paint(&printer), pdfPages);

    QPrinter previewPrinter(QPrinter::HighResolution);
    QPrintPreviewWidget preview(&previewPrinter);
    QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
                     [&content](QPrinter *p) { ReportPainter(content).paint(p); });
    preview.updatePreview();
    EXPECT_EQ(preview.pageCount(), pdfPages);
}

TEST_F(PrintTest, SheetsDashboardAndFilteredTable)
{
    QTemporaryDir dir;
    const Id id = idOf(QStringLiteral("KTS-01"));
    ASSERT_NE(id, 0);
    const IndicatorChartData data = SheetPainter::chartData(*document, id);
    EXPECT_EQ(data.code, QStringLiteral("KTS-01"));
    const QString sheet = dir.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_TRUE(DocumentOutput::writePdf(sheet, QStringLiteral("s"), [&](QPagedPaintDevice *d) {
                    return SheetPainter::indicatorSheet(d, *document, id);
                }).ok());
    ASSERT_TRUE(DocumentOutput::writePdf(dir.filePath(QStringLiteral("chart.pdf")), QStringLiteral("c"),
                                         [&](QPagedPaintDevice *d) { return SheetPainter::chart(d, data); })
                    .ok());
    ASSERT_TRUE(
        DocumentOutput::writePdf(dir.filePath(QStringLiteral("dash.pdf")), QStringLiteral("d"),
                                 [&](QPagedPaintDevice *d) { return SheetPainter::dashboard(d, *document); })
            .ok());

    QStandardItemModel model(3, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Nhiệm vụ"), QStringLiteral("Hạn")});
    for (int r = 0; r < 3; ++r) {
        model.setItem(r, 0, new QStandardItem(QStringLiteral("Việc %1").arg(r + 1)));
        model.setItem(r, 1, new QStandardItem(QStringLiteral("31/12/2024")));
        model.item(r, 0)->setData(r == 1 ? int(TaskState::Overdue) : int(TaskState::InProgress),
                                  Qt::UserRole + 7);
    }
    const QString table = dir.filePath(QStringLiteral("table.pdf"));
    ASSERT_TRUE(DocumentOutput::writePdf(table, QStringLiteral("t"), [&](QPagedPaintDevice *d) {
                    return SheetPainter::table(d, model, QStringLiteral("Nhiệm vụ"), QString(),
                                               Qt::UserRole + 7);
                }).ok());
    const QString text = pdfText(table);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(text.contains(QStringLiteral("(!) 2"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("(!) 1")));
    EXPECT_TRUE(pdfText(sheet).contains(QStringLiteral("17,5")) ||
                pdfText(sheet).contains(QStringLiteral("17.5")));
}

TEST_F(PrintTest, ChartExportAt300DpiAndAsVectorSvg)
{
    const IndicatorChartData data = SheetPainter::chartData(*document, idOf(QStringLiteral("TQ-01")));
    const QImage img = ChartExport::image(data);
    EXPECT_EQ(img.width(), qRound(160 / 25.4 * 300));
    EXPECT_NEAR(img.dotsPerMeterX() * 0.0254, 300, 0.5);
    EXPECT_NEAR(img.dotsPerMeterY() * 0.0254, 300, 0.5);
    const QByteArray svg = ChartExport::svg(data);
    EXPECT_TRUE(svg.contains("<svg"));
    EXPECT_FALSE(svg.contains("<image")) << "vector, not a picture";
    QTemporaryDir dir;
    EXPECT_TRUE(ChartExport::savePng(dir.filePath(QStringLiteral("c.png")), data).ok());
    EXPECT_TRUE(ChartExport::saveSvg(dir.filePath(QStringLiteral("c.svg")), data).ok());
    const Status bad = ChartExport::savePng(dir.filePath(QStringLiteral("no/such/dir/c.png")), data);
    EXPECT_FALSE(bad.ok());
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("no/such/dir/c.png"))));
}

// Issue 11 item 4: the signer fields show the chosen format's signature; switching the format keeps what was
// typed for the other one.
TEST_F(PrintTest, ReportSettingsDialogKeepsASignaturePerFormat)
{
    ReportSettings s = ReportSettings::fromMap(document->store().settings());
    s.format = ReportSettings::Format::State;
    s.signerName = QStringLiteral("Nguyễn Văn A");
    s.partySignerName = QStringLiteral("Trần Thị B");
    ReportSettingsDialog dialog(s, QStringLiteral("Hải Dương"));
    auto *format = dialog.findChildren<QComboBox *>().first();
    QLineEdit *name = nullptr;
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
        if (e->text() == QStringLiteral("Nguyễn Văn A"))
            name = e;
    ASSERT_NE(name, nullptr);
    format->setCurrentIndex(format->findData(int(ReportSettings::Format::Party)));
    EXPECT_EQ(name->text(), QStringLiteral("Trần Thị B"));
    name->setText(QStringLiteral("Lê Văn C"));
    format->setCurrentIndex(format->findData(int(ReportSettings::Format::State)));
    EXPECT_EQ(name->text(), QStringLiteral("Nguyễn Văn A"));
    const ReportSettings edited = dialog.settings();
    EXPECT_EQ(edited.signerName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(edited.partySignerName, QStringLiteral("Lê Văn C"));
}

// The report's three dates: the period chosen, the data cut-off and the report's date follow the plan's
// reporting calendar, and both stay editable; a report dated before its cut-off is not accepted.
TEST_F(PrintTest, ReportPeriodDialogDefaultsTheCutOffAndDateFromTheCalendar)
{
    ReportSettings s;
    s.documentDaysAfterCutOff = 3;
    const QList<std::pair<Period, QString>> periods{{Period::year(2024), QStringLiteral("2024")},
                                                    {Period::year(2023), QStringLiteral("2023")},
                                                    {Period::half(2023, 1), QStringLiteral("2023-H1")}};
    ReportPeriodDialog dialog(periods, s, QDate(2024, 10, 1));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_EQ(dialog.period(), Period::year(2024));
    EXPECT_EQ(dialog.dates().cutOff, QDate(2024, 10, 1)) << "never a cut-off still to come";
    dialog.setPeriodIndex(1);
    EXPECT_EQ(dialog.dates().cutOff, QDate(2023, 12, 14));
    EXPECT_EQ(dialog.dates().documentDate, QDate(2023, 12, 17));
    dialog.setPeriodIndex(2);
    EXPECT_EQ(dialog.dates().cutOff, QDate(2023, 6, 14));
    EXPECT_TRUE(ok->isEnabled());
    // The cut-off edited: the date moves with it; the date edited alone stays.
    dialog.setCutOff(QDate(2023, 6, 30));
    EXPECT_EQ(dialog.dates().documentDate, QDate(2023, 7, 3));
    dialog.setDocumentDate(QDate(2023, 7, 10));
    EXPECT_EQ(dialog.dates().cutOff, QDate(2023, 6, 30));
    EXPECT_EQ(dialog.dates().documentDate, QDate(2023, 7, 10));
    dialog.setDocumentDate(QDate(2023, 6, 1));
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_FALSE(dialog.problem().isEmpty());
    dialog.setDocumentDate(QDate(2023, 6, 30));
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_EQ(dialog.findChildren<QDateEdit *>().size(), 2);
}

TEST_F(PrintTest, ReportSettingsDialogEditsTheReportingCalendar)
{
    ReportSettings s = ReportSettings::fromMap(document->store().settings());
    s.yearCutOffDay = 10;
    s.halfCutOffDay = 12;
    s.quarterCutOffDay = 20;
    s.documentDaysAfterCutOff = 4;
    ReportSettingsDialog dialog(s, QStringLiteral("Hải Dương"));
    EXPECT_EQ(dialog.settings(), s);
    const QList<QSpinBox *> boxes = dialog.findChildren<QSpinBox *>();
    ASSERT_EQ(boxes.size(), 4);
    for (QSpinBox *b : boxes)
        if (b->value() == 10)
            b->setValue(15);
    EXPECT_EQ(dialog.settings().yearCutOffDay, 15);
    EXPECT_EQ(dialog.settings().cutOffFor(Period::year(2023)), QDate(2023, 12, 15));
}

TEST_F(PrintTest, ReportSettingsDialogSavesOneUndoStep)
{
    const ReportSettings before = ReportSettings::fromMap(document->store().settings());
    ReportSettingsDialog dialog(before, QStringLiteral("Hải Dương"));
    ReportSettings edited = dialog.settings();
    EXPECT_EQ(edited.issuingAgency, before.issuingAgency);
    EXPECT_EQ(edited.recipients, before.recipients);
    edited.documentNumber = QStringLiteral("15");
    edited.signerName = QStringLiteral("Nguyễn Văn A");
    edited.format = ReportSettings::Format::Party;
    dialog.setSettings(edited);
    EXPECT_EQ(dialog.settings(), edited);

    const int steps = document->undoStack()->count();
    ASSERT_TRUE(document->setReportSettings(dialog.settings().toMap()));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(ReportSettings::fromMap(document->store().settings()), edited);
    ASSERT_TRUE(document->setReportSettings(dialog.settings().toMap())); // no change: no step
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    document->undoStack()->undo();
    EXPECT_EQ(ReportSettings::fromMap(document->store().settings()).documentNumber, before.documentNumber);
    EXPECT_EQ(ReportSettings::fromMap(document->store().settings()).format, ReportSettings::Format::State);
}

void collectMenuTexts(const QList<QAction *> &actions, QStringList *out)
{
    for (QAction *a : actions) {
        *out << a->text();
        if (a->menu())
            collectMenuTexts(a->menu()->actions(), out);
    }
}

TEST(PrintMenus, TheWindowOffersEveryPrintableThing)
{
    QTemporaryDir dir;
    auto store = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("p.dxplan")),
                                                  QStringLiteral("resolution-06"));
    ASSERT_TRUE(store.ok());
    MainWindow window;
    window.setPlan(std::move(store.value()));
    QStringList texts;
    collectMenuTexts(window.menuBar()->actions(), &texts);
    for (const char *t :
         {"Meeting &report", "Report &settings...", "&Dashboard", "&Task table", "&Chart", "&Copy chart",
          "Save as P&NG (300 dpi)...", "Save as &SVG...", "Indicator &sheet", "Export as &Word..."})
        EXPECT_TRUE(texts.contains(QString::fromUtf8(t))) << t;
    EXPECT_GE(texts.count(QStringLiteral("Print pre&view...")), 5);
    EXPECT_GE(texts.count(QStringLiteral("&Export to PDF...")), 5);
}

} // namespace
