// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskPresentation.h"

#include <QColor>

namespace dx {

QString TaskPresentation::stateName(TaskState state)
{
    switch (state) {
    case TaskState::NotStarted:
        return tr("Not started");
    case TaskState::InProgress:
        return tr("In progress, on time");
    case TaskState::DoneOnTime:
        return tr("Done on time");
    case TaskState::DoneLate:
        return tr("Done late");
    case TaskState::Overdue:
        return tr("In progress, overdue");
    }
    return {};
}

QString TaskPresentation::statusName(TaskStatus status)
{
    switch (status) {
    case TaskStatus::NotStarted:
        return tr("Not started");
    case TaskStatus::InProgress:
        return tr("In progress");
    case TaskStatus::Done:
        return tr("Done");
    }
    return {};
}

QString TaskPresentation::stateText(const Task &task, const QDate &asOf)
{
    const TaskState state = taskState(task, asOf);
    if (state == TaskState::Overdue)
        return tr("Overdue by %n day(s)", nullptr, daysOverdue(task, asOf));
    if (isDueWithin(task, asOf, kDueSoonDays)) {
        const int days = int(asOf.daysTo(task.deadline));
        return days == 0 ? tr("%1, due today").arg(stateName(state))
                         : tr("%1, due in %n day(s)", nullptr, days).arg(stateName(state));
    }
    return stateName(state);
}

int stateSortKey(TaskState state)
{
    switch (state) {
    case TaskState::Overdue:
        return 0;
    case TaskState::InProgress:
        return 1;
    case TaskState::NotStarted:
        return 2;
    case TaskState::DoneLate:
        return 3;
    case TaskState::DoneOnTime:
        return 4;
    }
    return 5;
}

QBrush stateBackground(bool overdue)
{
    return overdue ? QBrush(QColor(0xfd, 0xe2, 0xe1)) : QBrush(QColor(0xfe, 0xf3, 0xc7));
}

void applyStatus(Task &task, TaskStatus status, const QDate &asOf)
{
    task.status = status;
    if (status == TaskStatus::Done) {
        task.percentComplete = 100;
        if (!task.completionDate.isValid())
            task.completionDate = asOf;
        if (task.startDate.isValid() && task.completionDate < task.startDate)
            task.completionDate = task.startDate;
    } else {
        task.completionDate = QDate();
        if (status == TaskStatus::NotStarted)
            task.percentComplete = 0;
        else if (task.percentComplete == 100)
            task.percentComplete = 90;
    }
}

} // namespace dx
