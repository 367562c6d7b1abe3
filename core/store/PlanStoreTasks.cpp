// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore: task groups and tasks.
#include "PlanStore.h"

#include "SqlWriter.h"
#include "StaleCheck.h"
#include "domain/Validation.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace dx {
namespace {

const QString kTaskColumns = QStringLiteral(
    "id, group_id, parent_id, sort_order, title, legal_ref, lead_agency_id, person_id, start_date, deadline, "
    "status, percent_complete, completion_date, output, notes");
/// What reads select: the written columns, then the row's version.
const QString kTaskSelect = kTaskColumns + QStringLiteral(", row_version");

Task taskFromRow(const QSqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.groupId = q.value(1).toLongLong();
    t.parentId = q.value(2).toLongLong();
    t.sortOrder = q.value(3).toInt();
    t.title = q.value(4).toString();
    t.legalRef = q.value(5).toString();
    t.leadAgencyId = q.value(6).toLongLong();
    t.personId = q.value(7).toLongLong();
    t.startDate = dateFrom(q.value(8));
    t.deadline = dateFrom(q.value(9));
    t.status = taskStatusFromKey(q.value(10).toString()).value_or(TaskStatus::NotStarted);
    t.percentComplete = q.value(11).toInt();
    t.completionDate = dateFrom(q.value(12));
    t.output = q.value(13).toString();
    t.notes = q.value(14).toString();
    t.version = q.value(15).toLongLong();
    return t;
}

QString idList(const QList<Id> &ids)
{
    QStringList s;
    for (Id id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

/// Writes the task's own row (insert with or without a fixed id) and its link tables.
Id writeTask(SqlWriter &w, const Task &t, bool insert)
{
    const QVariantList values{t.groupId == 0 ? QVariant() : QVariant(t.groupId),
                              idOrNull(t.parentId),
                              t.sortOrder,
                              t.title,
                              t.legalRef,
                              idOrNull(t.leadAgencyId),
                              idOrNull(t.personId),
                              dateOrNull(t.startDate),
                              dateOrNull(t.deadline),
                              toKey(t.status),
                              t.percentComplete,
                              dateOrNull(t.completionDate),
                              t.output,
                              t.notes};
    Id id = t.id;
    if (insert) {
        QVariantList binds{idOrNull(t.id)};
        binds << values;
        id = w.insert(
            QStringLiteral("INSERT INTO task (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)").arg(kTaskColumns),
            binds);
    } else {
        QVariantList binds = values;
        binds << t.id;
        w.exec(QStringLiteral(
                   "UPDATE task SET group_id = ?, parent_id = ?, sort_order = ?, title = ?, legal_ref = ?, "
                   "lead_agency_id = ?, person_id = ?, start_date = ?, deadline = ?, status = ?, "
                   "percent_complete = ?, completion_date = ?, output = ?, notes = ? WHERE id = ?"),
               binds);
        w.exec(QStringLiteral("DELETE FROM task_cooperator WHERE task_id = ?"), {id});
        w.exec(QStringLiteral("DELETE FROM task_indicator WHERE task_id = ?"), {id});
    }
    for (Id a : t.cooperatingAgencyIds)
        w.exec(QStringLiteral("INSERT OR IGNORE INTO task_cooperator (task_id, agency_id) VALUES (?, ?)"),
               {id, a});
    for (Id i : t.indicatorIds)
        w.exec(QStringLiteral("INSERT OR IGNORE INTO task_indicator (task_id, indicator_id) VALUES (?, ?)"),
               {id, i});
    return id;
}

void loadTaskLinks(const QSqlDatabase &db, QList<Task> &tasks)
{
    QHash<Id, int> index;
    for (int i = 0; i < tasks.size(); ++i)
        index.insert(tasks[i].id, i);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT task_id, agency_id FROM task_cooperator ORDER BY task_id, agency_id"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            tasks[*it].cooperatingAgencyIds << q.value(1).toLongLong();
    }
    q.exec(QStringLiteral("SELECT task_id, indicator_id FROM task_indicator ORDER BY task_id, indicator_id"));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            tasks[*it].indicatorIds << q.value(1).toLongLong();
    }
}

TaskGroup groupFromRow(const QSqlQuery &q)
{
    TaskGroup g;
    g.id = q.value(0).toLongLong();
    g.sortOrder = q.value(1).toInt();
    g.title = q.value(2).toString();
    g.titleEn = q.value(3).toString();
    g.description = q.value(4).toString();
    g.leadAgencyId = q.value(5).toLongLong();
    g.version = q.value(6).toLongLong();
    return g;
}

const QString kGroupSelect = QStringLiteral(
    "SELECT id, sort_order, title, title_en, description, lead_agency_id, row_version FROM task_group");

} // namespace

// ---- groups -------------------------------------------------------------------------------------

QList<TaskGroup> PlanStore::groups() const
{
    QList<TaskGroup> out;
    QSqlQuery q(db());
    q.exec(kGroupSelect + QStringLiteral(" ORDER BY sort_order, id"));
    while (q.next())
        out << groupFromRow(q);
    return out;
}

std::optional<TaskGroup> PlanStore::group(Id id) const
{
    QSqlQuery q(db());
    q.prepare(kGroupSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return groupFromRow(q);
    return std::nullopt;
}

Result<Id> PlanStore::insertGroup(const TaskGroup &input)
{
    TaskGroup g = input;
    normalizeFields<GroupField>(g);
    const QString why = Validation::group(g);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = w.insert(
            QStringLiteral("INSERT INTO task_group (id, sort_order, title, title_en, description, "
                           "lead_agency_id) VALUES (?, ?, ?, ?, ?, ?)"),
            {idOrNull(g.id), g.sortOrder, g.title, g.titleEn, g.description, idOrNull(g.leadAgencyId)});
        w.logInsert(QLatin1String(FieldTable<GroupField>::entityKey()), id, g.title);
        m_pending.groups.insert(id);
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateGroup(const TaskGroup &input, const std::optional<TaskGroup> &expected)
{
    TaskGroup g = input;
    normalizeFields<GroupField>(g);
    const QString why = Validation::group(g);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    return write([&](SqlWriter &w) {
        const auto old = group(g.id); // inside the transaction: nobody writes between check and write
        if (!old)
            return w.fail(Validation::tr("The task group no longer exists."), Error::Code::NotFound);
        if (const Status st =
                checkNotStale<GroupField>(w, g.id, old->title, *old, g, expected ? &*expected : nullptr);
            !st)
            return st;
        w.exec(
            QStringLiteral("UPDATE task_group SET sort_order = ?, title = ?, title_en = ?, description = ?, "
                           "lead_agency_id = ? WHERE id = ?"),
            {g.sortOrder, g.title, g.titleEn, g.description, idOrNull(g.leadAgencyId), g.id});
        m_pending.groups.change(g.id, w.logUpdates<GroupField>(g.id, *old, g));
        return w.status();
    });
}

Status PlanStore::reorderGroups(const QList<Id> &order)
{
    return write([&](SqlWriter &w) {
        for (int i = 0; i < order.size(); ++i)
            w.exec(QStringLiteral("UPDATE task_group SET sort_order = ? WHERE id = ?"), {i + 1, order[i]});
        w.logUpdate(QLatin1String(FieldTable<GroupField>::entityKey()), 0, QStringLiteral("order"), QString(),
                    idList(order));
        for (Id id : order)
            m_pending.groups.change(id, GroupField::SortOrder);
        m_pending.groupsReordered = true;
        return w.status();
    });
}

Result<GroupSnapshot> PlanStore::removeGroup(Id id)
{
    const auto g = group(id);
    if (!g)
        return Result<GroupSnapshot>::fail(Error::Code::NotFound,
                                           Validation::tr("The task group no longer exists."));
    GroupSnapshot snap{*g, {}};
    // Parents before their sub-tasks, so restoreGroup() can insert them in order (foreign keys).
    QList<Task> pending;
    for (const Task &t : tasks())
        if (t.groupId == id)
            pending << t;
    QSet<Id> placed;
    while (!pending.isEmpty()) {
        QList<Task> later;
        for (const Task &t : pending) {
            if (t.parentId == 0 || placed.contains(t.parentId) ||
                !std::any_of(pending.cbegin(), pending.cend(),
                             [&](const Task &p) { return p.id == t.parentId; })) {
                snap.tasks << t;
                placed.insert(t.id);
            } else {
                later << t;
            }
        }
        if (later.size() == pending.size()) { // a cycle cannot be stored; keep what is left as it is
            snap.tasks << later;
            break;
        }
        pending = later;
    }
    const Status s = write([&](SqlWriter &w) {
        w.exec(QStringLiteral("DELETE FROM task_group WHERE id = ?"), {id}); // tasks go by ON DELETE CASCADE
        w.logDelete(QLatin1String(FieldTable<GroupField>::entityKey()), id, g->title);
        for (const Task &t : snap.tasks) {
            w.logDeletedRow(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, rowLogText(t));
            w.logDelete(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, t.title);
            m_pending.tasks.remove(t.id);
        }
        m_pending.groups.remove(id);
        return w.status();
    });
    if (!s)
        return s.error();
    return snap;
}

Status PlanStore::restoreGroup(const GroupSnapshot &snap)
{
    return write([&](SqlWriter &w) {
        const TaskGroup &g = snap.group;
        w.insert(QStringLiteral("INSERT INTO task_group (id, sort_order, title, title_en, description, "
                                "lead_agency_id) VALUES (?, ?, ?, ?, ?, ?)"),
                 {g.id, g.sortOrder, g.title, g.titleEn, g.description, idOrNull(g.leadAgencyId)});
        w.logInsert(QLatin1String(FieldTable<GroupField>::entityKey()), g.id, g.title);
        m_pending.groups.insert(g.id);
        for (const Task &t : snap.tasks) {
            writeTask(w, t, true);
            w.logInsert(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, t.title);
            m_pending.tasks.insert(t.id);
        }
        return w.status();
    });
}

// ---- tasks --------------------------------------------------------------------------------------

QList<Task> PlanStore::tasks() const
{
    // Another program may have committed to the file meanwhile: data_version then differs.
    const qint64 version = m_writer ? 0 : dataVersion();
    if (m_tasks && !m_writer && version == m_tasksDataVersion)
        return *m_tasks;
    QList<Task> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT %1 FROM task ORDER BY group_id, sort_order, id").arg(kTaskSelect));
    while (q.next())
        out << taskFromRow(q);
    loadTaskLinks(db(), out);
    if (!m_writer) { // inside a transaction the rows may still be rolled back
        m_tasks = out;
        m_tasksDataVersion = version;
    }
    return out;
}

std::optional<Task> PlanStore::task(Id id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM task WHERE id = ?").arg(kTaskSelect));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Task t = taskFromRow(q);
    q.prepare(QStringLiteral("SELECT agency_id FROM task_cooperator WHERE task_id = ? ORDER BY agency_id"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        t.cooperatingAgencyIds << q.value(0).toLongLong();
    q.prepare(
        QStringLiteral("SELECT indicator_id FROM task_indicator WHERE task_id = ? ORDER BY indicator_id"));
    q.addBindValue(id);
    q.exec();
    while (q.next())
        t.indicatorIds << q.value(0).toLongLong();
    return t;
}

Result<Id> PlanStore::insertTask(const Task &input)
{
    Task t = input;
    normalizeFields<TaskField>(t);
    const QString why = Validation::task(t);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = writeTask(w, t, true);
        w.logInsert(QLatin1String(FieldTable<TaskField>::entityKey()), id, t.title);
        m_pending.tasks.insert(id);
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateTask(const Task &t, TaskFields fields)
{
    return updateTasks({t}, fields);
}

Status PlanStore::updateTasks(const QList<Task> &list, TaskFields fields, const QList<Task> &expected)
{
    QHash<Id, const Task *> expectedById;
    for (const Task &e : expected)
        expectedById.insert(e.id, &e);
    return write([&](SqlWriter &w) {
        for (const Task &given : list) {
            // The stored row, read inside the transaction, with only @p fields taken from the caller.
            const auto old = task(given.id);
            if (!old)
                return w.fail(Validation::tr("The task no longer exists."), Error::Code::NotFound);
            Task t = *old;
            copyFields(given, t, fields);
            normalizeFields<TaskField>(t);
            const QString why = Validation::task(t);
            if (!why.isEmpty())
                return w.fail(why);
            Task asGiven = t;
            asGiven.version = given.version; // the version of the caller's copy, not the stored one
            if (const Status st = checkNotStale<TaskField>(w, given.id, old->title, *old, asGiven,
                                                           expectedById.value(given.id), fields);
                !st)
                return st;
            const TaskFields changed = differingFields(*old, t, fields);
            if (changed.isEmpty())
                continue;
            writeTask(w, t, false);
            w.logUpdates<TaskField>(t.id, *old, t, changed);
            m_pending.tasks.change(t.id, changed);
        }
        return w.status();
    });
}

Result<QList<Task>> PlanStore::removeTask(Id id)
{
    const QList<Task> all = tasks();
    // The task and every descendant, parents first, so restoreTasks() can insert them in order.
    QList<Task> removed;
    for (const Task &t : all)
        if (t.id == id)
            removed << t;
    if (removed.isEmpty())
        return Result<QList<Task>>::fail(Error::Code::NotFound, Validation::tr("The task no longer exists."));
    for (int i = 0; i < removed.size(); ++i)
        for (const Task &t : all)
            if (t.parentId == removed[i].id)
                removed << t;
    const Status s = write([&](SqlWriter &w) {
        w.exec(QStringLiteral("DELETE FROM task WHERE id = ?"), {id}); // sub-tasks by ON DELETE CASCADE
        for (const Task &t : removed) {
            w.logDeletedRow(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, rowLogText(t));
            w.logDelete(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, t.title);
            m_pending.tasks.remove(t.id);
        }
        return w.status();
    });
    if (!s)
        return s.error();
    return removed;
}

Status PlanStore::restoreTasks(const QList<Task> &list)
{
    return write([&](SqlWriter &w) {
        for (const Task &t : list) {
            writeTask(w, t, true);
            w.logInsert(QLatin1String(FieldTable<TaskField>::entityKey()), t.id, t.title);
            m_pending.tasks.insert(t.id);
        }
        return w.status();
    });
}

} // namespace dx
