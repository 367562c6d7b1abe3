// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the state of a task on an "as of" date (on time, late, overdue...), derived from its
// recorded status and dates; lateness is never stored.
#include "domain/Task.h"

#include <QDate>
#include <QString>
#include <optional>

namespace dx {

/// A task's state on a given date.
enum class TaskState
{
    NotStarted, ///< not done, status "not started", deadline not passed
    InProgress, ///< not done, under way, deadline not passed
    DoneOnTime, ///< done, completed on or before the deadline (or with no deadline / no date)
    DoneLate,   ///< done, completed after the deadline
    Overdue     ///< not done and the deadline is before the as-of date
};

/// Stable key for JSON and report data: "not_started", "in_progress", "done_on_time", "done_late",
/// "overdue".
QString toKey(TaskState state);

/// Parses a key written by toKey(TaskState); std::nullopt for an unknown key.
std::optional<TaskState> taskStateFromKey(const QString &key);

/**
 * True when @p task counts as done on @p asOf: its status is Done and it was completed on or
 * before @p asOf. A completion date after @p asOf means that on @p asOf it was still open (a report
 * "as of" an earlier date must not show later work as done). A Done task without a completion date
 * is taken as done. An invalid @p asOf applies no cut-off.
 */
bool isDoneOn(const Task &task, const QDate &asOf);

/**
 * The state of @p task on @p asOf.
 *
 * - done (isDoneOn()): DoneOnTime when completionDate <= deadline; DoneLate when after it. With no
 *   deadline or no completion date it cannot be late, so DoneOnTime;
 * - not done and deadline < @p asOf: Overdue. On the deadline day itself a task is not yet overdue;
 * - otherwise the recorded status: NotStarted or InProgress. A task recorded as Done but completed
 *   after @p asOf was InProgress then, or NotStarted if its start date is also after @p asOf.
 *
 * An invalid @p asOf never makes a task overdue.
 */
TaskState taskState(const Task &task, const QDate &asOf);

/**
 * True when @p task is open on @p asOf and its deadline falls within the next @p days days,
 * @p asOf included: asOf <= deadline <= asOf + days (days = 0: due today). Overdue tasks, done
 * tasks, tasks without a deadline and a negative @p days give false.
 */
bool isDueWithin(const Task &task, const QDate &asOf, int days);

/// Days past the deadline for an Overdue task on @p asOf (1 on the day after the deadline), else 0.
int daysOverdue(const Task &task, const QDate &asOf);

/// True for DoneOnTime and DoneLate.
inline bool isDone(TaskState state)
{
    return state == TaskState::DoneOnTime || state == TaskState::DoneLate;
}

} // namespace dx
