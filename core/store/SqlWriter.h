// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: internal to the store: runs statements inside the open write transaction and writes the
// change log beside each edit. Errors become translated messages (Validation::fromDatabaseError).
#include "domain/Fields.h"
#include "domain/Ids.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace dx {

class SqlWriter
{
public:
    SqlWriter(QSqlDatabase db, QString user) : m_db(std::move(db)), m_user(std::move(user)) {}

    /// The clock that stamps the change log and the values recorded without a time (UTC); the system's
    /// unless a test set one (PlanStore::setClockForTesting).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc(); }

    /// Prepares and runs @p sql with positional bindings; on failure sets the error and returns false.
    bool exec(const QString &sql, const QVariantList &binds = {});
    /// Like exec() and returns the new row's id.
    Id insert(const QString &sql, const QVariantList &binds);
    /// Runs a query returning one value (or an invalid QVariant).
    QVariant scalar(const QString &sql, const QVariantList &binds = {});

    void logInsert(const QString &entity, Id id, const QString &summary);
    void logDelete(const QString &entity, Id id, const QString &summary);
    /// Logs the whole row of a deleted entity (rowLogText()) on a delete line of its own, field
    /// ChangeLogEntry::rowField(): call it just before logDelete(), whose line stays the one shown.
    void logDeletedRow(const QString &entity, Id id, const QString &row);
    /// Logs a field change when @p oldValue differs from @p newValue.
    void logUpdate(const QString &entity, Id id, const QString &field, const QString &oldValue,
                   const QString &newValue);

    /// Logs each of @p fields whose value differs between @p old and @p now (key and log text from the
    /// field table) and returns those fields.
    template <typename E>
    FieldSet<E> logUpdates(Id id, const typename FieldTable<E>::Entity &old,
                           const typename FieldTable<E>::Entity &now, FieldSet<E> fields = FieldSet<E>::all())
    {
        const FieldSet<E> changed = differingFields(old, now, fields);
        const QString entity = QLatin1String(FieldTable<E>::entityKey());
        for (E f : changed.toList())
            log(entity, id, QStringLiteral("update"), fieldKey(f), fieldLogText(old, f),
                fieldLogText(now, f));
        return changed;
    }
    /// Runs a query returning ids (first column).
    QList<Id> ids(const QString &sql, const QVariantList &binds = {});

    bool failed() const { return !m_error.isEmpty(); }
    Status status() const;
    /// Records a failure from outside SQL (a validation rule) so the transaction rolls back.
    Status fail(const QString &message, Error::Code code = Error::Code::Invalid);
    QSqlDatabase &db() { return m_db; }

private:
    /// Binds and runs @p sql on its cached prepared statement; nullptr (and the error set) on failure.
    QSqlQuery *run(const QString &sql, const QVariantList &binds);
    void log(const QString &entity, Id id, const QString &action, const QString &field,
             const QString &oldValue, const QString &newValue);
    QSqlDatabase m_db;
    QString m_user;
    std::function<QDateTime()> m_clock;
    QHash<QString, QSqlQuery> m_statements; ///< prepared once per transaction
    QString m_error;
    Error::Code m_code = Error::Code::Database;
};

/// SQL NULL for a 0 id, else the id.
inline QVariant idOrNull(Id id)
{
    return id == 0 ? QVariant() : QVariant(id);
}
/// SQL NULL for an invalid date, else ISO yyyy-MM-dd.
QVariant dateOrNull(const QDate &date);
QDate dateFrom(const QVariant &v);

} // namespace dx
