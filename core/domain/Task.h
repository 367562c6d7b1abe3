// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one task of a plan, under a group and optionally under a parent task.
#include "Enums.h"
#include "Ids.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dx {

struct Task
{
    Id id = 0;
    Id groupId = 0;
    Id parentId = 0; ///< 0 for a top-level task
    int sortOrder = 0;
    QString title;
    QString legalRef; ///< article or plan clause, e.g. "KH 2358/KH-UBND, mục III.1"
    Id leadAgencyId = 0;
    QList<Id> cooperatingAgencyIds;
    Id personId = 0;
    QDate startDate; ///< invalid when unknown
    QDate deadline;  ///< invalid when open-ended; never before startDate
    TaskStatus status = TaskStatus::NotStarted;
    int percentComplete = 0; ///< 0-100
    QDate completionDate;    ///< set when status is Done
    QString output;          ///< output / product ("sản phẩm đầu ra")
    QString notes;
    QList<Id> indicatorIds; ///< linked indicators
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
