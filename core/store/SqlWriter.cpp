// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlWriter.h"

#include "domain/ChangeLogEntry.h"
#include "domain/Validation.h"

#include <QDateTime>
#include <QSqlError>

namespace dx {
namespace {

/// Binds values; a null QString (an empty field of a domain value) is stored as '' so that
/// NOT NULL DEFAULT '' columns accept it. Deliberate NULLs are invalid QVariants (idOrNull, dateOrNull).
void bindAll(QSqlQuery &q, const QVariantList &binds)
{
    // Positional bindValue, not addBindValue: the statement is reused, and each run binds every slot.
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &b = binds.at(i);
        if (b.typeId() == QMetaType::QString && b.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, b);
    }
}

} // namespace

QSqlQuery *SqlWriter::run(const QString &sql, const QVariantList &binds)
{
    if (failed())
        return nullptr;
    // One prepared statement per SQL text for the life of the transaction: a bulk write (an import of
    // 150,000 values) runs the same few statements again and again, and preparing is much of their cost.
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql)) {
            m_error = Validation::fromDatabaseError(q.lastError().databaseText() + QLatin1Char(' ') +
                                                    q.lastError().driverText());
            return nullptr;
        }
        it = m_statements.insert(sql, q);
    }
    QSqlQuery &q = *it;
    bindAll(q, binds);
    if (!q.exec()) {
        const QSqlError e = q.lastError();
        m_error = Validation::fromDatabaseError(e.databaseText().isEmpty() ? e.text() : e.databaseText());
        m_code = Error::Code::Invalid;
        q.finish();
        return nullptr;
    }
    return &q;
}

bool SqlWriter::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *q = run(sql, binds);
    if (q)
        q->finish();
    return q != nullptr;
}

Id SqlWriter::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *q = run(sql, binds);
    if (!q)
        return 0;
    const Id id = q->lastInsertId().toLongLong();
    q->finish();
    return id;
}

QVariant SqlWriter::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery *q = run(sql, binds);
    if (!q)
        return {};
    const QVariant v = q->next() ? q->value(0) : QVariant();
    q->finish(); // an unfinished SELECT would keep the transaction from committing
    return v;
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
         {now().toString(Qt::ISODateWithMs), m_user, entity, id, action, field, oldValue, newValue});
}

void SqlWriter::logInsert(const QString &entity, Id id, const QString &summary)
{
    log(entity, id, QStringLiteral("insert"), {}, {}, summary);
}

void SqlWriter::logDelete(const QString &entity, Id id, const QString &summary)
{
    log(entity, id, QStringLiteral("delete"), {}, summary, {});
}

void SqlWriter::logDeletedRow(const QString &entity, Id id, const QString &row)
{
    log(entity, id, QStringLiteral("delete"), ChangeLogEntry::rowField(), row, {});
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
