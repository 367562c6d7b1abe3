// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvExporter.h"

#include "WorkbookCells.h"
#include "WorkbookExporter.h"
#include "WorkbookText.h"
#include "store/PlanStore.h"

#include <QHash>
#include <QSaveFile>
#include <csv.h>

namespace dx {
namespace {

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

} // namespace

QByteArray CsvExporter::measurements(const PlanStore &store, char separator)
{
    QHash<Id, QString> codes, places;
    for (const Indicator &i : store.indicators())
        codes.insert(i.id, i.code);
    for (const Locality &l : store.localities())
        places.insert(l.id, l.name);
    QByteArray out("\xEF\xBB\xBF");
    appendRow(out, WorkbookExporter::valueHeaders(), separator);
    for (const Measurement &m : store.allMeasurements())
        appendRow(out,
                  {codes.value(m.indicatorId),
                   m.localityId ? places.value(m.localityId) : WorkbookText::planArea(), m.period,
                   WorkbookCells::pointText(m.value),
                   m.estimate ? WorkbookText::estimate() : WorkbookText::official(), m.source, m.note,
                   m.sourceFile, m.sourceUnit, m.receivedAt.toString(Qt::ISODate), m.importedBy},
                  separator);
    return out;
}

Status CsvExporter::write(const PlanStore &store, const QString &path, char separator)
{
    const QByteArray data = measurements(store, separator);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, f.errorString()));
    return success();
}

} // namespace dx
