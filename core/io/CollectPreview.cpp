// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectPreview.h"

#include <QJsonArray>

namespace dx {

using Outcome = CollectPreviewRow::Outcome;

int CollectPreview::count(Outcome outcome) const
{
    int n = 0;
    for (const CollectPreviewFile &f : files)
        n += f.count(outcome);
    return n;
}

int CollectPreview::refusedFiles() const
{
    int n = 0;
    for (const CollectPreviewFile &f : files)
        n += f.refused() ? 1 : 0;
    return n;
}

int CollectPreview::undecidedConflicts() const
{
    int n = 0;
    for (const CollectPreviewFile &f : files)
        for (const CollectPreviewRow &r : f.rows)
            n += r.outcome == Outcome::Conflict && r.resolution == CollectPreviewRow::Resolution::Undecided;
    return n;
}

int CollectPreview::writes() const
{
    int n = 0;
    for (const CollectPreviewFile &f : files)
        for (const CollectPreviewRow &r : f.rows)
            n += r.writes() ? 1 : 0;
    return n;
}

void CollectPreview::settleAll(CollectPreviewRow::Resolution resolution)
{
    // For two files that disagree about one cell, "take the file" takes the last file given: the
    // others' rows are kept out, so one value is written per cell.
    QHash<QString, CollectPreviewRow *> taken;
    for (CollectPreviewFile &f : files)
        for (CollectPreviewRow &r : f.rows) {
            if (r.outcome != Outcome::Conflict || r.resolution != CollectPreviewRow::Resolution::Undecided)
                continue;
            r.resolution = resolution;
            if (resolution != CollectPreviewRow::Resolution::TakeFile)
                continue;
            const QString key = r.kind == CollectRow::Kind::Task ? QStringLiteral("t%1").arg(r.task.id)
                                                                 : QStringLiteral("v%1/%2/%3")
                                                                       .arg(r.value.indicatorId)
                                                                       .arg(r.value.localityId)
                                                                       .arg(r.value.period);
            if (CollectPreviewRow *earlier = taken.value(key))
                earlier->resolution = CollectPreviewRow::Resolution::KeepPlan;
            taken.insert(key, &r);
        }
}

QString CollectPreview::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New:
        return tr("new");
    case Outcome::Changed:
        return tr("changed");
    case Outcome::Unchanged:
        return tr("unchanged");
    case Outcome::Conflict:
        return tr("conflict");
    case Outcome::Refused:
        return tr("refused");
    }
    return {};
}

QString CollectPreview::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New:
        return QStringLiteral("new");
    case Outcome::Changed:
        return QStringLiteral("changed");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

QString CollectPreview::toText() const
{
    QString out;
    for (const CollectPreviewFile &f : files) {
        if (!f.refusal.isEmpty()) {
            out += tr("%1: refused: %2").arg(f.fileName, f.refusal) + QLatin1Char('\n');
            continue;
        }
        out += tr("%1 (%2, %3): %4 new, %5 changed, %6 unchanged, %7 conflicts, %8 refused, %9 left blank")
                   .arg(f.fileName, f.unit.name.isEmpty() ? tr("no unit") : f.unit.name,
                        f.period.isEmpty() ? tr("any period") : f.period)
                   .arg(f.count(Outcome::New))
                   .arg(f.count(Outcome::Changed))
                   .arg(f.count(Outcome::Unchanged))
                   .arg(f.count(Outcome::Conflict))
                   .arg(f.count(Outcome::Refused))
                   .arg(f.blankRows) +
               QLatin1Char('\n');
        for (const CollectPreviewRow &r : f.rows) {
            if (r.outcome == Outcome::Refused)
                out += QStringLiteral("  ") + tr("%1, %2: %3").arg(f.fileName, r.address, r.reason) +
                       QLatin1Char('\n');
            else if (r.outcome == Outcome::Conflict)
                out += QStringLiteral("  ") +
                       tr("%1, %2: conflict: %3 (plan: %4, file: %5)")
                           .arg(f.fileName, r.address, r.reason, r.oldText.isEmpty() ? tr("none") : r.oldText,
                                r.newText) +
                       QLatin1Char('\n');
        }
    }
    out += tr("In all: %1 to write, %2 conflicts not settled, %3 refused files.")
               .arg(writes())
               .arg(undecidedConflicts())
               .arg(refusedFiles()) +
           QLatin1Char('\n');
    return out;
}

QJsonObject CollectPreview::toJson() const
{
    QJsonArray fileArray;
    for (const CollectPreviewFile &f : files) {
        QJsonObject fo{{QStringLiteral("file"), f.fileName},
                       {QStringLiteral("unit"), f.unit.name},
                       {QStringLiteral("period"), f.period},
                       {QStringLiteral("received"), f.received.toString(Qt::ISODate)},
                       {QStringLiteral("blank"), f.blankRows}};
        if (!f.refusal.isEmpty())
            fo.insert(QStringLiteral("refusal"), f.refusal);
        QJsonArray rows;
        for (const CollectPreviewRow &r : f.rows) {
            QJsonObject ro{{QStringLiteral("outcome"), outcomeKey(r.outcome)},
                           {QStringLiteral("address"), r.address},
                           {QStringLiteral("what"), r.what},
                           {QStringLiteral("old"), r.oldText},
                           {QStringLiteral("new"), r.newText}};
            if (!r.reason.isEmpty())
                ro.insert(QStringLiteral("reason"), r.reason);
            rows.append(ro);
        }
        fo.insert(QStringLiteral("rows"), rows);
        for (Outcome o :
             {Outcome::New, Outcome::Changed, Outcome::Unchanged, Outcome::Conflict, Outcome::Refused})
            fo.insert(outcomeKey(o), f.count(o));
        fileArray.append(fo);
    }
    QJsonObject totals;
    for (Outcome o :
         {Outcome::New, Outcome::Changed, Outcome::Unchanged, Outcome::Conflict, Outcome::Refused})
        totals.insert(outcomeKey(o), count(o));
    totals.insert(QStringLiteral("writes"), writes());
    totals.insert(QStringLiteral("refusedFiles"), refusedFiles());
    totals.insert(QStringLiteral("undecidedConflicts"), undecidedConflicts());
    return {{QStringLiteral("files"), fileArray}, {QStringLiteral("totals"), totals}};
}

} // namespace dx
