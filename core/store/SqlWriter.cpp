// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlWriter.h"

#include "domain/Validation.h"

#include <QDateTime>
#include <QSqlError>

namespace dx {
namespace {

/// Binds values; a null QString (an empty field of a domain value) is stored as '' so that
/// NOT NULL DEFAULT '' columns accept it. Deliberate NULLs are invalid QVariants (idOrNull, dateOrNull).
void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    for (const QVariant &b : binds) {
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.addBindValue(QStringLiteral(""));
        else
            q.addBindValue(b);
    }
}

} // namespace

bool SqlWriter::exec(const QString &sql, const QVariantList &binds)
{
    if (failed())
        return false;
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        m_error = Validation::fromDatabaseError(q.lastError().databaseText() + QLatin1Char(' ') +
                                                q.lastError().driverText());
        return false;
    }
    bindAll(q, binds);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        m_error = Validation::fromDatabaseError(e.databaseText().isEmpty() ? e.text() : e.databaseText());
        m_code = Error::Code::Invalid;
        return false;
    }
    return true;
}

Id SqlWriter::insert(const QString &sql, const QVariantList &binds)
{
    if (failed())
        return 0;
    QSqlQuery q(m_db);
    q.prepare(sql);
    bindAll(q, binds);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        m_error = Validation::fromDatabaseError(e.databaseText().isEmpty() ? e.text() : e.databaseText());
        m_code = Error::Code::Invalid;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QVariant SqlWriter::scalar(const QString &sql, const QVariantList &binds)
{
    if (failed())
        return {};
    QSqlQuery q(m_db);
    q.prepare(sql);
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = Validation::fromDatabaseError(q.lastError().databaseText());
        return {};
    }
    return q.next() ? q.value(0) : QVariant();
}

QList<Id> SqlWriter::ids(const QString &sql, const QVariantList &binds)
{
    QList<Id> out;
    if (failed())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    bindAll(q, binds);
    if (!q.exec()) {
        m_error = Validation::fromDatabaseError(q.lastError().databaseText());
        return out;
    }
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

void SqlWriter::log(const QString &entity, Id id, const QString &action, const QString &field,
                    const QString &oldValue, const QString &newValue)
{
    exec(QStringLiteral(
             "INSERT INTO change_log (at, who, entity, entity_id, action, field, old_value, new_value) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
         {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_user, entity, id, action, field,
          oldValue, newValue});
}

void SqlWriter::logInsert(const QString &entity, Id id, const QString &summary)
{
    log(entity, id, QStringLiteral("insert"), {}, {}, summary);
}

void SqlWriter::logDelete(const QString &entity, Id id, const QString &summary)
{
    log(entity, id, QStringLiteral("delete"), {}, summary, {});
}

void SqlWriter::logUpdate(const QString &entity, Id id, const QString &field, const QString &oldValue,
                          const QString &newValue)
{
    if (oldValue != newValue)
        log(entity, id, QStringLiteral("update"), field, oldValue, newValue);
}

Status SqlWriter::status() const
{
    if (failed())
        return Status::fail(m_code, m_error);
    return success();
}

Status SqlWriter::fail(const QString &message, Error::Code code)
{
    if (!failed()) {
        m_error = message;
        m_code = code;
    }
    return status();
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace dx
