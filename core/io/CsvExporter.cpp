// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "WorkbookCells.h"
#include "WorkbookExporter.h"
#include "WorkbookText.h"
#include "store/PlanStore.h"

#include <QBuffer>
#include <QHash>
#include <QSaveFile>
#include <csv.h>

namespace dx {
namespace {

/// The rows are gathered into chunks of about this size before each write to the device.
constexpr qsizetype kChunk = 64 * 1024;

void appendField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    // csv_write quotes every field and doubles the quotes inside (libcsv), which keeps separators,
    // line breaks and leading zeros as they are.
    QByteArray quoted(utf8.size() * 2 + 2, Qt::Uninitialized);
    const size_t n = csv_write(quoted.data(), size_t(quoted.size()), utf8.constData(), size_t(utf8.size()));
    out.append(quoted.constData(), qsizetype(n));
}

void appendRow(QByteArray &out, const QStringList &cells, char separator)
{
    for (int i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(separator);
        appendField(out, cells.at(i));
    }
    out.append("\r\n");
}

/// Writes @p chunk to @p device and empties it (keeping its capacity for the next rows).
bool flush(QIODevice &device, QByteArray &chunk)
{
    const bool ok = device.write(chunk) == chunk.size();
    chunk.resize(0);
    return ok;
}

} // namespace

QByteArray CsvExporter::measurements(const PlanStore &store, char separator)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    return write(store, buffer, separator) ? out : QByteArray(); // a buffer takes every write
}

Status CsvExporter::write(const PlanStore &store, QIODevice &out, char separator)
{
    QHash<Id, QString> codes, places;
    for (const Indicator &i : store.indicators())
        codes.insert(i.id, i.code);
    for (const Locality &l : store.localities())
        places.insert(l.id, l.name);
    QByteArray chunk;
    chunk.reserve(kChunk + 4096);
    chunk.append("\xEF\xBB\xBF");
    appendRow(chunk, WorkbookExporter::valueHeaders(), separator);
    bool ok = true;
    // Read row by row (in the order of allMeasurements()): the values are the bulk of a plan and are
    // never all in memory here.
    store.forEachMeasurement([&](const Measurement &m) {
        appendRow(chunk,
                  {codes.value(m.indicatorId),
                   m.localityId ? places.value(m.localityId) : WorkbookText::planArea(), m.period,
                   WorkbookCells::pointText(m.value),
                   m.estimate ? WorkbookText::estimate() : WorkbookText::official(), m.source, m.note,
                   m.sourceFile, m.sourceUnit, m.receivedAt.toString(Qt::ISODate), m.importedBy},
                  separator);
        if (chunk.size() >= kChunk)
            ok = flush(out, chunk);
        return ok;
    });
    if (ok)
        ok = flush(out, chunk);
    if (!ok)
        return Status::fail(Error::Code::Io, tr("Cannot write the values: %1").arg(out.errorString()));
    return success();
}

Status CsvExporter::write(const PlanStore &store, const QString &path, char separator)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !write(store, f, separator) || !f.commit())
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, f.errorString()));
    return success();
}

} // namespace dx
