// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan file on disk before the store trusts it: tells a plan from anything else without
// writing a byte (header, application id, schema, side files), opens connections with the settings every
// plan connection needs, builds new files beside their target and renames them in only when complete,
// backs up and migrates.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace dx {

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    /// How much inspect() reads.
    enum class Depth
    {
        Whole,     ///< also PRAGMA quick_check: every page of the file
        HeaderOnly ///< header, application id, schema and version; quickCheck() must follow before a write
    };
    /// What lies beside the plan file ("-wal", "-journal") and whether it may be applied.
    enum class SideFiles
    {
        None,        ///< nothing to apply (no file, or an empty one)
        Live,        ///< another program has the plan open: its journal is in use and is its business
        Recoverable, ///< left by a program that stopped; it belongs to this plan and the result is sound
        Foreign      ///< it does not belong to this plan (or would damage it): it must not be applied
    };
    /// What inspect() found besides the version.
    struct Details
    {
        /// The file can be opened read-write and read before its quick_check ends without any byte of it
        /// being written: its header says WAL mode already and nothing lies beside it to recover.
        bool readableBeforeCheck = false;
        SideFiles sideFiles = SideFiles::None;
        /// One sentence for the planner when sideFiles is Foreign: the file was not applied.
        QString sideFileNotice;
    };
    /// Reads @p path without modifying it or leaving anything beside it and returns its schema version,
    /// or why it cannot be opened (Error::Code NotFound, NotAPlan, Corrupt, TooNew, Io). The schema must
    /// be exactly the one this build makes for that version (SchemaCheck). A "-wal" or "-journal" that does
    /// not belong to the plan is not applied: the main file alone is inspected and @p details says so.
    static Result<int> inspect(const QString &path, Depth depth = Depth::Whole, Details *details = nullptr);
    /// PRAGMA quick_check of @p path through a read-only connection of its own, made and closed in the
    /// calling thread (any thread). Success, or Error::Code::Corrupt with the sentence inspect() gives.
    /// @p mainFileOnly reads the main file alone (a foreign "-wal" beside it is ignored).
    static Status quickCheck(const QString &path, bool mainFileOnly = false);
    /// Examines the "-wal" and "-journal" beside @p path; @p notice gets the sentence for Foreign.
    static SideFiles examineSideFiles(const QString &path, QString *notice = nullptr);

    /// Opens a new uniquely named QSQLITE connection. Read-write connections get the pragmas of
    /// docs/architecture.md §4 (foreign keys, WAL, synchronous FULL, trusted_schema OFF, busy timeout).
    /// A read-only connection reads the file as immutable when @p immutable is set or no "-wal" lies
    /// beside it (no program has it open in WAL mode): that creates no "-wal"/"-shm"/"-journal" files and
    /// works on read-only media.
    static Result<QString> connect(const QString &path, bool readOnly, bool immutable = false);
    /// Closes and removes a connection made by connect().
    static void disconnect(const QString &connectionName);

    /// Builds a new file at @p target without ever leaving a partial one there: @p build writes a
    /// complete plan at the temporary path it is given (beside @p target, on the same file system); the
    /// result must pass inspect(Whole) and leave no side file, is flushed to disk, then renamed to
    /// @p target, which must not exist. On any failure nothing is left at @p target nor at the temporary
    /// path. A temporary file left by a killed program is removed by the next build of the same target.
    static Status buildAtomically(const QString &target, const std::function<Status(const QString &)> &build);

    /// Replaces @p target with a copy of the plan file @p source: the copy is made beside @p target
    /// under a temporary name, checked (inspect(Whole)), flushed, renamed over @p target; then the
    /// target's old "-wal" and "-shm" are removed (a crash in between leaves a "-wal" that examine() finds
    /// foreign, so it is never applied). Refused while any program has @p target open (inUse()).
    static Status replaceWith(const QString &target, const QString &source);
    /// True when any program, this one included, has @p path open through SQLite (it holds locks).
    static bool inUse(const QString &path);

    /// Copies the database behind @p connectionName to @p target (VACUUM INTO a temporary file, checked,
    /// then renamed in); refuses to overwrite.
    static Status copyTo(const QString &connectionName, const QString &target);

    /// Applies the migrations after @p fromVersion up to the current version in one transaction: the file
    /// is either fully migrated or left as it was.
    static Status migrate(const QString &connectionName, int fromVersion);
    /// Migrates the plan file @p path from @p fromVersion without ever writing to it: a copy of @p source
    /// (the verified backup just made of it) is migrated beside it, checked, and renamed over it. A failure
    /// (a full disk, a kill) leaves the plan byte for byte as it was and nothing of the attempt beside it;
    /// refused while another program has the file open.
    static Status migrateFile(const QString &path, int fromVersion, const QString &source);

    /// A name beside @p path that does not exist yet: "<path>.schema-v1.bak", "...-2.bak", ...
    static QString backupPathFor(const QString &path, int version);
};

} // namespace dx
