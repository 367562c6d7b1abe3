// SPDX-License-Identifier: GPL-3.0-or-later
// `dxplanner report PLAN --out x.docx` end to end: the real binary writes the Word document, LibreOffice
// (soffice --headless, libreoffice-writer-nogui) opens it and converts it to PDF, and pdftotext reads the
// result back: the header of a Vietnamese official document, every target of Biểu 01 with the values its
// row prints, and every group title of Biểu 02. A file that opens in Writer is also a file Word opens;
// the Word-specific parts (styles, header rows, the PAGE field) are checked in the XML by
// tests/core/test_report_docx.cpp. Also: an unknown suffix is a usage error that writes nothing.
#include "cli_fixture.h"

#include "io/PlanImporter.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ostream>

namespace dx {
namespace {

using test::ProcessRun;

/// NFC, without white space: table cells wrap, so text is compared letter by letter.
QString squeeze(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_C);
    out.remove(QRegularExpression(QStringLiteral("\\s+")));
    return out;
}

class ReportDocxCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        m_binary = test::dxplannerBinary();
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        ASSERT_TRUE(m_dir.isValid());
        for (const char *sub : {"home/.config", "runtime", "out"})
            QDir(m_dir.path()).mkpath(QString::fromLatin1(sub));
        QFile::setPermissions(path(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const ProcessRun made = exec(m_binary, {QStringLiteral("new"), plan()});
        ASSERT_EQ(made.exitCode, 0) << made;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString plan() const { return path(QStringLiteral("plan.dxplan")); }

    ProcessRun exec(const QString &program, const QStringList &args, int timeoutMs = 120000) const
    {
        return test::runProgram(m_dir.path(), program, args, timeoutMs);
    }

    /// The text of @p docx as LibreOffice lays it out (converted to PDF, then pdftotext -raw: in the order
    /// of the page's content, so a wrapped table cell reads as one run, which -layout interleaves with the
    /// cells beside it).
    QString libreOfficeText(const QString &docx) const
    {
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        const ProcessRun converted =
            exec(soffice,
                 {QStringLiteral("--headless"), QStringLiteral("--norestore"),
                  QStringLiteral("-env:UserInstallation=file://") + path(QStringLiteral("lo")),
                  QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"),
                  path(QStringLiteral("out")), docx},
                 180000);
        EXPECT_EQ(converted.exitCode, 0) << converted;
        const QString pdf =
            path(QStringLiteral("out/") + QFileInfo(docx).completeBaseName() + QStringLiteral(".pdf"));
        EXPECT_TRUE(QFileInfo(pdf).size() > 0) << "LibreOffice did not convert the document\n" << converted;
        const ProcessRun text =
            exec(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                               QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        EXPECT_EQ(text.exitCode, 0) << text;
        return text.out.normalized(QString::NormalizationForm_C);
    }

    QString m_binary;
    QTemporaryDir m_dir;
};

TEST_F(ReportDocxCli, LibreOfficeOpensTheWordReportWithHeaderTargetsAndGroups)
{
    if (QStandardPaths::findExecutable(QStringLiteral("soffice")).isEmpty())
        GTEST_SKIP() << "soffice (libreoffice-writer-nogui) is not installed";
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString docx = path(QStringLiteral("x.docx"));
    const ProcessRun r = exec(m_binary, {QStringLiteral("report"), plan(), QStringLiteral("--out"), docx,
                                         QStringLiteral("--as-of"), QStringLiteral("2024-12-31"),
                                         QStringLiteral("--period"), QStringLiteral("2024")});
    ASSERT_EQ(r.exitCode, 0) << r;
    ASSERT_TRUE(r.out.contains(QStringLiteral("x.docx"))) << r;
    QFile f(docx);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    ASSERT_TRUE(f.read(2) == "PK") << "a zip archive";
    f.close();

    const QString all = libreOfficeText(docx);
    const QString flat = squeeze(all);
    ASSERT_FALSE(flat.isEmpty());

    // What the report says, computed the way the command computes it (same plan, settings and dates).
    auto store = PlanStore::open(plan());
    ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
    const ReportContent content =
        ReportBuilder::build(*store.value(), ReportSettings::fromMap(store.value()->settings()),
                             Period::year(2024), QDate(2024, 12, 31));
    for (const char *line :
         {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH HẢI DƯƠNG",
          "BÁO CÁO", "Hải Dương, ngày 31 tháng 12 năm 2024", "Nơi nhận:"})
        EXPECT_TRUE(all.contains(QString::fromUtf8(line))) << line;
    for (const QString &s : {content.agencyIssuer, content.number, content.subject, content.periodLine,
                             content.targets.label, content.tasks.label, content.targets.title})
        EXPECT_TRUE(flat.contains(squeeze(s))) << s.toStdString();
    EXPECT_TRUE(flat.contains(squeeze(QStringLiteral("Số: /BC-STTTT"))));

    // Every target of Biểu 01 with the values its row prints (code, name, unit, the milestone targets).
    const auto bare = [](const QString &cell) {
        QString s = squeeze(cell);
        s.remove(QChar(0x2265));
        s.remove(QChar(0x2264));
        return s;
    };
    int targets = 0, symbols = 0;
    for (const ReportRow &row : content.targets.rows) {
        if (row.kind != ReportRow::Kind::Data)
            continue;
        ++targets;
        EXPECT_TRUE(flat.contains(squeeze(row.cells.value(2))))
            << "target " << row.cells.value(2).toStdString();
        for (int c = 1; c < row.cells.size(); ++c)
            EXPECT_TRUE(flat.contains(bare(row.cells.value(c))))
                << row.cells.value(1).toStdString() << " column " << c << ": "
                << row.cells.value(c).toStdString();
        for (const QString &cell : row.cells)
            symbols += int(cell.count(QChar(0x2265)) + cell.count(QChar(0x2264)));
    }
    // "≥ 90": LibreOffice draws "≥" from a fallback font, and the text layer may put it a few words away
    // from its number; so the values are compared without it, and every symbol is counted.
    EXPECT_GE(int(all.count(QChar(0x2265)) + all.count(QChar(0x2264))), symbols);
    EXPECT_GE(targets, 10);
    int groups = 0;
    for (const ReportRow &row : content.tasks.rows) {
        if (row.kind != ReportRow::Kind::Heading)
            continue;
        ++groups;
        EXPECT_TRUE(flat.contains(squeeze(row.cells.value(1)))) << row.cells.value(1).toStdString();
    }
    EXPECT_GE(groups, 5);
}

TEST_F(ReportDocxCli, AnUnknownSuffixIsAUsageErrorAndWritesNothing)
{
    const QString odt = path(QStringLiteral("report.odt"));
    const ProcessRun r = exec(m_binary, {QStringLiteral("report"), plan(), QStringLiteral("--out"), odt});
    EXPECT_EQ(r.exitCode, 1) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral(".docx"))) << r;
    EXPECT_FALSE(QFileInfo::exists(odt));
    // A .docx that cannot be written: exit 2, nothing left behind.
    const QString missing = path(QStringLiteral("no/such/folder/r.docx"));
    const ProcessRun bad =
        exec(m_binary, {QStringLiteral("report"), plan(), QStringLiteral("--out"), missing});
    EXPECT_EQ(bad.exitCode, 2) << bad;
    EXPECT_TRUE(bad.err.contains(QStringLiteral("r.docx"))) << bad;
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("no"))));
}

} // namespace
} // namespace dx
