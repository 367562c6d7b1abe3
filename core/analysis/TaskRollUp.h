// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: task progress per group and per lead agency on an "as of" date: how many tasks are
// overdue, done on time, done late, in progress or not started, and the average percent complete.
#include "TaskState.h"
#include "domain/Agency.h"
#include "domain/Ids.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QDate>
#include <QList>

namespace dx {

/// Number of tasks in each state, and their percent complete.
struct TaskStateCounts
{
    int notStarted = 0;
    int inProgress = 0;
    int doneOnTime = 0;
    int doneLate = 0;
    int overdue = 0;
    int percentSum = 0; ///< sum of effectivePercent() of the counted tasks

    /// Counts one task in @p state with @p percent complete (0-100).
    void add(TaskState state, int percent);
    int count(TaskState state) const;
    int total() const { return notStarted + inProgress + doneOnTime + doneLate + overdue; }
    int done() const { return doneOnTime + doneLate; }
    /// Mean percent complete, 0-100; 0.0 when no task was counted.
    double averagePercent() const;
};

/// The counts of one task group.
struct GroupTaskRollUp
{
    Id groupId = 0; ///< 0: tasks whose group is not in the list given
    TaskStateCounts counts;
};

/// The counts of one lead agency.
struct AgencyTaskRollUp
{
    Id agencyId = 0; ///< 0: tasks without a lead agency, or whose agency is not in the list given
    TaskStateCounts counts;
};

/**
 * The percent complete a task contributes to averages on @p asOf: 100 when done (isDoneOn()),
 * whatever percentage was typed; else the recorded percentComplete clamped to 0-100 (its history is
 * not kept, so a report as of an earlier date shows today's figure).
 */
int effectivePercent(const Task &task, const QDate &asOf);

/// Counts every task of @p tasks (subtasks included, as given: pass top-level tasks only to count those).
TaskStateCounts countTaskStates(const QList<Task> &tasks, const QDate &asOf);

/**
 * One entry per group of @p groups, in their order, empty groups included; tasks whose groupId is
 * not among them are gathered in a trailing entry with groupId 0 (only when there are any).
 */
QList<GroupTaskRollUp> rollUpTasksByGroup(const QList<TaskGroup> &groups, const QList<Task> &tasks,
                                          const QDate &asOf);

/**
 * One entry per agency of @p agencies, in their order, counting the tasks it leads (cooperating
 * agencies are not counted: the lead answers for the task). Tasks with no or an unknown lead agency
 * are gathered in a trailing entry with agencyId 0 (only when there are any).
 */
QList<AgencyTaskRollUp> rollUpTasksByAgency(const QList<Agency> &agencies, const QList<Task> &tasks,
                                            const QDate &asOf);

} // namespace dx
