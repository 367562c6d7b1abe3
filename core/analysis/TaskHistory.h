// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan's tasks as they were at an earlier moment, rebuilt from today's tasks by undoing the
// change log's task lines written since, newest first: what a report "as of" a cut-off shows.
#include "domain/ChangeLogEntry.h"
#include "domain/Fields.h"
#include "domain/Task.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <optional>

namespace dx {

/// The tasks of rewindTasks(), and what the change log could not bring back.
struct RewoundTasks
{
    QList<Task> tasks; ///< by sort order (stable: today's order of tasks with the same order number)
    /// Titles of tasks deleted after the moment, never put back, whose row the log does not keep (files
    /// written before delete lines kept it): they cannot be rebuilt and are left out (the report says so).
    QStringList lost;
};

/**
 * The tasks as they were before the change-log lines @p newestFirst (every entity's lines, newest first,
 * as PlanStore::changesSince() gives them; lines of other entities are skipped), starting from
 * @p current (today's tasks). Linear in the lines and tasks:
 * - an update puts the line's old value back into the field (fields of a later version, unknown keys,
 *   are left as they are);
 * - an insert means the task did not exist yet: it is dropped;
 * - a delete brings the task back: as an undo's insert later put it back (restored exactly as it was
 *   deleted), else from the row its delete line keeps (SqlWriter::logDeletedRow); a task deleted before
 *   the log kept rows, and never put back, cannot be rebuilt: its title goes to RewoundTasks::lost.
 */
RewoundTasks rewindTasks(const QList<Task> &current, const QList<ChangeLogEntry> &newestFirst);

/// A task rebuilt from the row a delete line keeps (rowLogText()); nullopt when it is not such a row.
std::optional<Task> taskFromRowText(Id id, const QString &row);

/// Sets @p field of @p task from its change-log text (fieldLogText()'s inverse: ISO dates, "" for none,
/// enum keys, numbers, "1,2" id lists). False, and @p task unchanged, when the text does not parse.
bool setFieldFromLogText(Task &task, TaskField field, const QString &text);

/// The first moment after the data cut-off day @p cutOff (its end in local time), in UTC: changes
/// stamped at or after it are later than the cut-off.
QDateTime endOfCutOffDay(const QDate &cutOff);

} // namespace dx
