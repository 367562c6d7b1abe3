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

    /// The field of the delete line that keeps a deleted row whole (its old value: rowLogText()), logged
    /// just before the plain delete line, which names the row and is the one shown in histories.
    static QString rowField() { return QStringLiteral("row"); }
};

} // namespace dx
