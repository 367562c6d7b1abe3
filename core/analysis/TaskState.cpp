// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskState.h"

#include <array>
#include <utility>

namespace dx {
namespace {

// Keys are written to exports: never rename one.
constexpr std::array<std::pair<TaskState, const char *>, 5> kKeys{{{TaskState::NotStarted, "not_started"},
                                                                   {TaskState::InProgress, "in_progress"},
                                                                   {TaskState::DoneOnTime, "done_on_time"},
                                                                   {TaskState::DoneLate, "done_late"},
                                                                   {TaskState::Overdue, "overdue"}}};

} // namespace

QString toKey(TaskState state)
{
    for (const auto &[s, k] : kKeys)
        if (s == state)
            return QString::fromLatin1(k);
    return {};
}

std::optional<TaskState> taskStateFromKey(const QString &key)
{
    for (const auto &[s, k] : kKeys)
        if (key == QLatin1String(k))
            return s;
    return std::nullopt;
}

bool isDoneOn(const Task &task, const QDate &asOf)
{
    if (task.status != TaskStatus::Done)
        return false;
    if (!task.completionDate.isValid() || !asOf.isValid())
        return true;
    return task.completionDate <= asOf;
}

TaskState taskState(const Task &task, const QDate &asOf)
{
    if (isDoneOn(task, asOf)) {
        if (task.deadline.isValid() && task.completionDate.isValid() && task.completionDate > task.deadline)
            return TaskState::DoneLate;
        return TaskState::DoneOnTime;
    }
    if (asOf.isValid() && task.deadline.isValid() && task.deadline < asOf)
        return TaskState::Overdue;
    switch (task.status) {
    case TaskStatus::NotStarted:
        return TaskState::NotStarted;
    case TaskStatus::InProgress:
        return TaskState::InProgress;
    case TaskStatus::Done: // completed after asOf: still open then
        return task.startDate.isValid() && task.startDate > asOf ? TaskState::NotStarted
                                                                 : TaskState::InProgress;
    }
    return TaskState::NotStarted;
}

bool isDueWithin(const Task &task, const QDate &asOf, int days)
{
    if (days < 0 || !asOf.isValid() || !task.deadline.isValid() || isDoneOn(task, asOf))
        return false;
    return task.deadline >= asOf && task.deadline <= asOf.addDays(days);
}

int daysOverdue(const Task &task, const QDate &asOf)
{
    if (taskState(task, asOf) != TaskState::Overdue)
        return 0;
    return static_cast<int>(task.deadline.daysTo(asOf));
}

} // namespace dx
