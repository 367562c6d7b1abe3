// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskHistory.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <climits>

namespace dx {

bool setFieldFromLogText(Task &task, TaskField field, const QString &text)
{
    if (field == TaskField::Status) { // logged by its key, not by the enum's number
        const std::optional<TaskStatus> status = taskStatusFromKey(text);
        if (!status)
            return false;
        task.status = *status;
        return true;
    }
    const QMetaType type = fieldValue(task, field).metaType();
    QVariant value;
    if (type == QMetaType::fromType<QList<Id>>()) {
        QList<Id> ids;
        for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            bool ok = false;
            ids << part.trimmed().toLongLong(&ok);
            if (!ok)
                return false;
        }
        value = QVariant::fromValue(ids);
    } else if (type.id() == QMetaType::QDate) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !date.isValid())
            return false;
        value = date;
    } else if (type.id() == QMetaType::LongLong || type.id() == QMetaType::Int) {
        bool ok = true;
        const qlonglong n = text.isEmpty() ? 0 : text.toLongLong(&ok);
        if (!ok)
            return false;
        value = n;
    } else if (type.id() == QMetaType::QString) {
        value = text;
    } else {
        return false;
    }
    setFieldValue(task, field, value);
    return true;
}

std::optional<Task> taskFromRowText(Id id, const QString &row)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(row.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Task t;
    t.id = id;
    const QJsonObject fields = doc.object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        if (const std::optional<TaskField> f = fieldFromKey<TaskField>(it.key()))
            setFieldFromLogText(t, *f, it.value().toString());
    return t;
}

RewoundTasks rewindTasks(const QList<Task> &current, const QList<ChangeLogEntry> &newestFirst)
{
    const QString entity = QLatin1String(FieldTable<TaskField>::entityKey());
    // The tasks that exist at the point the undoing has reached, by id; the position keeps today's order.
    QHash<Id, Task> tasks;
    QHash<Id, int> position;
    for (int i = 0; i < current.size(); ++i) {
        tasks.insert(current.at(i).id, current.at(i));
        position.insert(current.at(i).id, i);
    }
    // A task's state when it was (re)inserted: what it was when an earlier delete removed it, because
    // restoreTasks() and restoreGroup() put back the very rows removeTask() and removeGroup() returned.
    QHash<Id, Task> putBack;
    QHash<Id, QString> deleted; // deleted and never put back: id -> title
    for (const ChangeLogEntry &e : newestFirst) {
        if (e.entity != entity)
            continue;
        if (e.action == QLatin1String("update")) {
            const auto it = tasks.find(e.entityId);
            const std::optional<TaskField> field = fieldFromKey<TaskField>(e.field);
            if (it != tasks.end() && field)
                setFieldFromLogText(*it, *field, e.oldValue);
        } else if (e.action == QLatin1String("insert")) {
            deleted.remove(e.entityId); // made and deleted after the moment: nothing was lost
            if (const auto it = tasks.find(e.entityId); it != tasks.end()) {
                putBack.insert(e.entityId, *it);
                tasks.erase(it);
            }
        } else if (e.action == QLatin1String("delete") && e.field.isEmpty()) {
            if (const auto it = putBack.find(e.entityId); it != putBack.end()) {
                tasks.insert(e.entityId, *it);
                putBack.erase(it);
            } else if (!tasks.contains(e.entityId)) {
                deleted.insert(e.entityId, e.oldValue);
            }
        } else if (e.action == QLatin1String("delete") && e.field == ChangeLogEntry::rowField()) {
            // The whole row as it was deleted (rowLogText(), SqlWriter::logDeletedRow): rebuilt, unless an
            // undo's insert already put the very row back.
            if (tasks.contains(e.entityId))
                continue;
            std::optional<Task> row = taskFromRowText(e.entityId, e.oldValue);
            if (const auto it = putBack.find(e.entityId); it != putBack.end()) {
                row = *it;
                putBack.erase(it);
            }
            if (row) {
                tasks.insert(e.entityId, *row);
                deleted.remove(e.entityId);
            }
        }
    }
    RewoundTasks out;
    out.tasks.reserve(tasks.size());
    for (const Task &t : std::as_const(tasks))
        out.tasks << t;
    // Today's order first (tasks put back after a delete go last), then the order number as it was.
    std::sort(out.tasks.begin(), out.tasks.end(), [&position](const Task &a, const Task &b) {
        const int pa = position.value(a.id, INT_MAX), pb = position.value(b.id, INT_MAX);
        return pa != pb ? pa < pb : a.id < b.id;
    });
    std::stable_sort(out.tasks.begin(), out.tasks.end(),
                     [](const Task &a, const Task &b) { return a.sortOrder < b.sortOrder; });
    QList<Id> lostIds = deleted.keys();
    std::sort(lostIds.begin(), lostIds.end());
    for (Id id : lostIds)
        out.lost << deleted.value(id);
    return out;
}

QDateTime endOfCutOffDay(const QDate &cutOff)
{
    return QDateTime(cutOff.addDays(1), QTime(0, 0), Qt::LocalTime).toUTC();
}

} // namespace dx
