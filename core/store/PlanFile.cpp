// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFile.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace dx {
namespace {

QAtomicInteger<quint64> g_connectionCounter; // only makes names unique; holds no state

constexpr char kSqliteMagic[] = "SQLite format 3";

/// Runs one statement; returns the error text or an empty string.
QString run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
    return {};
}

bool quickCheckPasses(QSqlQuery &q)
{
    return q.exec(QStringLiteral("PRAGMA quick_check")) && q.next() &&
           q.value(0).toString() == QLatin1String("ok");
}

} // namespace

Result<int> PlanFile::inspect(const QString &path, Depth depth, bool *readableBeforeCheck)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result<int>::fail(Error::Code::NotFound, tr("The file \"%1\" does not exist.").arg(path));
    if (!info.isFile())
        return Result<int>::fail(Error::Code::NotAPlan, tr("\"%1\" is not a file.").arg(path));
    if (info.size() == 0)
        return Result<int>::fail(Error::Code::NotAPlan,
                                 tr("The file \"%1\" is empty: it is not a DX Planner plan.").arg(path));

    // Read the 100-byte SQLite header before any SQLite connection exists, so closing this descriptor
    // cannot drop a lock (docs/architecture.md §4). Opened read-only: nothing is written.
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return Result<int>::fail(Error::Code::Io,
                                     tr("The file \"%1\" cannot be read: %2").arg(path, f.errorString()));
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArray(kSqliteMagic)))
            return Result<int>::fail(Error::Code::NotAPlan,
                                     tr("The file \"%1\" is not a DX Planner plan.").arg(path));
        if (header.size() < 100 || info.size() < 512)
            return Result<int>::fail(
                Error::Code::Corrupt,
                tr("The plan \"%1\" is damaged or incomplete and cannot be opened.").arg(path));
        // Bytes 18 and 19: the file format's write and read versions, 2 for WAL.
        if (readableBeforeCheck)
            *readableBeforeCheck = header.at(18) == 2 && header.at(19) == 2 &&
                                   !QFileInfo::exists(path + QStringLiteral("-wal")) &&
                                   !QFileInfo::exists(path + QStringLiteral("-journal"));
    }

    // No "-wal" beside the file: no connection has it open, so read it as immutable. A plain read-only
    // connection to a WAL-mode file would create "-wal" and "-shm" and leave them behind.
    const bool immutable = !QFileInfo::exists(path + QStringLiteral("-wal"));
    const Result<QString> conn = connect(path, /*readOnly=*/true, immutable);
    if (!conn)
        return Result<int>::fail(conn.error().code, conn.error().message);
    Result<int> result = Result<int>::fail(Error::Code::Corrupt, QString());
    {
        QSqlDatabase db = QSqlDatabase::database(conn.value(), false);
        QSqlQuery q(db);
        const auto corrupt = [&] {
            return Result<int>::fail(
                Error::Code::Corrupt,
                tr("The plan \"%1\" is damaged or incomplete and cannot be opened.").arg(path));
        };
        if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
            result = corrupt();
        } else if (q.value(0).toInt() != schema::kApplicationId) {
            result =
                Result<int>::fail(Error::Code::NotAPlan,
                                  tr("The file \"%1\" is a database, but not a DX Planner plan.").arg(path));
        } else if (depth == Depth::Whole && !quickCheckPasses(q)) {
            result = corrupt();
        } else if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next()) {
            result = corrupt();
        } else {
            const int version = q.value(0).toInt();
            if (version > schema::kCurrentVersion)
                result = Result<int>::fail(
                    Error::Code::TooNew,
                    tr("The plan \"%1\" was written by a newer version of DX Planner (file format %2; this "
                       "version reads up to %3). Please update DX Planner to open it.")
                        .arg(path)
                        .arg(version)
                        .arg(schema::kCurrentVersion));
            else if (version < 1)
                result = corrupt();
            else
                result = Result<int>(version);
        }
    }
    disconnect(conn.value());
    return result;
}

Status PlanFile::quickCheck(const QString &path)
{
    const bool immutable = !QFileInfo::exists(path + QStringLiteral("-wal"));
    const Result<QString> conn = connect(path, /*readOnly=*/true, immutable);
    if (!conn)
        return Status::fail(conn.error().code, conn.error().message);
    bool sound = false;
    {
        QSqlQuery q(QSqlDatabase::database(conn.value(), false));
        sound = quickCheckPasses(q);
    }
    disconnect(conn.value());
    if (!sound)
        return Status::fail(Error::Code::Corrupt,
                            tr("The plan \"%1\" is damaged or incomplete and cannot be opened.").arg(path));
    return success();
}

Result<QString> PlanFile::connect(const QString &path, bool readOnly, bool immutable)
{
    const QString name = QStringLiteral("dxplan-%1").arg(++g_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A busy timeout lets a second program (or a backup tool) finish its write instead of failing at once.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (readOnly && immutable) {
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Result<QString>::fail(Error::Code::Io,
                                     tr("The plan \"%1\" cannot be opened: %2").arg(path, why));
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA trusted_schema = OFF")};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &p : pragmas) {
        const QString err = run(db, p);
        if (!err.isEmpty()) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return Result<QString>::fail(Error::Code::Io,
                                         tr("The plan \"%1\" cannot be opened: %2").arg(path, err));
        }
    }
    return Result<QString>(name);
}

void PlanFile::disconnect(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Status PlanFile::copyTo(const QString &connectionName, const QString &target)
{
    if (QFileInfo::exists(target))
        return Status::fail(Error::Code::Exists, tr("The file \"%1\" already exists.").arg(target));
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec())
        return Status::fail(
            Error::Code::Io,
            tr("A copy could not be written to \"%1\": %2").arg(target, q.lastError().databaseText()));
    return success();
}

Status PlanFile::migrate(const QString &connectionName, int fromVersion)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    for (int v = fromVersion + 1; v <= schema::kCurrentVersion; ++v) {
        QString err = run(db, QStringLiteral("BEGIN IMMEDIATE"));
        for (const QString &sql : schema::migrationStatements(v)) {
            if (!err.isEmpty())
                break;
            err = run(db, sql);
        }
        if (v == 1 && err.isEmpty())
            err = run(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
        if (err.isEmpty())
            err = run(db, QStringLiteral("COMMIT"));
        if (!err.isEmpty()) {
            run(db, QStringLiteral("ROLLBACK"));
            return Status::fail(Error::Code::Database,
                                tr("The plan could not be upgraded to file format %1: %2").arg(v).arg(err));
        }
    }
    return success();
}

QString PlanFile::backupPathFor(const QString &path, int version)
{
    const QString base = QStringLiteral("%1.schema-v%2").arg(path).arg(version);
    QString candidate = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2.bak").arg(base).arg(n);
    return candidate;
}

} // namespace dx
