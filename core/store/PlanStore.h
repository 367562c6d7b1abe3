// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan file: opens, creates and migrates it, reads the domain from it and writes every edit
// as one committed transaction with its change-log lines. The only place that speaks SQL
// (docs/architecture.md §4).
#include "ChangeSet.h"
#include "domain/Agency.h"
#include "domain/ChangeLogEntry.h"
#include "domain/Indicator.h"
#include "domain/IssuedReport.h"
#include "domain/Locality.h"
#include "domain/Measurement.h"
#include "domain/Person.h"
#include "domain/Plan.h"
#include "domain/Result.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QFuture>
#include <QMap>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QTemporaryDir;

namespace dx {

class SqlWriter;

/// A group with every task under it, as removed: enough to put them back exactly (undo).
struct GroupSnapshot
{
    TaskGroup group;
    QList<Task> tasks; ///< parents before their sub-tasks
};

/**
 * One open plan file. Reads return plain domain values; writes normalise text (normalizeFields), validate,
 * run in one `BEGIN IMMEDIATE` transaction, append to the change log, commit, then emit committed() once
 * with everything the transaction changed. A failed write changes nothing, emits nothing and returns a
 * translated message.
 *
 * Not thread-safe: use from the thread that opened it.
 */
class PlanStore : public QObject
{
    Q_OBJECT
public:
    ~PlanStore() override;

    /// Creates a new plan file with @p plan's metadata, then lets @p fill (when given) write its content.
    /// The file is built beside @p path under a temporary name and renamed into place only when complete
    /// and checked: a failure, a full disk or a kill leaves nothing at @p path. Refuses an existing file.
    static Result<std::unique_ptr<PlanStore>> create(const QString &path, const Plan &plan,
                                                     const std::function<Status(PlanStore &)> &fill = {});
    /// When open() runs the file's PRAGMA quick_check (docs/architecture.md §4).
    enum class IntegrityCheck
    {
        BeforeOpening, ///< open() returns once every page was checked (command line, dialogs, tests)
        /// open() checks the header, application id and version, and returns while quick_check runs in a
        /// worker thread: the window reads the plan meanwhile. No write starts before the check passed
        /// (write() waits for it), so a damaged file is still never modified. Files that need migrating,
        /// are not in WAL mode or have a "-wal" beside them are checked before opening instead.
        InBackground
    };
    enum class Integrity
    {
        Sound,
        Checking,
        Damaged
    };

    /// Opens an existing plan. Files that are not plans, are damaged or newer are refused and left
    /// untouched; an older schema is backed up (VACUUM INTO "<name>.schema-vN.bak") and migrated.
    /// Whether the caller means to write. Commands that only read ask for ReadOnly: the file is then
    /// read through a read-only connection and nothing is created beside it.
    enum class Access
    {
        ReadWrite, ///< read-only anyway when the file cannot be written (readOnlyReason() says why)
        ReadOnly
    };
    /// Opens an existing plan. Files that are not plans, are damaged, have a schema other than the one
    /// of their version, or are newer are refused and left untouched; an older schema is backed up
    /// (a verified VACUUM INTO "<name>.schema-vN.bak") and migrated in one transaction.
    static Result<std::unique_ptr<PlanStore>> open(const QString &path,
                                                   IntegrityCheck check = IntegrityCheck::BeforeOpening,
                                                   Access access = Access::ReadWrite);

    /// True when every write is refused: opened ReadOnly, on read-only media or in a folder the user may
    /// not write, or with a foreign "-wal" beside it (read from the main file alone).
    bool isReadOnly() const { return m_readOnly; }
    /// One sentence saying why the plan is read-only (empty for Access::ReadOnly by choice).
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Sentences the planner must see on opening (a network share, a side file that was not applied).
    QStringList warnings() const { return m_warnings; }

    QString path() const { return m_path; }
    /// Name written to the change log ("who"); by default the operating system's account name.
    void setUserName(const QString &name) { m_user = name; }
    /// The account name of the operating system user running the program ("" when unknown).
    static QString systemUserName();
    QString userName() const { return m_user; }
    /// Tests only: the clock that stamps the change log and values recorded without a time, so that a
    /// test can make edits "at" known dates through the real API. Empty: the system clock (UTC).
    void setClockForTesting(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// How much checkIntegrity() reads.
    enum class CheckDepth
    {
        /// PRAGMA integrity_check: every page, and every index entry against its row (`dxplanner check`).
        Full,
        /// Only what open()'s PRAGMA quick_check leaves out: the foreign keys, the schema version and
        /// definition, a foreign side file. For the commands that only read (status, report, export) of a
        /// store opened with IntegrityCheck::BeforeOpening: every page of a large plan is read once to check
        /// it, not twice (at 1.5 million values the full check was a quarter of `dxplanner status`).
        AfterQuickCheck
    };
    /// Runs PRAGMA integrity_check (see @p depth) and foreign_key_check and checks the schema version and
    /// definition; fails too when a side file beside the plan was found foreign and not applied.
    Status checkIntegrity(CheckDepth depth = CheckDepth::Full) const;
    /// Sound, or still Checking in the background, or Damaged (then every write is refused).
    Integrity integrity() const { return m_integrity; }
    /// Waits for a background quick_check to end: success when the file is sound, else why it is not.
    Status waitForIntegrity();
    /// Writes a consistent copy of the plan to @p path (VACUUM INTO); refuses an existing file.
    Status saveCopy(const QString &path);

    // ---- reading ---------------------------------------------------------------------------------
    Plan plan() const;
    QList<TaskGroup> groups() const; ///< by sort order
    QList<Task> tasks() const;       ///< by group, then sort order (kept until the next write)
    std::optional<Task> task(Id id) const;
    std::optional<TaskGroup> group(Id id) const;
    QList<Agency> agencies() const; ///< by sort order, then name
    QList<Person> persons() const;
    QList<Locality> localities() const;  ///< by sort order
    QList<Indicator> indicators() const; ///< by sort order, with targets, localities, groups
    std::optional<Indicator> indicator(Id id) const;
    QList<Measurement> measurements(Id indicatorId) const; ///< by period, then locality
    QList<Measurement> allMeasurements() const;            ///< by indicator, then period, then locality
    /// Calls @p visit with each value in the order of allMeasurements(), reading one row at a time, so a
    /// streaming export of a large plan never holds them all; stops early when @p visit returns false.
    void forEachMeasurement(const std::function<bool(const Measurement &)> &visit) const;
    /// Calls @p visit once per indicator that has values, with that indicator's values (in the order of
    /// allMeasurements()), read through forEachMeasurement(): only one indicator's values are held at a
    /// time. @p visit may move the list away.
    void forEachIndicatorValues(
        const std::function<void(Id indicatorId, QList<Measurement> &values)> &visit) const;
    /// Reads every value of the plan file @p path through a read-only connection of its own, made in
    /// the calling thread: lets a worker thread load a large plan's values while the window opens.
    static Result<QList<Measurement>> readMeasurements(const QString &path);
    /// readMeasurements() one value at a time, in the same order, through @p visit: a worker can group and
    /// judge each indicator's values as they come, without the whole list (stops when @p visit returns
    /// false).
    static Status readMeasurements(const QString &path,
                                   const std::function<bool(const Measurement &)> &visit);
    QList<ChangeLogEntry> changeLog(const QString &entity = {}, Id entityId = 0) const; ///< newest first
    /// The change-log lines of every entity stamped at or after @p utc, newest first, in one pass back from
    /// the newest line: it stops at the first line stamped before @p utc (the lines are in the order of the
    /// commits; a clock set back on some PC never makes an older commit count as later), and at the mark
    /// of the file's creation (fileCreation()): what the file was made with has no history before it.
    /// Linear in the lines read; no index is needed (a reverse scan of the rowid). @p entity ("task"): only
    /// that entity's lines are returned (the others, an import's thousands of values, are read past).
    QList<ChangeLogEntry> changesSince(const QDateTime &utc, const QString &entity = {}) const;
    /// When the file was made: from its first change-log line to the mark create() logs once the
    /// template or import has been written. Both invalid for a file made before the mark existed.
    struct Creation
    {
        QDateTime from; ///< UTC
        QDateTime to;   ///< UTC
        bool contains(const QDateTime &t) const
        {
            return from.isValid() && to.isValid() && from <= t && t <= to;
        }
    };
    Creation fileCreation() const;
    /// The change log's mark of the end of the file's creation (entity "plan", field of this name).
    static QString creationMarkField() { return QStringLiteral("fileCreated"); }
    QMap<QString, QString> settings() const;
    /// True once after another connection (another window, program or PC) committed to the file since the
    /// last call: PRAGMA data_version moves only for other connections' commits. The window polls it.
    bool takeExternalChange();

    // ---- writing: each call is one transaction -------------------------------------------------
    // No lost update (docs/architecture.md §4.1): every row carries a version. An update of a copy read at
    // an older version than the stored one is refused with Error::Code::Stale and a sentence naming the
    // other value and who made it, and nothing changes. Where the caller knows what it expects to find
    // (@p expected: an edit's "before", an undo's "after"), only the fields it writes are compared, so
    // another program's change to other fields of the same row is kept rather than refused. A copy of
    // version 0 (not read from the file) is written unchecked.
    Status updatePlan(const Plan &plan, const std::optional<Plan> &expected = {});
    Status setSettings(const QMap<QString, QString> &values);

    Result<Id> insertGroup(const TaskGroup &group); ///< id 0: a new id; else that id (undo)
    Status updateGroup(const TaskGroup &group, const std::optional<TaskGroup> &expected = {});
    Status reorderGroups(const QList<Id> &order);
    Result<GroupSnapshot> removeGroup(Id id); ///< removes its tasks too
    Status restoreGroup(const GroupSnapshot &snapshot);

    Result<Id> insertTask(const Task &task); ///< id 0: a new id; else that id (undo)
    /// Writes @p fields of @p task; the stored values of the other fields are kept.
    Status updateTask(const Task &task, TaskFields fields = TaskFields::all());
    /// Writes @p fields of several tasks in one transaction; the other fields keep their stored values, so
    /// a stale copy of a field the caller did not edit never overwrites a newer one.
    /// @p expected: what the caller believes each task holds (matched by id); a task without one is
    /// checked by its version.
    Status updateTasks(const QList<Task> &tasks, TaskFields fields = TaskFields::all(),
                       const QList<Task> &expected = {});
    Result<QList<Task>> removeTask(Id id); ///< returns it and its sub-tasks
    Status restoreTasks(const QList<Task> &tasks);

    Result<Id> insertAgency(const Agency &agency);
    Status updateAgency(const Agency &agency, const std::optional<Agency> &expected = {});
    /// Points every reference to @p duplicate at @p kept, then removes @p duplicate.
    Status mergeAgencies(Id kept, Id duplicate);
    /// Removes an agency; references to it become empty. Used to undo an addition.
    Status removeAgency(Id id);
    Result<Id> insertPerson(const Person &person);
    Status removePerson(Id id);
    Status updatePerson(const Person &person, const std::optional<Person> &expected = {});
    Result<Id> insertLocality(const Locality &locality);

    Result<Id> insertIndicator(const Indicator &indicator);
    /// Targets, localities and groups included.
    Status updateIndicator(const Indicator &indicator, const std::optional<Indicator> &expected = {});
    Result<Indicator> removeIndicator(Id id);
    /// Inserts or replaces the values keyed by (indicator, locality, period); one transaction.
    /// @p expected: what the caller believes the cells hold now; a cell of @p values missing from it is
    /// believed empty. Without it, a value of version > 0 must still be the stored row's version, and one
    /// of version Measurement::kEmpty must find its cell still empty.
    Status upsertMeasurements(const QList<Measurement> &values,
                              const std::optional<QList<Measurement>> &expected = {});
    /// @p expected as for upsertMeasurements(); without it, a value of version > 0 must be stored at it.
    Status removeMeasurements(const QList<Measurement> &values,
                              const std::optional<QList<Measurement>> &expected = {});

    // ---- issued reports (PlanStoreReports.cpp; docs/plan-file.md "Issued reports") -----------------
    /// Stores @p report (its number, dates, period, format, language and snapshot) with @p pdf, stamped
    /// with the current time and userName(); one transaction, logged. Issued reports are read-only: the
    /// file's triggers refuse any change or removal of one.
    Result<Id> issueReport(const IssuedReport &report, const QByteArray &pdf);
    /// Every issued report, oldest first, without the PDF or the snapshot.
    QList<IssuedReport> issuedReports() const;
    /// One issued report with its snapshot (without the PDF).
    std::optional<IssuedReport> issuedReport(Id id) const;
    /// The last report issued (the highest id), with its snapshot.
    std::optional<IssuedReport> lastIssuedReport() const;
    /// The PDF of an issued report as it was issued (empty when there is none of that id).
    QByteArray issuedReportPdf(Id id) const;

    /// Runs @p work, which may call several of the writes above, as one transaction: all or nothing.
    /// Their signals are emitted after the commit (none after a rollback).
    Status bulkWrite(const std::function<Status(PlanStore &)> &work);

signals:
    /// Emitted once after each COMMIT with what the transaction changed (never after a rollback).
    void committed(const dx::ChangeSet &changes);
    /// The background quick_check ended (emitted once, from the event loop). @p problem is empty when
    /// the file is sound, else the sentence that says it is damaged.
    void integrityChecked(bool sound, const QString &problem);

private:
    explicit PlanStore(QString path, QString connectionName);
    QSqlDatabase db() const;
    Status write(const std::function<Status(SqlWriter &)> &work);
    /// What the open transaction changed so far: committed() carries it after COMMIT.
    ChangeSet &pending() { return m_pending; }
    /// Records the tasks, groups and indicators that refer to @p agency as changed.
    void noteAgencyReferences(SqlWriter &w, Id agency);
    void checkInBackground();
    void settleIntegrity();

    QString m_path;
    QString m_connection;
    QString m_user;
    std::function<QDateTime()> m_clock;  ///< setClockForTesting(); empty: the system clock
    std::unique_ptr<SqlWriter> m_writer; ///< the open transaction, when there is one
    ChangeSet m_pending;                 ///< emitted after commit, dropped on rollback
    /// tasks() as last read outside a transaction: the window's panels all start from the same 2,000
    /// tasks. Every write drops it; a commit by another connection changes PRAGMA data_version.
    mutable std::optional<QList<Task>> m_tasks;
    mutable qint64 m_tasksDataVersion = -1; ///< PRAGMA data_version when m_tasks was read
    qint64 m_seenDataVersion = -1;          ///< PRAGMA data_version at the last takeExternalChange()
    qint64 dataVersion() const;
    Integrity m_integrity = Integrity::Sound;
    QString m_damage;         ///< why the file is damaged (Integrity::Damaged)
    QFuture<QString> m_check; ///< the background quick_check: empty text when sound
    bool m_integrityAnnounced = false;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QString m_sideFileNotice; ///< a foreign "-wal"/"-journal" was not applied
    QStringList m_warnings;
    std::unique_ptr<QTemporaryDir>
        m_scratch; ///< a migrated private copy an older read-only plan is read from
};

} // namespace dx
