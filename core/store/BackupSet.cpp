// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupSet.h"

#include "PlanFile.h"
#include "PlanStore.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>

namespace dx {
namespace {

const QString kNameFormat = QStringLiteral("yyyy-MM-dd_HHmmss");
const QString kSuffix = QStringLiteral(".dxplan");

} // namespace

BackupSet::BackupSet(QString planPath) : m_plan(QFileInfo(planPath).absoluteFilePath()) {}

QString BackupSet::folder() const
{
    return m_plan + QStringLiteral(".backups");
}

QList<BackupSet::Backup> BackupSet::list() const
{
    QList<Backup> out;
    const QDir dir(folder());
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files)) {
        QString stem = f.completeBaseName().left(kNameFormat.size());
        const QDateTime made = QDateTime::fromString(stem, kNameFormat);
        if (made.isValid())
            out << Backup{f.absoluteFilePath(), made, f.size()};
    }
    std::sort(out.begin(), out.end(), [](const Backup &a, const Backup &b) {
        return a.made != b.made ? a.made > b.made : a.path > b.path;
    });
    return out;
}

Result<BackupSet::Backup> BackupSet::make(PlanStore &store, const QDateTime &now, int keep) const
{
    if (!QDir().mkpath(folder()))
        return Result<Backup>::fail(Error::Code::Io,
                                    tr("The backup folder \"%1\" cannot be created.").arg(folder()));
    QString name = QDir(folder()).filePath(now.toString(kNameFormat) + kSuffix);
    for (int n = 2; QFileInfo::exists(name); ++n) // two backups within one second
        name = QDir(folder()).filePath(now.toString(kNameFormat) + QStringLiteral("-%1").arg(n) + kSuffix);
    // saveCopy: VACUUM INTO a temporary file, inspect() with quick_check, then renamed in.
    if (const Status s = store.saveCopy(name); !s)
        return Result<Backup>(s.error());
    const QList<Backup> all = list();
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return Backup{name, now, QFileInfo(name).size()};
}

Status BackupSet::makeDaily(PlanStore &store, const QDateTime &now, int keep) const
{
    const QList<Backup> all = list();
    if (!all.isEmpty() && all.first().made.date() >= now.date())
        return success();
    const auto made = make(store, now, keep);
    return made ? success() : Status(made.error());
}

Status BackupSet::restore(const QString &backup, const QDateTime &now) const
{
    if (PlanFile::inUse(m_plan))
        return Status::fail(
            Error::Code::Io,
            tr("The plan \"%1\" is open in a program; close it there before restoring.").arg(m_plan));
    if (const Result<int> sound = PlanFile::inspect(backup); !sound)
        return Status(sound.error());
    // The plan as it is now becomes a backup too, so a restore can itself be undone.
    if (QFileInfo::exists(m_plan)) {
        auto current =
            PlanStore::open(m_plan, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
        if (current) {
            const auto kept = make(*current.value(), now, std::numeric_limits<int>::max()); // no rotation now
            if (!kept)
                return Status(kept.error());
        }
    }
    return PlanFile::replaceWith(m_plan, backup);
}

} // namespace dx
