// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan file on disk before the store trusts it: tells a plan from anything else without
// writing a byte, opens connections with the settings every plan connection needs, backs up and migrates.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace dx {

class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(PlanFile)
public:
    /// How much inspect() reads.
    enum class Depth
    {
        Whole,     ///< also PRAGMA quick_check: every page of the file
        HeaderOnly ///< header, application id and schema version; quickCheck() must follow before any write
    };
    /// Reads @p path without modifying it and returns its schema version, or why it cannot be opened
    /// (Error::Code NotFound, NotAPlan, Corrupt, TooNew).
    /// @p readableBeforeCheck, when given, tells whether the file can be opened read-write and read
    /// before its quick_check ends without any byte of it being written: its header says WAL mode already
    /// (so opening changes no header byte) and no "-wal" or "-journal" lies beside it (nothing to recover
    /// into it).
    static Result<int> inspect(const QString &path, Depth depth = Depth::Whole,
                               bool *readableBeforeCheck = nullptr);
    /// PRAGMA quick_check of @p path through a read-only connection of its own, made and closed in the
    /// calling thread (any thread). Success, or Error::Code::Corrupt with the sentence inspect() gives.
    static Status quickCheck(const QString &path);

    /// Opens a new uniquely named QSQLITE connection. Read-write connections get the pragmas of
    /// docs/architecture.md §4 (foreign keys, WAL, synchronous FULL, trusted_schema OFF, busy timeout).
    /// @p immutable (read-only only): the file is read as if nothing could change it, which creates no
    /// "-wal"/"-shm"/"-journal" files; only for files no other connection has open.
    static Result<QString> connect(const QString &path, bool readOnly, bool immutable = false);
    /// Closes and removes a connection made by connect().
    static void disconnect(const QString &connectionName);

    /// Copies the database behind @p connectionName to @p target with VACUUM INTO; refuses to overwrite.
    static Status copyTo(const QString &connectionName, const QString &target);

    /// Applies the migrations after @p fromVersion up to the current version, each in one transaction.
    static Status migrate(const QString &connectionName, int fromVersion);

    /// A name beside @p path that does not exist yet: "<path>.schema-v1.bak", "...-2.bak", ...
    static QString backupPathFor(const QString &path, int version);
};

} // namespace dx
