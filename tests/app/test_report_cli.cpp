// SPDX-License-Identifier: GPL-3.0-or-later
// `dxplanner report` end to end: the meeting report of the bundled plan written as PDF by the real
// binary, then read back with poppler-utils (pdftotext, pdffonts, pdfimages, pdfinfo): the header of a
// Vietnamese official document, every target with its milestone values, the group titles and page
// numbers are in the text layer; fonts are embedded; charts are vectors; every page is A4. Also the
// refusals: an output that cannot be written leaves no file, an old file is replaced only whole.
#include "cli_fixture.h"

#include <gtest/gtest.h>

#include <algorithm>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ostream>

namespace dx {
namespace {

using test::ProcessRun;

/// Text without any white space, NFC: table cells wrap, so names are compared letter by letter.
QString squeeze(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_C);
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

class ReportCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        m_binary = test::dxplannerBinary();
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        for (const char *tool : {"pdftotext", "pdffonts", "pdfimages", "pdfinfo"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                GTEST_SKIP() << tool << " (poppler-utils) is not installed";
        ASSERT_TRUE(m_dir.isValid());
        test::prepareRunFolder(m_dir.path());
        const ProcessRun made = dx({QStringLiteral("new"), plan()});
        ASSERT_EQ(made.exitCode, 0) << made;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString plan() const { return path(QStringLiteral("plan.dxplan")); }

    ProcessRun exec(const QString &program, const QStringList &args) const
    {
        return test::runProgram(m_dir.path(), program, args);
    }
    ProcessRun dx(const QStringList &args) const { return exec(m_binary, args); }

    /// Writes the report with @p extra arguments to @p out; fails the test if it does not succeed.
    void report(const QString &out, const QStringList &extra = {}) const
    {
        const ProcessRun r = dx(QStringList{QStringLiteral("report"), plan(), QStringLiteral("--out"), out,
                                            QStringLiteral("--as-of"), QStringLiteral("2024-12-31")} +
                                extra);
        ASSERT_EQ(r.exitCode, 0) << r;
        ASSERT_TRUE(QFileInfo::exists(out));
    }

    QString text(const QString &pdf, int page = 0) const
    {
        QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
        if (page > 0)
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        const ProcessRun r = exec(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
        EXPECT_EQ(r.exitCode, 0) << r;
        return r.out.normalized(QString::NormalizationForm_C);
    }

    int pages(const QString &pdf) const
    {
        const ProcessRun r = exec(QStringLiteral("pdfinfo"), {pdf});
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(r.out);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }

    static QJsonObject bundledTemplate()
    {
        QFile f(qEnvironmentVariable("DX_SOURCE_DIR") +
                QStringLiteral("/resources/templates/resolution-06.json"));
        EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << "set DX_SOURCE_DIR to the source tree";
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    QString m_binary;
    QTemporaryDir m_dir;
};

TEST_F(ReportCli, BundledPlanReportHasTheOfficialHeaderTargetsGroupsAndPageNumbers)
{
    const QString pdf = path(QStringLiteral("report.pdf"));
    report(pdf, {QStringLiteral("--period"), QStringLiteral("2024")});
    const QString all = text(pdf);
    const QString flat = squeeze(all);

    for (const char *line :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH HẢI DƯƠNG",
          "BÁO CÁO", "Hải Dương, ngày 31 tháng 12 năm 2024", "Nơi nhận:", "Biểu 01", "Biểu 02"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(line))) << line;
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"))));
    // Broken as planners break it: "và" goes down with the words it joins (issue 11 item 6).
    const QStringList lines = text(pdf, 1).split(QLatin1Char('\n'));
    EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) {
        return l.trimmed().startsWith(QStringLiteral("VÀ TRUYỀN THÔNG")) ||
               l.trimmed().startsWith(QStringLiteral("VÀ") + QChar(QChar::Nbsp) +
                                      QStringLiteral("TRUYỀN THÔNG"));
    })) << text(pdf, 1).left(400).toStdString();
    // Sections I to V, in order (issue 11 item 3).
    qsizetype at = -1;
    for (const char *heading : {"I. CÔNG TÁC LÃNH ĐẠO", "II. KẾT QUẢ THỰC HIỆN", "III. TỒN TẠI, HẠN CHẾ",
                                "IV. NHIỆM VỤ, GIẢI PHÁP", "V. ĐỀ XUẤT, KIẾN NGHỊ"}) {
        const qsizetype next = flat.indexOf(squeeze(QString::fromUtf8(heading)));
        EXPECT_GT(next, at) << heading;
        at = next;
    }
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Số: /BC-STTTT"))));
    EXPECT_TRUE(flat.contains(
        squeeze(QStringLiteral("Kết quả thực hiện Nghị quyết số 06-NQ/TU ngày 26/03/2021 của Ban Chấp hành "
                               "Đảng bộ tỉnh Hải Dương về "
                               "chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030"))));
    EXPECT_TRUE(
        flat.contains(squeeze(QStringLiteral("(Kỳ báo cáo: năm 2024; số liệu tính đến ngày 31/12/2024)"))));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("- Lưu: VT, CĐS."))));

    // Every target, in Biểu 01 (cells in painting order: name, unit, then the milestone targets).
    const QJsonObject tmpl = bundledTemplate();
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    const QJsonArray indicators = tmpl.value(QStringLiteral("indicators")).toArray();
    ASSERT_FALSE(indicators.isEmpty());
    for (const QJsonValue &v : indicators) {
        const QJsonObject ind = v.toObject();
        const QString name = ind.value(QStringLiteral("name")).toString();
        QString row = squeeze(name + ind.value(QStringLiteral("unit")).toString());
        for (int year : {2025, 2030}) {
            QString cell = QStringLiteral("-");
            for (const QJsonValue &t : ind.value(QStringLiteral("targets")).toArray()) {
                const QJsonObject target = t.toObject();
                if (target.value(QStringLiteral("year")).toInt() != year)
                    continue;
                const double value = target.value(QStringLiteral("value")).toDouble();
                if (ind.value(QStringLiteral("kind")).toString() == QLatin1String("stage")) {
                    cell = ind.value(QStringLiteral("stageNames")).toArray().at(int(value) - 1).toString();
                } else {
                    const QString cmp = target.value(QStringLiteral("comparison")).toString();
                    const QString symbol = cmp == QLatin1String(">=")   ? QStringLiteral("≥")
                                           : cmp == QLatin1String("<=") ? QStringLiteral("≤")
                                                                        : cmp;
                    cell = symbol + vi.toString(value, 'f', 0);
                }
            }
            row += squeeze(cell);
        }
        EXPECT_TRUE(flat.contains(row)) << "target row not found: " << row.toStdString();
        EXPECT_TRUE(flat.contains(squeeze(name))) << name.toStdString();
    }
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Mục tiêu 2025")))) << "milestone columns from the plan";
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Mục tiêu 2030"))));

    for (const QJsonValue &g : tmpl.value(QStringLiteral("groups")).toArray())
        EXPECT_TRUE(flat.contains(squeeze(g.toObject().value(QStringLiteral("title")).toString())))
            << g.toObject().value(QStringLiteral("title")).toString().toStdString();

    // Page numbers: none on page 1, then the number first on each page.
    const int count = pages(pdf);
    ASSERT_GE(count, 4);
    EXPECT_NE(text(pdf, 1).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QStringLiteral("1"));
    for (int p = 2; p <= count; ++p)
        EXPECT_EQ(text(pdf, p).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(), QString::number(p))
            << "page " << p;
}

// A report for a past period made today: its figures are those of the period's cut-off in the plan's
// reporting calendar (14/12 for a year), never today's; --date dates the document, --as-of still sets the
// cut-off, and both take DD/MM/YYYY too.
TEST_F(ReportCli, APeriodAloneTakesTheCalendarsCutOffAndDateDatesTheDocument)
{
    const QString pdf = path(QStringLiteral("r2023.pdf"));
    ProcessRun r = dx({QStringLiteral("report"), plan(), QStringLiteral("--out"), pdf,
                       QStringLiteral("--period"), QStringLiteral("2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QString flat = squeeze(text(pdf));
    EXPECT_TRUE(
        flat.contains(squeeze(QStringLiteral("(Kỳ báo cáo: năm 2023; số liệu tính đến ngày 14/12/2023)"))))
        << text(pdf, 1).left(1200).toStdString();
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Hải Dương, ngày 14 tháng 12 năm 2023"))));
    const QString today = QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"));
    EXPECT_FALSE(flat.contains(squeeze(QStringLiteral("số liệu tính đến ngày ") + today)));
    // The bundled plan's tasks are there: what the file was made with counts at an earlier cut-off.
    for (const QJsonValue &t : bundledTemplate().value(QStringLiteral("tasks")).toArray())
        EXPECT_TRUE(flat.contains(squeeze(t.toObject().value(QStringLiteral("title")).toString()).left(40)))
            << t.toObject().value(QStringLiteral("title")).toString().toStdString();

    const QString dated = path(QStringLiteral("dated.pdf"));
    r = dx({QStringLiteral("report"), plan(), QStringLiteral("--out"), dated, QStringLiteral("--period"),
            QStringLiteral("2023-H1"), QStringLiteral("--date"), QStringLiteral("20/06/2023")});
    ASSERT_EQ(r.exitCode, 0) << r;
    flat = squeeze(text(dated));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Hải Dương, ngày 20 tháng 6 năm 2023"))));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("số liệu tính đến ngày 14/06/2023"))));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("ngày 20/06/2023)")))) << "the appendices' note";

    const QString cut = path(QStringLiteral("cut.pdf"));
    r = dx({QStringLiteral("report"), plan(), QStringLiteral("--out"), cut, QStringLiteral("--period"),
            QStringLiteral("2023"), QStringLiteral("--as-of"), QStringLiteral("31/10/2023"),
            QStringLiteral("--date"), QStringLiteral("2023-11-05")});
    ASSERT_EQ(r.exitCode, 0) << r;
    flat = squeeze(text(cut));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("số liệu tính đến ngày 31/10/2023"))));
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Hải Dương, ngày 05 tháng 11 năm 2023"))));

    r = dx({QStringLiteral("report"), plan(), QStringLiteral("--out"), cut, QStringLiteral("--date"),
            QStringLiteral("31/13/2023")});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("31/13/2023"))) << r;
}

TEST_F(ReportCli, FontsAreEmbeddedChartsAreVectorsAndPagesAreA4)
{
    const QString pdf = path(QStringLiteral("report.pdf"));
    report(pdf);
    const ProcessRun fonts = exec(QStringLiteral("pdffonts"), {pdf});
    ASSERT_EQ(fonts.exitCode, 0) << fonts;
    const QStringList rows = fonts.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(rows.isEmpty());
    for (const QString &row : rows) {
        EXPECT_TRUE(
            row.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+"))))
            << row.toStdString();
        EXPECT_TRUE(row.startsWith(QLatin1String("Noto"))) << "only the bundled fonts: " << row.toStdString();
    }

    const ProcessRun images = exec(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    ASSERT_EQ(images.exitCode, 0) << images;
    EXPECT_EQ(images.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2) << "no raster images:\n"
                                                                                 << images.out.toStdString();

    const int count = pages(pdf);
    const ProcessRun info =
        exec(QStringLiteral("pdfinfo"),
             {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QString::number(count), pdf});
    const auto sizes = QRegularExpression(QStringLiteral("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts"))
                           .globalMatch(info.out);
    int seen = 0;
    for (auto it = sizes; it.hasNext();) {
        const auto m = it.next();
        const double w = m.captured(1).toDouble(), h = m.captured(2).toDouble();
        EXPECT_NEAR(std::min(w, h), 595.3, 0.5);
        EXPECT_NEAR(std::max(w, h), 841.9, 0.5);
        ++seen;
    }
    EXPECT_EQ(seen, count);
    EXPECT_TRUE(info.out.contains(
        QRegularExpression(QStringLiteral("Page\\s+1 size:\\s+595[.\\d]* x 84[12][.\\d]* pts"))))
        << "page 1 portrait";
}

TEST_F(ReportCli, PartyFormatEnglishAndPeriods)
{
    const QString party = path(QStringLiteral("party.pdf"));
    report(party, {QStringLiteral("--format"), QStringLiteral("party"), QStringLiteral("--period"),
                   QStringLiteral("2024-H1")});
    const QString p = squeeze(text(party));
    EXPECT_TRUE(p.contains(squeeze(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"))));
    EXPECT_TRUE(p.contains(squeeze(QStringLiteral("BAN THƯỜNG VỤ TỈNH ỦY"))));
    EXPECT_TRUE(p.contains(squeeze(QStringLiteral("Số -BC/TU"))));
    EXPECT_TRUE(p.contains(squeeze(QStringLiteral("6 tháng đầu năm 2024"))));
    EXPECT_FALSE(p.contains(squeeze(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))));

    const QString en = path(QStringLiteral("en.pdf"));
    report(en, {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--period"),
                QStringLiteral("2024-Q3")});
    const QString e = text(en);
    for (const char *s : {"SOCIALIST REPUBLIC OF VIET NAM", "REPORT", "Table 01", "Table 02", "Q3 2024",
                          "Recipients:", "Hai Duong, 31 December 2024"})
        EXPECT_TRUE(e.contains(QString::fromUtf8(s))) << s;
    // The subject wraps, but never inside the resolution's code (it broke as "06-" / "NQ/TU").
    EXPECT_TRUE(e.contains(QStringLiteral("Resolution No. 06-NQ/TU")) ||
                e.contains(QStringLiteral("06-NQ/TU of 26/03/2021")))
        << e.left(800).toStdString();
    // The agencies, signer and recipients in English, from the plan's English names: no Vietnamese left.
    for (const char *s :
         {"HAI DUONG PROVINCIAL PEOPLE'S COMMITTEE", "DEPARTMENT OF INFORMATION AND COMMUNICATIONS",
          "FOR THE DIRECTOR", "DEPUTY DIRECTOR", "Provincial People's Committee (for reporting);"})
        EXPECT_TRUE(squeeze(e).contains(squeeze(QString::fromUtf8(s)))) << s;
    for (const char *s : {"SỞ THÔNG TIN", "GIÁM ĐỐC", "UBND tỉnh (để b/c)", "Sở TT&TT"})
        EXPECT_FALSE(squeeze(e).contains(squeeze(QString::fromUtf8(s)))) << s;
    EXPECT_TRUE(squeeze(e).contains(
        squeeze(QStringLiteral("Provincial rank in the national digital-transformation index"))));
}

TEST_F(ReportCli, UnwritableOutputIsRefusedAndLeavesNoFile)
{
    const QString missingDir = path(QStringLiteral("no/such/folder/report.pdf"));
    const ProcessRun r = dx({QStringLiteral("report"), plan(), QStringLiteral("--out"), missingDir});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("report.pdf"))) << r;
    EXPECT_FALSE(QFileInfo::exists(missingDir));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));

    // /proc refuses new files even for root (CI runs as root, so no chmod trick).
    const ProcessRun proc = dx(
        {QStringLiteral("report"), plan(), QStringLiteral("--out"), QStringLiteral("/proc/dx-report.pdf")});
    EXPECT_EQ(proc.exitCode, 2) << proc;
    EXPECT_FALSE(QFileInfo::exists(QStringLiteral("/proc/dx-report.pdf")));

    const ProcessRun noOut = dx({QStringLiteral("report"), plan()});
    EXPECT_EQ(noOut.exitCode, 1) << noOut;
}

TEST_F(ReportCli, ExistingFileIsReplacedOnlyByACompleteReport)
{
    const QString out = path(QStringLiteral("report.pdf"));
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old report");
    }
    // Refused before anything is written: the old file stays as it was.
    for (const QStringList &bad : {QStringList{QStringLiteral("--period"), QStringLiteral("2024-H3")},
                                   QStringList{QStringLiteral("--format"), QStringLiteral("memo")},
                                   QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}}) {
        const ProcessRun r =
            dx(QStringList{QStringLiteral("report"), plan(), QStringLiteral("--out"), out} + bad);
        EXPECT_EQ(r.exitCode, 1) << r;
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), QByteArray("old report"));
    }
    const ProcessRun missing =
        dx({QStringLiteral("report"), path(QStringLiteral("missing.dxplan")), QStringLiteral("--out"), out});
    EXPECT_EQ(missing.exitCode, 2) << missing;

    report(out);
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
    // QSaveFile's temporary file is gone: only the plan, the report and the test's folders remain.
    QStringList names = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QStringLiteral("plan.dxplan"));
    names.removeAll(QStringLiteral("report.pdf"));
    names.removeIf([](const QString &n) { return n.startsWith(QLatin1String("plan.dxplan-")); });
    EXPECT_TRUE(names.isEmpty()) << names.join(QLatin1Char(' ')).toStdString();
}

} // namespace
} // namespace dx
