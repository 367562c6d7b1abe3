// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectKeys.h"

#include "WorkbookText.h"

namespace dx {

QList<QStringList> CollectKeys::toCells() const
{
    QList<QStringList> out;
    out << QStringList{QStringLiteral("format"), QStringLiteral("dxplanner-collect"), QString::number(format)}
        << QStringList{QStringLiteral("program"), program}
        << QStringList{QStringLiteral("plan"), planIdentity}
        << QStringList{QStringLiteral("plan-title"), planTitle}
        << QStringList{QStringLiteral("unit"), unit.kindKey(), QString::number(unit.id), unit.name}
        << QStringList{QStringLiteral("period"), period}
        << QStringList{QStringLiteral("made"), made.toString(Qt::ISODate)};
    for (const CollectRow &r : rows)
        out << QStringList{
            QStringLiteral("row"),
            r.kind == CollectRow::Kind::Value ? WorkbookText::indicatorsSheet() : WorkbookText::tasksSheet(),
            QString::number(r.sheetRow + 1),
            r.kind == CollectRow::Kind::Value ? QStringLiteral("value") : QStringLiteral("task"),
            QString::number(r.indicatorId),
            QString::number(r.localityId),
            QString::number(r.taskId),
            r.version};
    return out;
}

Result<CollectKeys> CollectKeys::fromSheet(const WorkbookSheet &sheet, const QString &fileName)
{
    auto broken = [&] {
        return Result<CollectKeys>::fail(
            Error::Code::Corrupt,
            tr("\"%1\": the workbook's hidden keys sheet was changed or damaged; send the unit a new "
               "workbook.")
                .arg(fileName));
    };
    CollectKeys k;
    bool sawFormat = false;
    for (const QStringList &line : sheet.rows) {
        const QString name = line.value(0);
        if (name == QLatin1String("format")) {
            if (line.value(1) != QLatin1String("dxplanner-collect"))
                return broken();
            k.format = line.value(2).toInt();
            sawFormat = true;
        } else if (name == QLatin1String("program")) {
            k.program = line.value(1);
        } else if (name == QLatin1String("plan")) {
            k.planIdentity = line.value(1);
        } else if (name == QLatin1String("plan-title")) {
            k.planTitle = line.value(1);
        } else if (name == QLatin1String("unit")) {
            k.unit.kind = line.value(1) == QLatin1String("locality") ? CollectUnit::Kind::Locality
                                                                     : CollectUnit::Kind::Agency;
            k.unit.id = line.value(2).toLongLong();
            k.unit.name = line.value(3);
        } else if (name == QLatin1String("period")) {
            k.period = line.value(1);
        } else if (name == QLatin1String("made")) {
            k.made = QDateTime::fromString(line.value(1), Qt::ISODate);
        } else if (name == QLatin1String("row")) {
            CollectRow r;
            bool ok = false;
            r.kind =
                line.value(3) == QLatin1String("task") ? CollectRow::Kind::Task : CollectRow::Kind::Value;
            r.sheetRow = line.value(2).toInt(&ok) - 1;
            if (!ok || r.sheetRow < 1)
                return broken();
            r.indicatorId = line.value(4).toLongLong();
            r.localityId = line.value(5).toLongLong();
            r.taskId = line.value(6).toLongLong();
            r.version = line.value(7);
            if ((r.kind == CollectRow::Kind::Task) != (r.taskId != 0))
                return broken();
            k.rows.append(r);
        }
    }
    if (!sawFormat || k.planIdentity.isEmpty() || k.unit.id == 0 || k.period.isEmpty())
        return broken();
    if (k.format > kFormat)
        return Result<CollectKeys>::fail(
            Error::Code::TooNew,
            tr("\"%1\" was made by a newer DX Planner (%2); update the program to import it.")
                .arg(fileName, k.program));
    return k;
}

} // namespace dx
