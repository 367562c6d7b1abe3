// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the verified backups of one plan, kept beside it in "<plan>.backups/" as a rotating set:
// made with VACUUM INTO and checked (inspect with quick_check) before they count, listed with date and
// size, restored through the same atomic path as every file the program makes.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dx {

class PlanStore;

class BackupSet
{
    Q_DECLARE_TR_FUNCTIONS(BackupSet)
public:
    /// How many backups are kept when the caller does not say (a week of daily backups).
    static constexpr int kDefaultKeep = 7;

    struct Backup
    {
        QString path;
        QDateTime made; ///< local time, from the file name
        qint64 size = 0;
    };

    explicit BackupSet(QString planPath);
    QString folder() const;
    /// Every backup, newest first.
    QList<Backup> list() const;
    /// Writes a verified backup of @p store named after @p now, then removes the oldest beyond @p keep.
    Result<Backup> make(PlanStore &store, const QDateTime &now, int keep = kDefaultKeep) const;
    /// Makes a backup when the newest one is from an earlier day than @p now (or there is none):
    /// called when a plan is opened for editing, so there is one backup per day of editing.
    /// Success without a backup when one of that day exists.
    Status makeDaily(PlanStore &store, const QDateTime &now, int keep = kDefaultKeep) const;
    /// Replaces the plan with @p backup: the backup is checked, copied beside the plan under a temporary
    /// name and renamed over it; the plan's old "-wal"/"-shm" are removed after (never applied to the
    /// backup). Refused while any program has the plan open. The plan as it was is kept as a backup
    /// first when it is sound.
    Status restore(const QString &backup, const QDateTime &now) const;

private:
    QString m_plan;
};

} // namespace dx
