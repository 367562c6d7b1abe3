// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchemaCheck.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace dx {
namespace {

struct Entry
{
    QString type, table, sql;
};
using Entries = QMap<QString, Entry>; // by "type name"

/// Whitespace runs are one space: the text SQLite keeps is the CREATE statement as written, and
/// indentation of a statement is no difference of schema.
QString normalised(const QString &sql)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(sql).replace(space, QStringLiteral(" ")).trimmed();
}

bool readEntries(const QSqlDatabase &db, Entries &out)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master")))
        return false;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(),
                   Entry{q.value(0).toString(), q.value(2).toString(), normalised(q.value(3).toString())});
    return true;
}

/// The schema of @p version as the migrations make it, built once per version and process.
Entries expected(int version)
{
    static QMutex mutex; // the background quick_check may run in a worker thread
    static QHash<int, Entries> cache;
    static QAtomicInteger<quint64> counter;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    Entries entries;
    const QString name = QStringLiteral("dx-schema-expected-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            for (int v = 1; v <= version; ++v)
                for (const QString &sql : schema::migrationStatements(v))
                    q.exec(sql);
            readEntries(db, entries);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, entries);
    return entries;
}

bool madeBySqlite(const QString &type, const QString &name)
{
    // ANALYZE and PRAGMA optimize add statistics tables; they hold no rules and run nothing.
    return type == QLatin1String("table") && name.startsWith(QLatin1String("sqlite_stat"));
}

} // namespace

QString SchemaCheck::problem(const QSqlDatabase &db, int version)
{
    const Entries want = expected(version);
    if (want.isEmpty())
        return tr("this version of DX Planner does not know its file format %1").arg(version);
    Entries have;
    if (!readEntries(db, have))
        return tr("its list of tables cannot be read");
    const auto what = [](const QString &type) {
        if (type == QLatin1String("table"))
            return tr("table");
        if (type == QLatin1String("index"))
            return tr("index");
        if (type == QLatin1String("trigger"))
            return tr("trigger");
        if (type == QLatin1String("view"))
            return tr("view");
        return type;
    };
    for (auto it = want.cbegin(); it != want.cend(); ++it) {
        const QString name = it.key().section(QLatin1Char(' '), 1);
        const auto found = have.constFind(it.key());
        if (found == have.cend())
            return tr("the %1 %2 is missing").arg(what(it->type), name);
        if (found->table != it->table || found->sql != it->sql)
            return tr("the %1 %2 has been changed").arg(what(it->type), name);
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!want.contains(it.key()) && !madeBySqlite(it->type, it.key().section(QLatin1Char(' '), 1)))
            return tr("it has a foreign %1 %2").arg(what(it->type), it.key().section(QLatin1Char(' '), 1));
    return {};
}

} // namespace dx
