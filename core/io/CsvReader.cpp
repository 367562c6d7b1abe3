// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <csv.h>

namespace dx {
namespace {

struct Collector
{
    WorkbookSheet sheet;
    QStringList row;
    int maxRows = 0;
    int maxColumns = 0;
    qint64 maxCells = 0;
    qint64 cells = 0;
    bool tooLarge = false;
};

void onField(void *field, size_t length, void *data)
{
    auto *c = static_cast<Collector *>(data);
    if (c->row.size() >= c->maxColumns || ++c->cells > c->maxCells) {
        c->tooLarge = true;
        return;
    }
    c->row.append(QString::fromUtf8(static_cast<const char *>(field), qsizetype(length)));
}

void onRow(int, void *data)
{
    auto *c = static_cast<Collector *>(data);
    if (c->sheet.rows.size() >= c->maxRows) {
        c->tooLarge = true;
        return;
    }
    c->sheet.rows.append(c->row);
    c->row.clear();
}

// No character counts as padding around a field: "  18,6" stays as typed and the caller trims. libcsv
// would otherwise also strip tabs, which separate the cells of a pasted block.
int noSpace(unsigned char)
{
    return 0;
}

} // namespace

char CsvReader::detectSeparator(const QByteArray &data)
{
    qsizetype end = data.indexOf('\n');
    const QByteArray first = end < 0 ? data : data.left(end);
    const qsizetype tabs = first.count('\t'), semicolons = first.count(';'), commas = first.count(',');
    if (tabs > 0 && tabs >= semicolons && tabs >= commas)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

Result<WorkbookSheet> CsvReader::parse(const QByteArray &input, char separator, const WorkbookLimits &limits)
{
    QByteArray data = input;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (separator == 0)
        separator = detectSeparator(data);
    csv_parser parser;
    if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return Result<WorkbookSheet>::fail(Error::Code::Io, tr("Out of memory while reading the table."));
    csv_set_delim(&parser, static_cast<unsigned char>(separator));
    csv_set_space_func(&parser, noSpace);
    Collector c;
    c.maxRows = limits.maxRows;
    c.maxColumns = limits.maxColumns;
    c.maxCells = limits.maxCells;
    const size_t done = csv_parse(&parser, data.constData(), size_t(data.size()), onField, onRow, &c);
    const bool parsed = done == size_t(data.size()) && csv_fini(&parser, onField, onRow, &c) == 0;
    csv_free(&parser);
    if (c.tooLarge)
        return Result<WorkbookSheet>::fail(Error::Code::Invalid,
                                           tr("The table has too many rows or columns."));
    if (!parsed)
        return Result<WorkbookSheet>::fail(
            Error::Code::Corrupt, tr("The table is not valid CSV: a quoted cell is not closed, or a quote "
                                     "stands inside an unquoted cell (row %1).")
                                      .arg(c.sheet.rows.size() + 1));
    return std::move(c.sheet);
}

Result<WorkbookSheet> CsvReader::read(const QString &path, const WorkbookLimits &limits)
{
    const QFileInfo info(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<WorkbookSheet>::fail(
            Error::Code::NotFound, tr("\"%1\" cannot be read: %2").arg(info.fileName(), f.errorString()));
    if (f.size() > limits.maxFileBytes)
        return Result<WorkbookSheet>::fail(
            Error::Code::Invalid,
            tr("\"%1\" is too large to import; nothing was read from it.").arg(info.fileName()));
    const QByteArray data = f.readAll();
    auto sheet = parse(data, 0, limits);
    if (!sheet)
        return Result<WorkbookSheet>::fail(sheet.error().code,
                                           tr("\"%1\": %2").arg(info.fileName(), sheet.error().message));
    sheet.value().name = info.completeBaseName();
    return sheet;
}

} // namespace dx
