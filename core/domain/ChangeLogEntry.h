// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one line of the audit trail: who changed what, when, from what to what.
#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace dx {

struct ChangeLogEntry
{
    Id id = 0;
    QDateTime at; ///< UTC
    QString who;
    QString entity; ///< "task", "group", "indicator", ...
    Id entityId = 0;
    QString action; ///< "insert", "update", "delete"
    QString field;  ///< for updates
    QString oldValue;
    QString newValue;
};

} // namespace dx
