// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what importing one returned row would do: new, changed, unchanged, conflict or refused.
#include "CollectRow.h"
#include "domain/Measurement.h"
#include "domain/Task.h"

#include <QString>

#include <optional>

namespace dx {

struct CollectPreviewRow
{
    enum class Outcome
    {
        New,       ///< no value yet: it will be added
        Changed,   ///< replaces the plan's value (old -> new)
        Unchanged, ///< the plan already holds it
        Conflict,  ///< the plan's row changed since the workbook was made, or two files disagree
        Refused    ///< breaks a rule: not imported (reason and address say why and where)
    };
    /// How the planner settled a conflict.
    enum class Resolution
    {
        Undecided,
        KeepPlan, ///< the plan's value stays
        TakeFile  ///< this file's value is imported
    };
    Outcome outcome = Outcome::New;
    Resolution resolution = Resolution::Undecided;
    CollectRow::Kind kind = CollectRow::Kind::Value;
    QString address;   ///< "Chỉ tiêu!H7"
    QString what;      ///< "KTS-01 · Thành phố Hải Dương · 2024", or the task's title
    QString oldText;   ///< the plan's value now ("" when none)
    QString newText;   ///< the file's value (as typed when it is refused)
    QString reason;    ///< why refused, or what the conflict is (translated)
    Measurement value; ///< the value to write (kind Value)
    /// The plan's value now (kind Value), for showing it in the user's number format.
    std::optional<Measurement> old;
    Task task; ///< the task as it would be after the import (kind Task)

    /// Whether the row is written when the import runs.
    bool writes() const
    {
        return outcome == Outcome::New || outcome == Outcome::Changed ||
               (outcome == Outcome::Conflict && resolution == Resolution::TakeFile);
    }
};

} // namespace dx
