// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookText.h"

namespace dx {

std::optional<bool> WorkbookText::estimateFromText(const QString &input)
{
    const QString text = input.trimmed().toCaseFolded();
    if (text.isEmpty() || text == official().toCaseFolded() || text == QLatin1String("official"))
        return false;
    if (text == estimate().toCaseFolded() || text == QLatin1String("estimate"))
        return true;
    return std::nullopt;
}

QString WorkbookText::taskStatus(TaskStatus s)
{
    switch (s) {
    case TaskStatus::NotStarted:
        return QStringLiteral("Chưa triển khai");
    case TaskStatus::InProgress:
        return QStringLiteral("Đang thực hiện");
    case TaskStatus::Done:
        return QStringLiteral("Hoàn thành");
    }
    return {};
}

std::optional<TaskStatus> WorkbookText::taskStatusFromText(const QString &input)
{
    const QString text = input.trimmed().toCaseFolded();
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done}) {
        if (text == taskStatus(s).toCaseFolded() || text == toKey(s))
            return s;
    }
    if (text == QLatin1String("not started"))
        return TaskStatus::NotStarted;
    if (text == QLatin1String("in progress"))
        return TaskStatus::InProgress;
    if (text == QLatin1String("done"))
        return TaskStatus::Done;
    return std::nullopt;
}

} // namespace dx
