// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectStatus.h"

#include "CollectImport.h"

namespace dx {

QList<CollectStatusRow> CollectStatus::rows(const CollectSnapshot &plan, CollectUnit::Kind kind,
                                            const QString &period)
{
    QList<CollectStatusRow> out;
    for (const CollectUnit &unit : plan.units(kind)) {
        CollectStatusRow row;
        row.unit = unit;
        row.rows = int(plan.rows(unit).size());
        const QString record = plan.settings.value(CollectImport::returnKey(period, unit));
        if (!record.isEmpty()) {
            const QStringList parts = record.split(QLatin1Char('\t'));
            row.returned = true;
            row.received = QDate::fromString(parts.value(0), Qt::ISODate);
            row.fileName = parts.value(1);
        }
        out.append(row);
    }
    return out;
}

QString CollectStatus::toText(const QList<CollectStatusRow> &rows, const QString &period)
{
    QString out;
    int missing = 0;
    for (const CollectStatusRow &r : rows)
        missing += r.returned ? 0 : 1;
    out += tr("Collection for %1: %2 of %3 units returned.")
               .arg(period)
               .arg(rows.size() - missing)
               .arg(rows.size()) +
           QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Not returned (%n):", nullptr, missing) + QLatin1Char('\n');
    int n = 0;
    for (const CollectStatusRow &r : rows)
        if (!r.returned)
            out += QStringLiteral("%1. %2\n").arg(++n).arg(r.unit.name);
    out += QLatin1Char('\n') + tr("Returned (%n):", nullptr, int(rows.size()) - missing) + QLatin1Char('\n');
    n = 0;
    for (const CollectStatusRow &r : rows)
        if (r.returned)
            out += QStringLiteral("%1. %2 — %3 (%4)\n")
                       .arg(++n)
                       .arg(r.unit.name, r.received.toString(QStringLiteral("dd/MM/yyyy")), r.fileName);
    return out;
}

} // namespace dx
