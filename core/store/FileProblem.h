// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: names what the operating system refused (disk full, permission, read-only media, a lock held
// by another program) in the user's language, so an I/O failure is never reported as a damaged plan;
// and tells where a plan lives (read-only media, network share) before anything is written there.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace dx {

class FileProblem
{
    Q_DECLARE_TR_FUNCTIONS(FileProblem)
public:
    /// What was being done when the error came, for the sentence.
    enum class Action
    {
        Open,  ///< opening or reading a plan
        Write, ///< writing into a plan
        Create ///< creating a file (new plan, copy, backup)
    };
    /// The error SQLite gave for @p path as one sentence; Error::Code::Io for every operating-system cause.
    static Error fromSql(const QString &path, const QSqlError &error, Action action);
    /// The error @p errnoValue (an errno) for @p path.
    static Error fromErrno(const QString &path, int errnoValue, Action action);
    /// Why @p path (an existing file) cannot be written in place, or empty when it can: read-only media,
    /// a file or folder the user may not write (SQLite needs to create "-wal" beside the plan).
    static QString writeBlocker(const QString &path);
    /// Why a new file cannot be made in the folder of @p path, or empty.
    static QString createBlocker(const QString &path);
    /// A warning when @p path lies on a network share (SMB/CIFS, NFS...), where SQLite's locks are not safe
    /// for several programs at once; empty on a local disk.
    static QString networkShareWarning(const QString &path);
    /// True for the statfs(2) f_type of a file system shared over a network (NFS, SMB/CIFS, AFS, Ceph,
    /// FUSE such as sshfs...), where SQLite's locks cannot be trusted for several writers.
    static bool isNetworkFileSystem(unsigned long statfsType);
    /// True when the file system that holds @p path has no space left for an ordinary user.
    static bool diskFull(const QString &path);
};

} // namespace dx
