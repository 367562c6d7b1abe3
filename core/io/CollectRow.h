// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one row of a collection workbook: a value asked for (indicator, locality) or a task.
#include "domain/Ids.h"

#include <QString>

namespace dx {

struct CollectRow
{
    enum class Kind
    {
        Value, ///< a row of the indicators sheet
        Task   ///< a row of the tasks sheet
    };
    Kind kind = Kind::Value;
    Id indicatorId = 0;
    Id localityId = 0; ///< 0: the plan area
    Id taskId = 0;
    int sheetRow = 0; ///< 0-based row in its sheet
    /// The plan's version of the row when the workbook was made (CollectSnapshot::valueVersion,
    /// taskVersion): the import calls a row changed since then a conflict.
    QString version;
};

} // namespace dx
