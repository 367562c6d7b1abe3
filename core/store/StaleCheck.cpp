// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleCheck.h"

#include "SqlWriter.h"
#include "domain/Validation.h"

#include <QDateTime>
#include <QLocale>

namespace dx {
const char *referencedTable(TaskField f)
{
    switch (f) {
    case TaskField::Group:
        return "task_group";
    case TaskField::Parent:
        return "task";
    case TaskField::LeadAgency:
    case TaskField::CooperatingAgencies:
        return "agency";
    case TaskField::Person:
        return "person";
    default:
        return nullptr;
    }
}
const char *referencedTable(GroupField f)
{
    return f == GroupField::LeadAgency ? "agency" : nullptr;
}
const char *referencedTable(IndicatorField f)
{
    return f == IndicatorField::OwnerAgency ? "agency" : nullptr;
}
const char *referencedTable(PersonField f)
{
    return f == PersonField::Agency ? "agency" : nullptr;
}
const char *referencedTable(AgencyField f)
{
    return f == AgencyField::Locality ? "locality" : nullptr;
}
const char *referencedTable(LocalityField f)
{
    return f == LocalityField::Parent ? "locality" : nullptr;
}

QString staleValueText(SqlWriter &w, const char *table, const QString &logText)
{
    if (logText.isEmpty() || (table && logText == QLatin1String("0")))
        return Validation::tr("(empty)");
    if (table) {
        const QString t = QLatin1String(table);
        const QString column = t == QLatin1String("task_group") || t == QLatin1String("task")
                                   ? QStringLiteral("title")
                                   : QStringLiteral("name");
        QStringList names;
        for (const QString &id : logText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QVariant name =
                w.scalar(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, t), {id.toLongLong()});
            names << (name.isValid() ? name.toString() : id);
        }
        return names.join(QStringLiteral(", "));
    }
    if (const QDate d = QDate::fromString(logText, Qt::ISODate); d.isValid() && logText.size() == 10)
        return QLocale().toString(d, QLocale::ShortFormat);
    return logText;
}

Status staleWriteRefusal(SqlWriter &w, const QString &entity, qint64 entityId, const QString &fieldKey,
                         const QString &fieldLabel, const QString &rowName, const QString &value)
{
    // The newest line of the change log for this field says who made the change the caller did not see.
    const QVariant who =
        w.scalar(QStringLiteral("SELECT who FROM change_log WHERE entity = ? AND entity_id = ? "
                                "AND field = ? ORDER BY id DESC LIMIT 1"),
                 {entity, entityId, fieldKey});
    const QVariant at =
        w.scalar(QStringLiteral("SELECT at FROM change_log WHERE entity = ? AND entity_id = ? "
                                "AND field = ? ORDER BY id DESC LIMIT 1"),
                 {entity, entityId, fieldKey});
    const QString person = who.toString().isEmpty() ? Validation::tr("Someone else") : who.toString();
    const QDateTime when = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    const QString tail =
        Validation::tr("Your change was not saved; the current value is shown. Make the change "
                       "again if it is still needed.");
    QString message;
    if (when.isValid())
        message = Validation::tr("%1 changed %2 of “%3” to “%4” on %5, after you last saw it. %6")
                      .arg(person, fieldLabel.toLower(), rowName, value,
                           QLocale().toString(when.toLocalTime(), QLocale::ShortFormat), tail);
    else
        message = Validation::tr("%1 changed %2 of “%3” to “%4” after you last saw it. %5")
                      .arg(person, fieldLabel.toLower(), rowName, value, tail);
    return w.fail(message, Error::Code::Stale);
}

} // namespace dx
