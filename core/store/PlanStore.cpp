// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanStore.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include "FileProblem.h"
#include "PlanFile.h"
#include "Schema.h"
#include "SchemaCheck.h"
#include "SqlWriter.h"
#include "StaleCheck.h"
#include "domain/Validation.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPromise>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUuid>

#include <cerrno>

namespace dx {

PlanStore::PlanStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connection(std::move(connectionName)), m_user(systemUserName())
{
}

PlanStore::~PlanStore()
{
    // The check's own read-only connection must not be the last one open: it could not remove "-wal".
    if (m_integrity == Integrity::Checking)
        m_check.waitForFinished();
    m_writer.reset();
    PlanFile::disconnect(m_connection);
}

QSqlDatabase PlanStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<std::unique_ptr<PlanStore>> PlanStore::create(const QString &path, const Plan &plan,
                                                     const std::function<Status(PlanStore &)> &fill)
{
    using R = Result<std::unique_ptr<PlanStore>>;
    if (QFileInfo::exists(path))
        return R::fail(Error::Code::Exists, PlanFile::tr("The file \"%1\" already exists.").arg(path));
    const QString why = Validation::plan(plan);
    if (!why.isEmpty())
        return R::fail(Error::Code::Invalid, why);

    const Status built = PlanFile::buildAtomically(path, [&](const QString &temp) -> Status {
        const Result<QString> conn = PlanFile::connect(temp, false);
        if (!conn)
            return conn.error();
        std::unique_ptr<PlanStore> store(new PlanStore(temp, conn.value()));
        Status s = PlanFile::migrate(conn.value(), 0);
        if (s) {
            SqlWriter w(store->db(), QString());
            w.exec(QStringLiteral("INSERT INTO plan (id, code, title) VALUES (1, ?, ?)"),
                   {plan.code, plan.title});
            // The first line of every plan's history names the file uniquely: a "-wal" of another plan
            // cannot leave it as it is, which is how PlanFile tells such a journal from the plan's own.
            w.logInsert(QStringLiteral("plan"), 1,
                        QStringLiteral("file %1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
            s = w.status();
        }
        if (s)
            s = store->updatePlan(plan);
        if (s && fill)
            s = fill(*store);
        if (s) {
            // The end of the file's making: a report for an earlier cut-off takes what the file was made
            // with (a template, an import) as its state then, never an empty plan (PlanStore::changesSince).
            SqlWriter w(store->db(), store->userName());
            w.logUpdate(QStringLiteral("plan"), 1, creationMarkField(), QString(), QStringLiteral("1"));
            s = w.status();
        }
        return s; // the store closes here: its "-wal" is written back and removed
    });
    if (!built)
        return R::fail(built.error().code, built.error().message);
    return open(path);
}

Result<std::unique_ptr<PlanStore>> PlanStore::open(const QString &path, IntegrityCheck check, Access access)
{
    using R = Result<std::unique_ptr<PlanStore>>;
    PlanFile::Details details;
    const Result<int> version = PlanFile::inspect(path, PlanFile::Depth::HeaderOnly, &details);
    if (!version)
        return R::fail(version.error().code, version.error().message);

    bool readOnly = access == Access::ReadOnly;
    QString reason;
    const bool mainFileOnly = details.sideFiles == PlanFile::SideFiles::Foreign;
    if (mainFileOnly) {
        readOnly = true;
        reason = details.sideFileNotice;
    }
    if (!readOnly) {
        reason = FileProblem::writeBlocker(path);
        readOnly = !reason.isEmpty();
    }
    const bool checkLater = check == IntegrityCheck::InBackground && details.readableBeforeCheck &&
                            version.value() == schema::kCurrentVersion && !readOnly;
    if (!checkLater)
        if (const Status sound = PlanFile::quickCheck(path, mainFileOnly); !sound)
            return R::fail(sound.error().code, sound.error().message);

    QStringList warnings;
    if (!details.sideFileNotice.isEmpty())
        warnings << details.sideFileNotice;
    if (const QString share = FileProblem::networkShareWarning(path); !share.isEmpty())
        warnings << share;

    if (readOnly) {
        // An older file read without writing it: migrated in a private copy, the file itself untouched.
        auto scratch = std::make_unique<QTemporaryDir>();
        QString readFrom = path;
        if (version.value() < schema::kCurrentVersion) {
            const Result<QString> ro = PlanFile::connect(path, true, mainFileOnly);
            if (!ro)
                return R::fail(ro.error().code, ro.error().message);
            readFrom = scratch->filePath(QStringLiteral("migrated.dxplan"));
            Status copied = scratch->isValid() ? PlanFile::copyTo(ro.value(), readFrom)
                                               : Status::fail(Error::Code::Io, scratch->errorString());
            PlanFile::disconnect(ro.value());
            if (copied) {
                const Result<QString> rw = PlanFile::connect(readFrom, false);
                copied = rw ? PlanFile::migrate(rw.value(), version.value()) : Status(rw.error());
                if (rw)
                    PlanFile::disconnect(rw.value());
            }
            if (!copied)
                return R::fail(copied.error().code, copied.error().message);
        }
        const Result<QString> conn = PlanFile::connect(readFrom, true, mainFileOnly || readFrom != path);
        if (!conn)
            return R::fail(conn.error().code, conn.error().message);
        std::unique_ptr<PlanStore> store(new PlanStore(path, conn.value()));
        store->m_scratch = std::move(scratch);
        store->m_readOnly = true;
        store->m_readOnlyReason = reason;
        store->m_sideFileNotice = details.sideFileNotice;
        store->m_warnings = warnings;
        return R(std::move(store));
    }

    QString backup;
    if (version.value() < schema::kCurrentVersion) {
        // Back up the old file before touching it, from a read-only connection: a checked copy renamed
        // into place, so a full disk leaves no partial backup.
        const Result<QString> ro = PlanFile::connect(path, true);
        if (!ro)
            return R::fail(ro.error().code, ro.error().message);
        backup = PlanFile::backupPathFor(path, version.value());
        const Status copied = PlanFile::copyTo(ro.value(), backup);
        PlanFile::disconnect(ro.value());
        if (!copied)
            return R::fail(copied.error().code, copied.error().message);
    }

    if (version.value() < schema::kCurrentVersion) {
        // Migrated on a copy renamed over the file: all or nothing, the file as it was, so is the folder.
        const Status migrated = PlanFile::migrateFile(path, version.value(), backup);
        if (!migrated) {
            QFile::remove(backup);
            return R::fail(migrated.error().code, migrated.error().message);
        }
    }
    const Result<QString> conn = PlanFile::connect(path, false);
    if (!conn)
        return R::fail(conn.error().code, conn.error().message);
    std::unique_ptr<PlanStore> store(new PlanStore(path, conn.value()));
    store->m_warnings = warnings;
    if (checkLater)
        store->checkInBackground();
    return R(std::move(store));
}

void PlanStore::checkInBackground()
{
    // QPromise and QThreadPool are Qt Core: the store stays free of Qt Concurrent.
    auto promise = std::make_shared<QPromise<QString>>();
    m_check = promise->future();
    m_integrity = Integrity::Checking;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        settleIntegrity();
        if (!std::exchange(m_integrityAnnounced, true))
            emit integrityChecked(m_integrity == Integrity::Sound, m_damage);
    });
    watcher->setFuture(m_check);
    promise->start();
    QThreadPool::globalInstance()->start([promise, path = m_path] {
        const Status sound = PlanFile::quickCheck(path);
        promise->addResult(sound ? QString() : sound.error().message);
        promise->finish();
    });
}

void PlanStore::settleIntegrity()
{
    if (m_integrity != Integrity::Checking)
        return;
    m_check.waitForFinished();
    if (m_check.resultCount() > 0) {
        m_damage = m_check.result();
    } else { // the worker never ran (pool cleared): check here rather than trust the file unchecked
        const Status sound = PlanFile::quickCheck(m_path);
        m_damage = sound ? QString() : sound.error().message;
    }
    m_integrity = m_damage.isEmpty() ? Integrity::Sound : Integrity::Damaged;
}

Status PlanStore::waitForIntegrity()
{
    settleIntegrity();
    if (m_integrity == Integrity::Damaged)
        return Status::fail(Error::Code::Corrupt, m_damage);
    return success();
}

Status PlanStore::checkIntegrity(CheckDepth depth) const
{
    QSqlQuery q(db());
    const auto damaged = [this](const QString &detail) {
        return Status::fail(Error::Code::Corrupt,
                            PlanFile::tr("The plan \"%1\" is damaged: %2").arg(m_path, detail));
    };
    if (depth == CheckDepth::Full) {
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return damaged(q.lastError().databaseText());
        QStringList problems;
        while (q.next())
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << q.value(0).toString();
        if (!problems.isEmpty())
            return damaged(problems.join(QLatin1String("; ")));
    }
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return damaged(q.lastError().databaseText());
    if (q.next())
        return damaged(PlanFile::tr("a row of table %1 refers to a missing row of table %2")
                           .arg(q.value(0).toString(), q.value(2).toString()));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version")) || !q.next() ||
        q.value(0).toInt() != schema::kCurrentVersion)
        return damaged(PlanFile::tr("unexpected file format version"));
    if (const QString problem = SchemaCheck::problem(db(), schema::kCurrentVersion); !problem.isEmpty())
        return Status::fail(Error::Code::Corrupt,
                            PlanFile::tr("The file \"%1\" is not a sound plan (%2); it was not changed.")
                                .arg(m_path, problem));
    if (!m_sideFileNotice.isEmpty())
        return Status::fail(Error::Code::Corrupt, m_sideFileNotice);
    return success();
}

Status PlanStore::saveCopy(const QString &path)
{
    if (const Status sound = waitForIntegrity(); !sound) // never hand out a copy of an unchecked file
        return sound;
    return PlanFile::copyTo(m_connection, path);
}

// ---- the write path -----------------------------------------------------------------------------

Status PlanStore::write(const std::function<Status(SqlWriter &)> &work)
{
    if (m_writer) // nested inside bulkWrite(): the outer transaction commits
        return work(*m_writer);
    if (m_readOnly)
        return Status::fail(Error::Code::Io,
                            m_readOnlyReason.isEmpty()
                                ? PlanFile::tr("The plan \"%1\" is open for reading only.").arg(m_path)
                                : m_readOnlyReason);
    // Nothing is written to a file before its quick_check passed (IntegrityCheck::InBackground).
    if (m_integrity != Integrity::Sound)
        if (const Status sound = waitForIntegrity(); !sound)
            return sound;

    // Qt's transaction() sends a plain BEGIN, which turns a read-then-write into an instant
    // SQLITE_BUSY under contention; BEGIN IMMEDIATE takes the write lock up front.
    QSqlDatabase d = db();
    QSqlQuery begin(d);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Status::fail(
            Error::Code::Io,
            PlanFile::tr("The plan cannot be written: %1").arg(begin.lastError().databaseText()));
    m_writer = std::make_unique<SqlWriter>(d, m_user);
    m_writer->setClock(m_clock);
    m_pending = ChangeSet{};
    Status result = work(*m_writer);
    if (result && m_writer->failed())
        result = m_writer->status();
    m_writer.reset();
    m_tasks.reset(); // whatever the outcome: tasks() reads the file again
    QSqlQuery end(d);
    if (result && !end.exec(QStringLiteral("COMMIT")))
        result =
            Status::fail(Error::Code::Io,
                         PlanFile::tr("The plan cannot be written: %1").arg(end.lastError().databaseText()));
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        m_pending = ChangeSet{};
        return result;
    }
    const ChangeSet changes = std::exchange(m_pending, ChangeSet{});
    if (!changes.isEmpty())
        emit committed(changes);
    return result;
}

bool PlanStore::takeExternalChange()
{
    if (m_writer)
        return false;
    const qint64 version = dataVersion();
    const bool changed = m_seenDataVersion >= 0 && version != m_seenDataVersion;
    m_seenDataVersion = version;
    return changed;
}

qint64 PlanStore::dataVersion() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -2;
}

QString PlanStore::systemUserName()
{
    // The account name as the operating system gives it to programs (no API in Qt for it).
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services and CI runners often start programs without those variables: ask the user database.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return {};
}

Status PlanStore::bulkWrite(const std::function<Status(PlanStore &)> &work)
{
    return write([&](SqlWriter &) { return work(*this); });
}

// ---- plan and settings ---------------------------------------------------------------------------

Plan PlanStore::plan() const
{
    Plan p;
    QSqlQuery q(db());
    q.exec(QStringLiteral(
        "SELECT code, title, title_en, doc_type, issuer, issue_date, place, start_year, end_year, "
        "milestone_years, summary, legal_refs, row_version FROM plan WHERE id = 1"));
    if (!q.next())
        return p;
    p.code = q.value(0).toString();
    p.title = q.value(1).toString();
    p.titleEn = q.value(2).toString();
    p.docType = q.value(3).toString();
    p.issuer = q.value(4).toString();
    p.issueDate = dateFrom(q.value(5));
    p.place = q.value(6).toString();
    p.startYear = q.value(7).toInt();
    p.endYear = q.value(8).toInt();
    for (const QString &y : q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.milestoneYears << y.toInt();
    p.summary = q.value(10).toString();
    p.legalRefs = q.value(11).toString();
    p.version = q.value(12).toLongLong();
    return p;
}

Status PlanStore::updatePlan(const Plan &input, const std::optional<Plan> &expected)
{
    Plan p = input;
    normalizeFields<PlanField>(p);
    const QString why = Validation::plan(p);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    return write([&](SqlWriter &w) {
        const Plan old = plan(); // read inside the transaction
        if (const Status st =
                checkNotStale<PlanField>(w, 1, old.code, old, p, expected ? &*expected : nullptr);
            !st)
            return st;
        QStringList years;
        for (int y : p.milestoneYears)
            years << QString::number(y);
        w.exec(QStringLiteral("UPDATE plan SET code = ?, title = ?, title_en = ?, doc_type = ?, issuer = ?, "
                              "issue_date = ?, place = ?, start_year = ?, end_year = ?, milestone_years = ?, "
                              "summary = ?, legal_refs = ? WHERE id = 1"),
               {p.code, p.title, p.titleEn, p.docType, p.issuer, dateOrNull(p.issueDate), p.place,
                p.startYear, p.endYear, years.join(QLatin1Char(',')), p.summary, p.legalRefs});
        w.logUpdates<PlanField>(1, old, p);
        m_pending.plan = true;
        return w.status();
    });
}

QMap<QString, QString> PlanStore::settings() const
{
    QMap<QString, QString> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT key, value FROM setting"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status PlanStore::setSettings(const QMap<QString, QString> &values)
{
    const QMap<QString, QString> old = settings();
    return write([&](SqlWriter &w) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            w.exec(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                   {it.key(), it.value()});
            w.logUpdate(QStringLiteral("setting"), 0, it.key(), old.value(it.key()), it.value());
        }
        m_pending.settings = true;
        return w.status();
    });
}

namespace {

ChangeLogEntry logEntryOf(const QSqlQuery &q)
{
    ChangeLogEntry e;
    e.id = q.value(0).toLongLong();
    e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.who = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.field = q.value(6).toString();
    e.oldValue = q.value(7).toString();
    e.newValue = q.value(8).toString();
    return e;
}

} // namespace

QList<ChangeLogEntry> PlanStore::changesSince(const QDateTime &utc, const QString &entity) const
{
    QList<ChangeLogEntry> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // ORDER BY the INTEGER PRIMARY KEY, descending: a reverse scan of the table, no sort and no index.
    q.exec(QStringLiteral("SELECT id, at, who, entity, entity_id, action, field, old_value, new_value "
                          "FROM change_log ORDER BY id DESC"));
    const QString plan = QStringLiteral("plan");
    while (q.next()) {
        const QString lineEntity = q.value(3).toString();
        if (lineEntity == plan && q.value(6).toString() == creationMarkField())
            break;
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        if (at.isValid() && at < utc)
            break;
        if (entity.isEmpty() || lineEntity == entity)
            out << logEntryOf(q);
    }
    return out;
}

PlanStore::Creation PlanStore::fileCreation() const
{
    Creation c;
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT at FROM change_log ORDER BY id LIMIT 1")) && q.next())
        c.from = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    // Values are stamped to the second (recorded_at): a value written in the file's first second counts.
    if (c.from.isValid())
        c.from = c.from.addMSecs(-c.from.time().msec());
    q.prepare(
        QStringLiteral("SELECT at FROM change_log WHERE entity = 'plan' AND entity_id = 1 AND field = ? "
                       "ORDER BY id LIMIT 1"));
    q.addBindValue(creationMarkField());
    if (q.exec() && q.next())
        c.to = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    return c;
}

QList<ChangeLogEntry> PlanStore::changeLog(const QString &entity, Id entityId) const
{
    QList<ChangeLogEntry> out;
    QSqlQuery q(db());
    QString sql = QStringLiteral("SELECT id, at, who, entity, entity_id, action, field, old_value, new_value "
                                 "FROM change_log");
    if (!entity.isEmpty())
        sql += QStringLiteral(" WHERE entity = ? AND entity_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    q.prepare(sql);
    if (!entity.isEmpty()) {
        q.addBindValue(entity);
        q.addBindValue(entityId);
    }
    q.exec();
    while (q.next())
        out << logEntryOf(q);
    return out;
}

} // namespace dx
