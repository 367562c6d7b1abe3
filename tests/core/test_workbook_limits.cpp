// SPDX-License-Identifier: GPL-3.0-or-later
// The readers' memory limit (WorkbookLimits::maxCells): a small returned file must not make the program
// hold hundreds of millions of cells. Found by review while adding tests/fuzz/fuzz_workbook.cpp: a sheet
// naming one cell at column AMJ on every row was padded to 1,024 cells a row, about 5 GB for a 1 MB zip.
#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <gtest/gtest.h>

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTemporaryDir>

#include <zip.h>

namespace dx {
namespace {

/// A workbook of one sheet "S" whose sheet part is @p sheetXml (and shared strings @p sharedXml if any).
QString workbook(const QTemporaryDir &dir, const QByteArray &sheetXml, const QByteArray &sharedXml = {})
{
    const QString path = dir.filePath(QStringLiteral("w.xlsx"));
    QList<QPair<QByteArray, QByteArray>> parts{
        {"xl/workbook.xml",
         "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml", sheetXml}};
    if (!sharedXml.isEmpty())
        parts.append({"xl/sharedStrings.xml", sharedXml});
    int error = 0;
    zip_t *zip = zip_open(path.toLocal8Bit().constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(zip, nullptr);
    for (const auto &[name, data] : parts) {
        zip_source_t *source = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        EXPECT_GE(zip_file_add(zip, name.constData(), source, ZIP_FL_OVERWRITE), 0);
    }
    EXPECT_EQ(zip_close(zip), 0);
    return path;
}

/// @p rows rows, each with one cell at column AMJ (the 1,024th).
QByteArray farCells(int rows)
{
    QByteArray xml = "<worksheet><sheetData>";
    for (int r = 1; r <= rows; ++r)
        xml += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"AMJ" + QByteArray::number(r) +
               "\"><v>1</v></c></row>";
    return xml + "</sheetData></worksheet>";
}

TEST(WorkbookLimits, FarCellsAreCountedWithTheEmptyCellsBeforeThem)
{
    QTemporaryDir dir;
    const QString path = workbook(dir, farCells(300));
    // 300 rows of 1,024 cells: within the default limit, and read as written.
    const auto read = XlsxReader::read(path);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    ASSERT_EQ(read->size(), 1);
    EXPECT_EQ(read->first().cell(299, 1023), QStringLiteral("1"));
    // Above the limit: one sentence, not gigabytes.
    WorkbookLimits small;
    small.maxCells = 100000;
    const auto refused = XlsxReader::read(path, small);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(refused.error().message.contains(QLatin1String("too large")))
        << refused.error().message.toStdString();
}

TEST(WorkbookLimits, EmptyRowsBeforeARowAndSharedStringsAreCounted)
{
    QTemporaryDir dir;
    WorkbookLimits small;
    small.maxCells = 1000;
    // One cell on row 150,000: 149,999 empty rows before it.
    const auto far = XlsxReader::read(
        workbook(dir, "<worksheet><sheetData><row r=\"150000\"><c r=\"A150000\"><v>1</v></c></row>"
                      "</sheetData></worksheet>"),
        small);
    ASSERT_FALSE(far.ok());
    EXPECT_TRUE(far.error().message.contains(QLatin1String("too large")));
    // Thousands of empty shared strings.
    QByteArray shared = "<sst>";
    for (int i = 0; i < 5000; ++i)
        shared += "<si/>";
    shared += "</sst>";
    const auto strings = XlsxReader::read(workbook(dir, "<worksheet/>", shared), small);
    ASSERT_FALSE(strings.ok());
    EXPECT_TRUE(strings.error().message.contains(QLatin1String("too large")));
    EXPECT_TRUE(XlsxReader::read(workbook(dir, "<worksheet/>", shared)).ok());
}

TEST(WorkbookLimits, CsvOfEmptyFieldsIsRefusedAboveTheCellLimit)
{
    WorkbookLimits small;
    small.maxCells = 1000;
    const QByteArray commas = QByteArray(200, ',') + "\n";
    QByteArray many;
    for (int i = 0; i < 10; ++i)
        many += commas; // 10 rows of 201 empty fields
    const auto refused = CsvReader::parse(many, ',', small);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    const auto read = CsvReader::parse(many, ',');
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->rows.size(), 10);
}

} // namespace
} // namespace dx
