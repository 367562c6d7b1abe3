// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskPresentation.h"

#include "document/PlanDocument.h"

#include <QLocale>

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

QString TaskPresentation::fieldText(const PlanDocument &document, TaskField field, const QString &value)
{
    if (value.isEmpty() || ((field == TaskField::LeadAgency || field == TaskField::Person ||
                             field == TaskField::Group || field == TaskField::Parent) &&
                            value == QLatin1String("0")))
        return QStringLiteral("\u2014");
    const auto idsOf = [&value] {
        QList<Id> ids;
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            ids << id.toLongLong();
        return ids;
    };
    switch (field) {
    case TaskField::LeadAgency:
        return document.agencyName(value.toLongLong());
    case TaskField::Person:
        return document.personName(value.toLongLong());
    case TaskField::Group:
        return document.groupTitle(value.toLongLong());
    case TaskField::Parent: {
        const Task *t = document.task(value.toLongLong());
        return t ? t->title : value;
    }
    case TaskField::CooperatingAgencies: {
        QStringList names;
        for (Id id : idsOf())
            names << document.agencyName(id);
        return names.join(QLatin1String("; "));
    }
    case TaskField::Indicators: {
        QStringList codes;
        for (Id id : idsOf())
            if (const Indicator *i = document.indicator(id))
                codes << i->code;
        return codes.join(QLatin1String(", "));
    }
    case TaskField::Status:
        return statusName(taskStatusFromKey(value).value_or(TaskStatus::NotStarted));
    case TaskField::StartDate:
    case TaskField::Deadline:
    case TaskField::CompletionDate:
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    case TaskField::PercentComplete:
        return QStringLiteral("%1%").arg(QLocale().toString(value.toInt()));
    default:
        return value;
    }
}

} // namespace dx
