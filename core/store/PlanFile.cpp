// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanFile.h"

#include "FileProblem.h"
#include "Schema.h"
#include "SchemaCheck.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace dx {
namespace {

QAtomicInteger<quint64> g_connectionCounter; // only makes names unique; holds no state
QAtomicInteger<quint64> g_temporaryCounter;

constexpr char kSqliteMagic[] = "SQLite format 3";
const QString kTemporarySuffix = QStringLiteral(".dxtmp");

QString sidePath(const QString &path, const char *suffix)
{
    return path + QLatin1String(suffix);
}

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

QString damaged(const QString &path)
{
    return PlanFile::tr("The plan \"%1\" is damaged or incomplete and cannot be opened.").arg(path);
}

/// True when any program (this one included) holds a POSIX lock on @p path. Read from /proc/locks rather
/// than with fcntl(F_GETLK): that needs a descriptor of the file, and closing it would drop every lock
/// this process's own SQLite connections hold on it.
bool lockedByAnyone(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // "1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128": the device as hex major:minor, then the inode.
    const QByteArray device = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':' +
                              QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':' +
                              QByteArray::number(quint64(st.st_ino));
    for (const QByteArray &line : locks.readAll().split('\n'))
        if (line.simplified().split(' ').contains(device))
            return true;
    return false;
}

/// Digest of the change-log lines up to @p maxId: the log only grows, so a journal that belongs to the
/// plan leaves these lines exactly as they are.
QByteArray changeLogDigest(const QSqlDatabase &db, qint64 maxId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, at, who, entity, entity_id, action, field, old_value, new_value "
                             "FROM change_log WHERE id <= ? ORDER BY id"));
    q.addBindValue(maxId);
    if (!q.exec())
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next())
        for (int i = 0; i < 9; ++i) {
            hash.addData(q.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
    return hash.result();
}

struct MainFacts
{
    qint64 maxLogId = -1;
    QByteArray digest;
};

MainFacts mainFileFacts(const QString &path)
{
    MainFacts facts;
    const Result<QString> conn = PlanFile::connect(path, true, /*immutable=*/true);
    if (!conn)
        return facts;
    {
        QSqlDatabase db = QSqlDatabase::database(conn.value(), false);
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM change_log")) && q.next()) {
            facts.maxLogId = q.value(0).toLongLong();
            facts.digest = changeLogDigest(db, facts.maxLogId);
        }
    }
    PlanFile::disconnect(conn.value());
    return facts;
}

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(quint8(b.at(at))) << 24) | (quint32(quint8(b.at(at + 1))) << 16) |
           (quint32(quint8(b.at(at + 2))) << 8) | quint32(quint8(b.at(at + 3)));
}

QByteArray readHead(const QString &path, int bytes)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(bytes) : QByteArray();
}

/// The plan's page size from its header (bytes 16-17; 1 means 65536).
quint32 pageSizeOf(const QString &path)
{
    const QByteArray h = readHead(path, 100);
    if (h.size() < 100)
        return 0;
    const quint32 size = (quint32(quint8(h.at(16))) << 8) | quint32(quint8(h.at(17)));
    return size == 1 ? 65536 : size;
}

/// Examines the side files; for Recoverable, leaves the recovered copy in @p work and its path in
/// @p recovered.
PlanFile::SideFiles examine(const QString &path, QString *notice, QTemporaryDir *work, QString *recovered)
{
    using SF = PlanFile::SideFiles;
    const QString wal = sidePath(path, "-wal"), journal = sidePath(path, "-journal");
    const QFileInfo walInfo(wal), journalInfo(journal);
    const bool hasWal = walInfo.exists() && walInfo.size() > 0;
    const bool hasJournal = journalInfo.exists() && journalInfo.size() > 0;
    if (!hasWal && !hasJournal)
        return SF::None;
    // A program with the plan open holds locks on "-shm" (WAL) or on the plan itself (rollback journal).
    if (lockedByAnyone(sidePath(path, "-shm")) || lockedByAnyone(path))
        return SF::Live;
    const auto foreign = [&](const QString &file) {
        if (notice)
            *notice = PlanFile::tr("The file \"%1\" beside the plan does not belong to it (it comes from "
                                   "another plan or an older copy), so it was not applied and the plan is "
                                   "open read-only as it was last saved; move that file away to edit it.")
                          .arg(file);
        return SF::Foreign;
    };
    const QByteArray header = readHead(path, 100);
    const bool walMode = header.size() >= 20 && header.at(18) == 2;
    // A plan in WAL mode never has a rollback journal of its own: one beside it was put there.
    if (hasJournal && (walMode || hasWal))
        return foreign(journal);
    if (hasWal) {
        // The WAL header (sqlite.org/fileformat.html §4.1): magic, format 3007000, the page size.
        const QByteArray walHeader = readHead(wal, 32);
        if (walHeader.size() < 32)
            return SF::None; // SQLite ignores a header it cannot read: nothing would be applied
        const quint32 magic = bigEndian32(walHeader, 0);
        if ((magic != 0x377f0682 && magic != 0x377f0683) || bigEndian32(walHeader, 4) != 3007000 ||
            bigEndian32(walHeader, 8) != pageSizeOf(path))
            return foreign(wal);
    }
    // Recover into a private copy and look at the result: it must be a sound plan of a known version
    // whose change log still begins with every line the main file has.
    if (!work->isValid())
        return foreign(hasWal ? wal : journal);
    const QString copy = work->filePath(QStringLiteral("recovered.dxplan"));
    if (!QFile::copy(path, copy) ||
        !QFile::copy(hasWal ? wal : journal,
                     copy + (hasWal ? QStringLiteral("-wal") : QStringLiteral("-journal"))))
        return foreign(hasWal ? wal : journal);
    const MainFacts main = mainFileFacts(path);
    bool sound = false;
    if (const Result<QString> conn = PlanFile::connect(copy, false); conn) {
        {
            QSqlDatabase db = QSqlDatabase::database(conn.value(), false);
            QSqlQuery q(db);
            int version = 0;
            if (q.exec(QStringLiteral("PRAGMA application_id")) && q.next() &&
                q.value(0).toInt() == schema::kApplicationId &&
                q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
                version = q.value(0).toInt();
            sound = version >= 1 && version <= schema::kCurrentVersion &&
                    SchemaCheck::problem(db, version).isEmpty() && quickCheckPasses(q) &&
                    main.maxLogId >= 0 && changeLogDigest(db, main.maxLogId) == main.digest;
        }
        PlanFile::disconnect(conn.value());
    }
    if (!sound)
        return foreign(hasWal ? wal : journal);
    *recovered = copy;
    return SF::Recoverable;
}

bool fsyncPath(const QString &path, bool directory)
{
    const int fd =
        ::open(QFile::encodeName(path).constData(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0 || (directory && errno == EINVAL); // some file systems cannot sync dirs
    ::close(fd);
    return ok;
}

/// Renames @p from to @p to only if @p to does not exist, atomically where the file system allows.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray a = QFile::encodeName(from), b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
    // No RENAME_NOREPLACE here (e.g. vfat on a USB stick): link() also refuses an existing target.
    if (::link(a.constData(), b.constData()) == 0) {
        ::unlink(a.constData());
        return 0;
    }
    if (errno == EEXIST)
        return EEXIST;
    struct stat st
    {
    };
    if (::lstat(b.constData(), &st) == 0)
        return EEXIST;
    return ::rename(a.constData(), b.constData()) == 0 ? 0 : errno;
}

/// Removes temporary files that a killed program left while building @p target (its pid is in the name).
void removeStaleTemporaries(const QString &target)
{
    const QFileInfo info(target);
    QDir dir = info.absoluteDir();
    const QString prefix = QLatin1Char('.') + info.fileName() + QLatin1Char('.');
    for (const QString &name :
         dir.entryList({prefix + QStringLiteral("*") + kTemporarySuffix + QStringLiteral("*")},
                       QDir::Files | QDir::Hidden | QDir::System)) {
        const QString rest = name.mid(prefix.size());
        bool ok = false;
        const qint64 pid = rest.section(QLatin1Char('-'), 0, 0).toLongLong(&ok);
        if (ok && pid > 0 && pid != qint64(::getpid()) && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            dir.remove(name);
    }
}

bool isSymlinkLoop(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) != 0 && errno == ELOOP;
}

} // namespace

PlanFile::SideFiles PlanFile::examineSideFiles(const QString &path, QString *notice)
{
    QTemporaryDir work;
    QString recovered;
    return examine(path, notice, &work, &recovered);
}

Result<int> PlanFile::inspect(const QString &path, Depth depth, Details *details)
{
    const QFileInfo info(path);
    if (isSymlinkLoop(path))
        return FileProblem::fromErrno(path, ELOOP, FileProblem::Action::Open);
    if (!info.exists())
        return Result<int>::fail(Error::Code::NotFound, tr("The file \"%1\" does not exist.").arg(path));
    if (!info.isFile())
        return Result<int>::fail(Error::Code::NotAPlan, tr("\"%1\" is not a file.").arg(path));
    if (info.size() == 0)
        return Result<int>::fail(Error::Code::NotAPlan,
                                 tr("The file \"%1\" is empty: it is not a DX Planner plan.").arg(path));

    Details found;
    // Read the 100-byte SQLite header before any SQLite connection exists, so closing this descriptor
    // cannot drop a lock (docs/architecture.md §4). Opened read-only: nothing is written.
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return FileProblem::fromErrno(path, EACCES, FileProblem::Action::Open);
        const QByteArray header = f.read(100);
        if (!header.startsWith(QByteArray(kSqliteMagic)))
            return Result<int>::fail(Error::Code::NotAPlan,
                                     tr("The file \"%1\" is not a DX Planner plan.").arg(path));
        if (header.size() < 100 || info.size() < 512)
            return Result<int>::fail(Error::Code::Corrupt, damaged(path));
        // Bytes 18 and 19: the file format's write and read versions, 2 for WAL.
        found.readableBeforeCheck = header.at(18) == 2 && header.at(19) == 2;
    }

    // What lies beside it decides what is read: the main file alone (as immutable: no "-wal" or "-shm"
    // is created, and a foreign journal is ignored), the files in use by another program, or the result
    // of recovering a journal left by a program that stopped (in a private copy).
    QTemporaryDir work;
    QString target = path;
    bool immutable = true;
    found.sideFiles = examine(path, &found.sideFileNotice, &work, &target);
    if (target.isEmpty())
        target = path;
    if (found.sideFiles == SideFiles::Live)
        immutable = false;
    if (found.sideFiles != SideFiles::None || QFileInfo::exists(sidePath(path, "-wal")) ||
        QFileInfo::exists(sidePath(path, "-journal")))
        found.readableBeforeCheck = false;

    const Result<QString> conn = connect(target, /*readOnly=*/true, immutable);
    if (!conn)
        return Result<int>::fail(conn.error().code, conn.error().message);
    Result<int> result = Result<int>::fail(Error::Code::Corrupt, QString());
    {
        QSqlDatabase db = QSqlDatabase::database(conn.value(), false);
        QSqlQuery q(db);
        const auto corrupt = [&] { return Result<int>::fail(Error::Code::Corrupt, damaged(path)); };
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
            else if (const QString problem = SchemaCheck::problem(db, version); !problem.isEmpty())
                result = Result<int>::fail(
                    Error::Code::Corrupt,
                    tr("The file \"%1\" is not a sound plan (%2); it was not changed.").arg(path, problem));
            else
                result = Result<int>(version);
        }
    }
    disconnect(conn.value());
    if (result && details)
        *details = found;
    return result;
}

Status PlanFile::quickCheck(const QString &path, bool mainFileOnly)
{
    const Result<QString> conn = connect(path, /*readOnly=*/true, mainFileOnly);
    if (!conn)
        return Status::fail(conn.error().code, conn.error().message);
    bool sound = false;
    {
        QSqlQuery q(QSqlDatabase::database(conn.value(), false));
        sound = quickCheckPasses(q);
    }
    disconnect(conn.value());
    if (!sound)
        return Status::fail(Error::Code::Corrupt, damaged(path));
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
    // No "-wal" beside the file: no connection has it open in WAL mode, so it is read as immutable. A
    // plain read-only connection to a WAL-mode file would create "-wal" and "-shm" and leave them behind,
    // and cannot open at all on read-only media.
    if (readOnly && (immutable || !QFileInfo::exists(sidePath(path, "-wal")))) {
        db.setDatabaseName(
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    db.setConnectOptions(options);
    if (!db.open()) {
        const Error why = FileProblem::fromSql(path, db.lastError(), FileProblem::Action::Open);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return why;
    }
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA trusted_schema = OFF")};
    if (!readOnly)
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &p : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(p)) {
            const Error why = FileProblem::fromSql(
                path, q.lastError(), readOnly ? FileProblem::Action::Open : FileProblem::Action::Write);
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return why;
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

/// A hidden name beside @p target for a file being built: removeStaleTemporaries() knows the pattern.
static QString temporaryBeside(const QFileInfo &target)
{
    return target.absoluteDir().filePath(QStringLiteral(".%1.%2-%3%4")
                                             .arg(target.fileName())
                                             .arg(::getpid())
                                             .arg(++g_temporaryCounter)
                                             .arg(kTemporarySuffix));
}

Status PlanFile::buildAtomically(const QString &target, const std::function<Status(const QString &)> &build)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(target).constData(), &st) == 0)
        return Status::fail(Error::Code::Exists,
                            tr("The file \"%1\" already exists; it was not changed.").arg(target));
    if (const QString why = FileProblem::createBlocker(target); !why.isEmpty())
        return Status::fail(Error::Code::Io, why);
    removeStaleTemporaries(target);
    const QFileInfo info(target);
    const QString temp = temporaryBeside(info);
    const auto removeTemp = [&] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(sidePath(temp, suffix));
    };
    const auto failed = [&](const Error &e) {
        removeTemp();
        return Status(e);
    };
    if (const Status built = build(temp); !built)
        return failed(FileProblem::diskFull(temp)
                          ? FileProblem::fromErrno(target, ENOSPC, FileProblem::Action::Create)
                          : built.error());
    for (const char *suffix : {"-wal", "-journal"})
        if (QFileInfo::exists(sidePath(temp, suffix)))
            return failed(
                FileProblem::diskFull(temp)
                    ? FileProblem::fromErrno(target, ENOSPC, FileProblem::Action::Create)
                    : Error{Error::Code::Io, tr("The file \"%1\" could not be completed.").arg(target)});
    QFile::remove(sidePath(temp, "-shm"));
    if (const Result<int> checked = inspect(temp, Depth::Whole); !checked)
        return failed(
            FileProblem::diskFull(temp)
                ? FileProblem::fromErrno(target, ENOSPC, FileProblem::Action::Create)
                : Error{Error::Code::Io, tr("The file \"%1\" could not be completed.").arg(target)});
    if (!fsyncPath(temp, false))
        return failed(FileProblem::fromErrno(target, errno, FileProblem::Action::Create));
    if (const int e = renameNoReplace(temp, target); e != 0)
        return failed(e == EEXIST
                          ? Error{Error::Code::Exists,
                                  tr("The file \"%1\" already exists; it was not changed.").arg(target)}
                          : FileProblem::fromErrno(target, e, FileProblem::Action::Create));
    fsyncPath(info.absolutePath(), true); // the rename itself reaches the disk
    return success();
}

bool PlanFile::inUse(const QString &path)
{
    return lockedByAnyone(path) || lockedByAnyone(sidePath(path, "-shm"));
}

Status PlanFile::replaceWith(const QString &target, const QString &source)
{
    if (inUse(target))
        return FileProblem::fromErrno(target, EBUSY, FileProblem::Action::Write);
    if (const Result<int> sound = inspect(source, Depth::Whole); !sound)
        return Status(sound.error());
    const QFileInfo info(target);
    const QString temp = temporaryBeside(info);
    const auto failed = [&](const Error &e) {
        QFile::remove(temp);
        return Status(e);
    };
    removeStaleTemporaries(target);
    if (!QFile::copy(source, temp))
        return failed(FileProblem::fromErrno(target, FileProblem::diskFull(temp) ? ENOSPC : EACCES,
                                             FileProblem::Action::Create));
    if (!inspect(temp, Depth::Whole) || !fsyncPath(temp, false))
        return failed(
            FileProblem::diskFull(temp)
                ? FileProblem::fromErrno(target, ENOSPC, FileProblem::Action::Create)
                : Error{Error::Code::Io, tr("The file \"%1\" could not be completed.").arg(target)});
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
        return failed(FileProblem::fromErrno(target, errno, FileProblem::Action::Write));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(sidePath(target, suffix));
    fsyncPath(info.absolutePath(), true);
    return success();
}

Status PlanFile::copyTo(const QString &connectionName, const QString &target)
{
    return buildAtomically(target, [&](const QString &temp) {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec())
            return Status(FileProblem::fromSql(target, q.lastError(), FileProblem::Action::Create));
        return success();
    });
}

Status PlanFile::migrate(const QString &connectionName, int fromVersion)
{
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    // Every step in one transaction: a failure at any version (a full disk, say) leaves the file exactly
    // at @p fromVersion, never half-way.
    QString err = run(db, QStringLiteral("BEGIN IMMEDIATE"));
    int failedAt = fromVersion + 1;
    for (int v = fromVersion + 1; v <= schema::kCurrentVersion && err.isEmpty(); ++v) {
        failedAt = v;
        for (const QString &sql : schema::migrationStatements(v)) {
            if (!err.isEmpty())
                break;
            err = run(db, sql);
        }
        if (v == 1 && err.isEmpty())
            err = run(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
    }
    if (err.isEmpty()) {
        QSqlQuery commit(db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const Error why =
                FileProblem::fromSql(db.databaseName(), commit.lastError(), FileProblem::Action::Write);
            run(db, QStringLiteral("ROLLBACK"));
            return Status::fail(why.code, why.message);
        }
        return success();
    }
    run(db, QStringLiteral("ROLLBACK"));
    return Status::fail(Error::Code::Database,
                        tr("The plan could not be upgraded to file format %1: %2").arg(failedAt).arg(err));
}

Status PlanFile::migrateFile(const QString &path, int fromVersion, const QString &source)
{
    // Not in place: opening the old file read-write would already change it (WAL mode is written into
    // its header), and a migration that fails on a full disk would leave it so, with -wal and -shm beside.
    if (inUse(path))
        return FileProblem::fromErrno(path, EBUSY, FileProblem::Action::Write);
    const QFileInfo info(path);
    const QString temp = temporaryBeside(info);
    const auto failed = [&](const Error &e) {
        const bool full = FileProblem::diskFull(path); // before removing the copy frees the space again
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(temp + QLatin1String(suffix));
        if (full)
            return Status(FileProblem::fromErrno(path, ENOSPC, FileProblem::Action::Write));
        return Status(e);
    };
    removeStaleTemporaries(path);
    // QFile::copy() removes its partial file and keeps no errno: room for the copy is asked for first.
    struct statvfs room
    {
    };
    if (statvfs(QFile::encodeName(info.absolutePath()).constData(), &room) == 0 &&
        qint64(room.f_bavail) * qint64(room.f_frsize) < QFileInfo(source).size() + 16384)
        return Status(FileProblem::fromErrno(path, ENOSPC, FileProblem::Action::Write));
    if (!QFile::copy(source, temp))
        return failed(FileProblem::fromErrno(path, FileProblem::diskFull(path) ? ENOSPC : EACCES,
                                             FileProblem::Action::Write));
    const Result<QString> conn = connect(temp, false);
    if (!conn)
        return failed(conn.error());
    const Status migrated = migrate(conn.value(), fromVersion);
    disconnect(conn.value()); // the last connection: SQLite checkpoints and removes the -wal
    if (!migrated)
        return failed(migrated.error());
    for (const char *suffix : {"-wal", "-shm"})
        if (QFileInfo::exists(temp + QLatin1String(suffix)))
            return failed(Error{Error::Code::Io, tr("The file \"%1\" could not be completed.").arg(path)});
    if (const Result<int> checked = inspect(temp, Depth::Whole);
        !checked || checked.value() != schema::kCurrentVersion)
        return failed(checked
                          ? Error{Error::Code::Io, tr("The file \"%1\" could not be completed.").arg(path)}
                          : checked.error());
    if (!fsyncPath(temp, false))
        return failed(FileProblem::fromErrno(path, errno, FileProblem::Action::Write));
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0)
        return failed(FileProblem::fromErrno(path, errno, FileProblem::Action::Write));
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(sidePath(path, suffix));
    fsyncPath(info.absolutePath(), true);
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
