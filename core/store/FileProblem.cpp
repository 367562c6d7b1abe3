// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileProblem.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

#include <cerrno>
#include <cstring>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace dx {
namespace {

// statfs(2) f_type of the network file systems (linux/magic.h and the kernel's fs/smb headers; not all of
// them are in the packaged headers, hence the numbers).
constexpr unsigned long kNfs = 0x6969;
constexpr unsigned long kSmb = 0x517B;
constexpr unsigned long kCifs = 0xFF534D42;
constexpr unsigned long kSmb2 = 0xFE534D42;
constexpr unsigned long kAfs = 0x5346414F;
constexpr unsigned long kCoda = 0x73757245;
constexpr unsigned long kNcp = 0x564C;
constexpr unsigned long kCeph = 0x00C36400;
constexpr unsigned long kGfs2 = 0x01161970;
constexpr unsigned long kOcfs2 = 0x7461636F;
constexpr unsigned long kFuse = 0x65735546; // sshfs and friends are FUSE: also warned about

QString folderOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

bool readOnlyMount(const QString &path)
{
    struct statvfs st
    {
    };
    return statvfs(QFile::encodeName(path).constData(), &st) == 0 && (st.f_flag & ST_RDONLY) != 0;
}

QString byErrno(const QString &path, int e, FileProblem::Action action)
{
    switch (e) {
    case ENOSPC:
    case EDQUOT:
        return FileProblem::tr("The disk that holds \"%1\" is full; nothing was changed. Free some space "
                               "and try again.")
            .arg(path);
    case EROFS:
        return FileProblem::tr("\"%1\" is on read-only media (a locked USB stick, a CD or a read-only "
                               "folder); nothing can be written there.")
            .arg(path);
    case EACCES:
    case EPERM:
        return action == FileProblem::Action::Open
                   ? FileProblem::tr("You do not have permission to read \"%1\".").arg(path)
                   : FileProblem::tr("You do not have permission to write \"%1\" or its folder.").arg(path);
    case ENOENT:
        return FileProblem::tr("The file \"%1\" does not exist.").arg(path);
    case ELOOP:
        return FileProblem::tr("\"%1\" is a link that leads back to itself; it names no file.").arg(path);
    case EAGAIN:
    case EBUSY:
        return FileProblem::tr("\"%1\" is locked by another program; close it there and try again.")
            .arg(path);
    case EIO:
        return FileProblem::tr("The disk could not read or write \"%1\" (an input/output error); the "
                               "medium may be failing or was removed.")
            .arg(path);
    default:
        return FileProblem::tr("The system refused to use \"%1\": %2")
            .arg(path, QString::fromLocal8Bit(strerror(e)));
    }
}

} // namespace

Error FileProblem::fromErrno(const QString &path, int errnoValue, Action action)
{
    return Error{Error::Code::Io, byErrno(path, errnoValue, action)};
}

Error FileProblem::fromSql(const QString &path, const QSqlError &error, Action action)
{
    // SQLite's primary result code is the low byte of the extended code Qt reports.
    const int code = error.nativeErrorCode().toInt() & 0xFF;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (code) {
    case 13: // SQLITE_FULL
        return fromErrno(path, ENOSPC, action);
    case 8: // SQLITE_READONLY
        return fromErrno(path, readOnlyMount(folderOf(path)) ? EROFS : EACCES, Action::Write);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return fromErrno(path, EBUSY, action);
    case 3:  // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return fromErrno(path, EACCES, action);
    case 14: // SQLITE_CANTOPEN: find out why from the file system
    case 10: // SQLITE_IOERR
        if (diskFull(path))
            return fromErrno(path, ENOSPC, action);
        if (action != Action::Open && readOnlyMount(folderOf(path)))
            return fromErrno(path, EROFS, action);
        if (const QString why = action == Action::Create ? createBlocker(path) : writeBlocker(path);
            action != Action::Open && !why.isEmpty())
            return Error{Error::Code::Io, why};
        if (action == Action::Open && QFileInfo::exists(path) &&
            access(QFile::encodeName(path).constData(), R_OK) != 0)
            return fromErrno(path, EACCES, action);
        if (code == 10)
            return fromErrno(path, EIO, action);
        break;
    default:
        break;
    }
    return Error{Error::Code::Io, tr("The system refused to use \"%1\": %2").arg(path, detail)};
}

QString FileProblem::writeBlocker(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    const QByteArray folder = QFile::encodeName(folderOf(path));
    if (readOnlyMount(path))
        return tr("The plan \"%1\" is on read-only media, so it is open for reading only.").arg(path);
    if (access(file.constData(), W_OK) != 0)
        return tr("You may not change the file \"%1\", so it is open for reading only.").arg(path);
    if (diskFull(path))
        return tr("The disk that holds \"%1\" is full, so the plan is open for reading only; free some "
                  "space and open it again to edit it.")
            .arg(path);
    if (access(folder.constData(), W_OK | X_OK) != 0)
        return tr("You may not write in the folder of \"%1\" (DX Planner keeps its journal there), so the "
                  "plan is open for reading only.")
            .arg(path);
    return {};
}

QString FileProblem::createBlocker(const QString &path)
{
    const QString folder = folderOf(path);
    if (!QFileInfo(folder).isDir())
        return tr("The folder \"%1\" does not exist.").arg(folder);
    if (readOnlyMount(folder))
        return byErrno(path, EROFS, Action::Create);
    if (access(QFile::encodeName(folder).constData(), W_OK | X_OK) != 0)
        return tr("You may not create files in the folder \"%1\".").arg(folder);
    return {};
}

QString FileProblem::networkShareWarning(const QString &path)
{
    struct statfs st
    {
    };
    if (statfs(QFile::encodeName(folderOf(path)).constData(), &st) != 0)
        return {};
    if (isNetworkFileSystem(static_cast<unsigned long>(st.f_type)))
        return tr("\"%1\" is on a network share. The plan file is safe there for one person at a time "
                  "only: if several people edit it at once, changes can be lost or the file damaged. "
                  "For shared work, keep the plan on a DX Planner server (server mode) once it is "
                  "available, or take turns.")
            .arg(path);
    return {};
}

bool FileProblem::isNetworkFileSystem(unsigned long statfsType)
{
    const unsigned long type = statfsType & 0xFFFFFFFFUL;
    for (unsigned long network : {kNfs, kSmb, kCifs, kSmb2, kAfs, kCoda, kNcp, kCeph, kGfs2, kOcfs2, kFuse})
        if (type == network)
            return true;
    return false;
}

bool FileProblem::diskFull(const QString &path)
{
    struct statvfs st
    {
    };
    const QString where = QFileInfo(path).exists() ? path : folderOf(path);
    // Fewer than two blocks free: SQLite cannot add a page, nor a journal frame.
    return statvfs(QFile::encodeName(where).constData(), &st) == 0 && st.f_bavail < 2;
}

} // namespace dx
