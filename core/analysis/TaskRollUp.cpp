// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRollUp.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace dx {
namespace {

// Shared by the group and agency roll-ups: (id, counts) in the order of @p ids, plus a trailing
// (0, counts) for tasks whose key is not among them.
template <typename KeyOf>
QList<std::pair<Id, TaskStateCounts>> rollUpBy(const QList<Id> &ids, const QList<Task> &tasks,
                                               const QDate &asOf, KeyOf keyOf)
{
    QList<std::pair<Id, TaskStateCounts>> out;
    QHash<Id, qsizetype> index;
    for (const Id id : ids) {
        if (index.contains(id))
            continue;
        index.insert(id, out.size());
        out.append({id, TaskStateCounts{}});
    }
    TaskStateCounts other;
    for (const Task &task : tasks) {
        const auto it = index.constFind(keyOf(task));
        TaskStateCounts &counts = it == index.cend() ? other : out[*it].second;
        counts.add(taskState(task, asOf), effectivePercent(task, asOf));
    }
    if (other.total() > 0)
        out.append({0, other});
    return out;
}

} // namespace

void TaskStateCounts::add(TaskState state, int percent)
{
    switch (state) {
    case TaskState::NotStarted:
        ++notStarted;
        break;
    case TaskState::InProgress:
        ++inProgress;
        break;
    case TaskState::DoneOnTime:
        ++doneOnTime;
        break;
    case TaskState::DoneLate:
        ++doneLate;
        break;
    case TaskState::Overdue:
        ++overdue;
        break;
    }
    percentSum += std::clamp(percent, 0, 100);
}

int TaskStateCounts::count(TaskState state) const
{
    switch (state) {
    case TaskState::NotStarted:
        return notStarted;
    case TaskState::InProgress:
        return inProgress;
    case TaskState::DoneOnTime:
        return doneOnTime;
    case TaskState::DoneLate:
        return doneLate;
    case TaskState::Overdue:
        return overdue;
    }
    return 0;
}

double TaskStateCounts::averagePercent() const
{
    const int n = total();
    return n == 0 ? 0.0 : static_cast<double>(percentSum) / n;
}

int effectivePercent(const Task &task, const QDate &asOf)
{
    if (isDoneOn(task, asOf))
        return 100;
    return std::clamp(task.percentComplete, 0, 100);
}

TaskStateCounts countTaskStates(const QList<Task> &tasks, const QDate &asOf)
{
    TaskStateCounts counts;
    for (const Task &task : tasks)
        counts.add(taskState(task, asOf), effectivePercent(task, asOf));
    return counts;
}

QList<GroupTaskRollUp> rollUpTasksByGroup(const QList<TaskGroup> &groups, const QList<Task> &tasks,
                                          const QDate &asOf)
{
    QList<Id> ids;
    for (const TaskGroup &g : groups)
        ids.append(g.id);
    QList<GroupTaskRollUp> out;
    for (const auto &[id, counts] : rollUpBy(ids, tasks, asOf, [](const Task &t) { return t.groupId; }))
        out.append({id, counts});
    return out;
}

QList<AgencyTaskRollUp> rollUpTasksByAgency(const QList<Agency> &agencies, const QList<Task> &tasks,
                                            const QDate &asOf)
{
    QList<Id> ids;
    for (const Agency &a : agencies)
        ids.append(a.id);
    QList<AgencyTaskRollUp> out;
    for (const auto &[id, counts] : rollUpBy(ids, tasks, asOf, [](const Task &t) { return t.leadAgencyId; }))
        out.append({id, counts});
    return out;
}

} // namespace dx
