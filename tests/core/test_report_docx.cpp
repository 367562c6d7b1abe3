// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting report as a Word document (core/io/ReportDocxWriter), read back with libzip and
// QXmlStreamReader: every part well-formed, the styles' font and size, the decree's page and margins, the
// repeated header rows of Biểu 01 and 02, no page number on page 1 and a PAGE field after it, every target
// of Biểu 01 and every group title in the text, NFC text; charts asked for one at a time, in order; a
// chart that cannot be drawn, or a destination that is not a regular file, writes nothing.
#include "io/PlanImporter.h"
#include "io/ReportDocxWriter.h"
#include "report/ReportContent.h"
#include "report/ReportLayout.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <zip.h>

namespace dx {
namespace {

/// Every entry of the zip at @p path, in archive order (names) and by name (bytes).
struct Archive
{
    QStringList names;
    QMap<QString, QByteArray> parts;
};

Archive readArchive(const QString &path)
{
    Archive a;
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    EXPECT_NE(zip, nullptr) << "not a zip: " << error;
    if (!zip)
        return a;
    const zip_int64_t n = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        EXPECT_EQ(zip_stat_index(zip, zip_uint64_t(i), 0, &st), 0);
        EXPECT_TRUE(st.valid & ZIP_STAT_SIZE);
        EXPECT_LT(st.size, zip_uint64_t(64 << 20)) << st.name;
        if (!(st.valid & ZIP_STAT_SIZE) || st.size >= zip_uint64_t(64 << 20))
            continue;
        QByteArray bytes(qsizetype(st.size), '\0');
        zip_file_t *f = zip_fopen_index(zip, zip_uint64_t(i), 0);
        EXPECT_NE(f, nullptr);
        if (f) {
            EXPECT_EQ(zip_fread(f, bytes.data(), st.size), zip_int64_t(st.size));
            zip_fclose(f);
        }
        const QString name = QString::fromUtf8(st.name);
        a.names << name;
        a.parts.insert(name, bytes);
    }
    zip_discard(zip);
    return a;
}

/// The text of each w:p of @p xml (its w:t runs joined, a w:br as a space); fails on bad XML.
QStringList paragraphs(const QByteArray &xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("p"))
            current.clear();
        else if (r.isStartElement() && r.name() == QLatin1String("t"))
            current += r.readElementText();
        else if (r.isStartElement() && r.name() == QLatin1String("br"))
            current += QLatin1Char(' ');
        else if (r.isEndElement() && r.name() == QLatin1String("p"))
            out << current;
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return out;
}

QString flat(QString s)
{
    s.replace(QChar(QChar::Nbsp), QLatin1Char(' '));
    return s.simplified();
}

class ReportDocxTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = PlanImporter::createFromTemplate(m_dir.filePath(QStringLiteral("p.dxplan")),
                                                      QStringLiteral("resolution-06"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());
    }
    ReportContent build(ReportSettings s) const
    {
        return ReportBuilder::build(*m_store, s, Period::year(2024), QDate(2024, 12, 31));
    }
    ReportSettings settings() const { return ReportSettings::fromMap(m_store->settings()); }
    /// Fake chart pictures: the writer only stores them.
    ReportDocxWriter::ChartPng fakeCharts(QList<int> *asked = nullptr) const
    {
        return [asked](int index, const QSizeF &) -> QByteArray {
            if (asked)
                asked->append(index);
            return QByteArray("\x89PNG fake chart ") + QByteArray::number(index);
        };
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
};

TEST_F(ReportDocxTest, PartsStylesPageAndTablesAreWordsOwn)
{
    ReportSettings s = settings();
    // A decomposed (NFD) name, as some input methods type it: the document holds it composed.
    s.signerName = QStringLiteral("Nguyễn Văn An").normalized(QString::NormalizationForm_D);
    const ReportContent content = build(s);
    ASSERT_FALSE(content.targets.rows.isEmpty());
    ASSERT_FALSE(content.charts.isEmpty());
    QList<int> asked;
    const QString out = path(QStringLiteral("r.docx"));
    const Status written = ReportDocxWriter::write(out, content, fakeCharts(&asked));
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    const Archive a = readArchive(out);
    ASSERT_FALSE(a.names.isEmpty());
    EXPECT_EQ(a.names.first(), QStringLiteral("[Content_Types].xml"));
    for (const char *part :
         {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml", "word/header1.xml",
          "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"})
        EXPECT_TRUE(a.parts.contains(QString::fromLatin1(part))) << part;
    for (auto it = a.parts.cbegin(); it != a.parts.cend(); ++it)
        if (it.key().endsWith(QLatin1String(".xml")) || it.key().endsWith(QLatin1String(".rels"))) {
            QXmlStreamReader r(it.value());
            while (!r.atEnd())
                r.readNext();
            EXPECT_FALSE(r.hasError()) << it.key().toStdString() << ": " << r.errorString().toStdString();
        }

    // Charts: one picture each (and the overdue chart), asked for once each, in order.
    const int charts = int(content.charts.size()) + (content.hasOverdueChart ? 1 : 0);
    QList<int> expected;
    for (int i = 0; i < charts; ++i) {
        expected << i;
        EXPECT_EQ(a.parts.value(QStringLiteral("word/media/chart%1.png").arg(i + 1)),
                  QByteArray("\x89PNG fake chart ") + QByteArray::number(i));
    }
    EXPECT_EQ(asked, expected);

    // Streamed: when chart i is asked for, chart i - 1 is already in libzip's temporary file (so at most
    // one picture is held), which grows from one call to the next.
    QList<qint64> partial;
    const QString streamed = path(QStringLiteral("s.docx"));
    const Status again = ReportDocxWriter::write(streamed, content, [&](int index, const QSizeF &) {
        qint64 size = -1;
        for (const QFileInfo &f : QDir(m_dir.path()).entryInfoList({QStringLiteral("s.docx.*")}, QDir::Files))
            size = f.size();
        partial << size;
        return QByteArray(4096, char('a' + index % 26)); // 4 KiB each, stored as they are
    });
    ASSERT_TRUE(again.ok());
    ASSERT_EQ(partial.size(), charts);
    for (int i = 1; i < partial.size(); ++i)
        EXPECT_GE(partial[i], partial[i - 1] + 4096) << "chart " << i;
    EXPECT_TRUE(a.parts.value(QStringLiteral("[Content_Types].xml")).contains("Extension=\"png\""));

    // Styles: Times New Roman in every script slot, 13 pt (26 half points) for a state document.
    const QByteArray styles = a.parts.value(QStringLiteral("word/styles.xml"));
    EXPECT_TRUE(styles.contains("w:ascii=\"Times New Roman\""));
    EXPECT_TRUE(styles.contains("w:eastAsia=\"Times New Roman\""));
    EXPECT_TRUE(styles.contains("w:cs=\"Times New Roman\""));
    EXPECT_TRUE(styles.contains("<w:sz w:val=\"26\"/>"));
    EXPECT_TRUE(styles.contains("w:styleId=\"Heading1\""));
    EXPECT_TRUE(styles.contains("<w:keepNext/>"));
    EXPECT_TRUE(styles.contains("w:firstLine=\"720\"")) << "first line indented 1.27 cm";
    EXPECT_TRUE(styles.contains("w:styleId=\"DxReportTable\""));

    // The page: A4, the decree's margins (20/20/30/15 mm), page 1 without a number, a PAGE field after.
    const QByteArray doc = a.parts.value(QStringLiteral("word/document.xml"));
    EXPECT_TRUE(doc.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
    EXPECT_TRUE(doc.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        << "Biểu 01 and 02 landscape, as in the PDF";
    EXPECT_TRUE(doc.contains("w:top=\"1134\" w:right=\"850\" w:bottom=\"1134\" w:left=\"1701\""));
    EXPECT_EQ(doc.count("<w:titlePg/>"), 1);
    EXPECT_TRUE(a.parts.value(QStringLiteral("word/header1.xml")).contains(" PAGE "));
    EXPECT_TRUE(a.parts.value(QStringLiteral("word/_rels/document.xml.rels")).contains("header1.xml"));

    // Biểu 01 and Biểu 02: each a table whose first row repeats on every page.
    const qsizetype table01 = doc.indexOf(content.targets.title.toUtf8());
    const qsizetype table02 = doc.indexOf(content.tasks.title.toUtf8());
    ASSERT_GT(table01, 0);
    ASSERT_GT(table02, table01);
    const qsizetype header01 = doc.indexOf("<w:tblHeader/>", table01);
    EXPECT_GT(header01, table01);
    EXPECT_LT(header01, table02);
    EXPECT_GT(doc.indexOf("<w:tblHeader/>", table02), table02);
    EXPECT_EQ(doc.count("<w:tblHeader/>"), 2);
    EXPECT_TRUE(doc.contains("<w:gridSpan w:val=\"8\"/>")) << "a group's title across Biểu 02";

    const QStringList text = paragraphs(doc);
    const QString all = flat(text.join(QLatin1Char('\n')));
    for (const QString &line : {content.nation, content.motto, content.agencyParent, content.documentType,
                                content.placeDate, content.recipientsLabel})
        EXPECT_TRUE(all.contains(flat(line))) << line.toStdString();
    EXPECT_TRUE(all.contains(flat(content.agencyIssuer))) << "broken into two lines, every word kept";
    EXPECT_TRUE(all.contains(QStringLiteral("Nguyễn Văn An")));
    for (const QString &p : text)
        EXPECT_EQ(p, p.normalized(QString::NormalizationForm_C)) << p.toStdString();
    int targets = 0;
    for (const ReportRow &row : content.targets.rows) {
        if (row.kind != ReportRow::Kind::Data)
            continue;
        ++targets;
        EXPECT_TRUE(text.contains(row.cells.value(2))) << "target " << row.cells.value(2).toStdString();
    }
    EXPECT_GE(targets, 10);
    for (const ReportRow &row : content.tasks.rows) {
        if (row.kind != ReportRow::Kind::Heading)
            continue;
        EXPECT_TRUE(text.contains(row.cells.value(1))) << row.cells.value(1).toStdString();
    }
}

TEST_F(ReportDocxTest, PartyFormatAndLandscapeChartsFollowTheSettings)
{
    ReportSettings s = settings();
    s.format = ReportSettings::Format::Party;
    s.chartLayout = ReportSettings::ChartLayout::OnePerLandscapePage;
    const ReportContent content = build(s);
    const QString out = path(QStringLiteral("party.docx"));
    ASSERT_TRUE(ReportDocxWriter::write(out, content, fakeCharts()).ok());
    const Archive a = readArchive(out);
    EXPECT_TRUE(a.parts.value(QStringLiteral("word/styles.xml")).contains("<w:sz w:val=\"28\"/>"))
        << "Party documents: 14 pt";
    const QString all =
        flat(paragraphs(a.parts.value(QStringLiteral("word/document.xml"))).join(QLatin1Char(' ')));
    EXPECT_TRUE(all.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    EXPECT_FALSE(all.contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
    const QSizeF chart = ReportDocxWriter::chartSizeMm(content);
    EXPECT_DOUBLE_EQ(chart.width(), ReportLayout::kPaperHeightMm - ReportLayout::kMarginLeftMm -
                                        ReportLayout::kMarginRightMm);
    // The last section (the charts) is landscape too.
    const QByteArray doc = a.parts.value(QStringLiteral("word/document.xml"));
    const qsizetype last = doc.lastIndexOf("<w:sectPr");
    EXPECT_GT(doc.indexOf("w:orient=\"landscape\"", last), last);
}

TEST_F(ReportDocxTest, AFailedChartOrAnOddDestinationWritesNothing)
{
    const ReportContent content = build(settings());
    const QString out = path(QStringLiteral("old.docx"));
    {
        QFile f(out);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("old report");
    }
    // The third chart cannot be drawn: the old file stays as it was, and no temporary file is left.
    const Status failed = ReportDocxWriter::write(out, content, [](int index, const QSizeF &) {
        return index == 2 ? QByteArray() : QByteArray("\x89PNG");
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, Error::Code::Io);
    EXPECT_TRUE(failed.error().message.contains(QStringLiteral("old.docx")));
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("old report"));
    EXPECT_EQ(QDir(m_dir.path()).entryList({QStringLiteral("old.docx*")}, QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("old.docx")})
        << "no temporary file left";

    const QString missing = path(QStringLiteral("no/such/folder/r.docx"));
    EXPECT_FALSE(ReportDocxWriter::write(missing, content, fakeCharts()).ok());
    EXPECT_FALSE(QFileInfo::exists(missing));
    // A device is never replaced by a file (libzip renames its temporary file over the destination).
    const Status device = ReportDocxWriter::write(QStringLiteral("/dev/null"), content, fakeCharts());
    EXPECT_FALSE(device.ok());
    EXPECT_TRUE(QFileInfo(QStringLiteral("/dev/null")).exists() &&
                !QFileInfo(QStringLiteral("/dev/null")).isFile());
}

} // namespace
} // namespace dx
