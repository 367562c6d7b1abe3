// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore: task groups and tasks.
#include "PlanStore.h"

#include "SqlWriter.h"
#include "domain/Validation.h"

#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace dx {
namespace {

const QString kTaskColumns = QStringLiteral(
    "id, group_id, parent_id, sort_order, title, legal_ref, lead_agency_id, person_id, start_date, deadline, "
    "status, percent_complete, completion_date, output, notes");

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
    return t;
}

QString idList(const QList<Id> &ids)
{
    QStringList s;
    for (Id id : ids)
        s << QString::number(id);
    return s.join(QLatin1Char(','));
}

QString isoOrEmpty(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
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

void logTaskUpdate(SqlWriter &w, const Task &o, const Task &n)
{
    const QString e = QStringLiteral("task");
    w.logUpdate(e, n.id, QStringLiteral("group"), QString::number(o.groupId), QString::number(n.groupId));
    w.logUpdate(e, n.id, QStringLiteral("parent"), QString::number(o.parentId), QString::number(n.parentId));
    w.logUpdate(e, n.id, QStringLiteral("title"), o.title, n.title);
    w.logUpdate(e, n.id, QStringLiteral("legalRef"), o.legalRef, n.legalRef);
    w.logUpdate(e, n.id, QStringLiteral("leadAgency"), QString::number(o.leadAgencyId),
                QString::number(n.leadAgencyId));
    w.logUpdate(e, n.id, QStringLiteral("cooperatingAgencies"), idList(o.cooperatingAgencyIds),
                idList(n.cooperatingAgencyIds));
    w.logUpdate(e, n.id, QStringLiteral("person"), QString::number(o.personId), QString::number(n.personId));
    w.logUpdate(e, n.id, QStringLiteral("startDate"), isoOrEmpty(o.startDate), isoOrEmpty(n.startDate));
    w.logUpdate(e, n.id, QStringLiteral("deadline"), isoOrEmpty(o.deadline), isoOrEmpty(n.deadline));
    w.logUpdate(e, n.id, QStringLiteral("status"), toKey(o.status), toKey(n.status));
    w.logUpdate(e, n.id, QStringLiteral("percentComplete"), QString::number(o.percentComplete),
                QString::number(n.percentComplete));
    w.logUpdate(e, n.id, QStringLiteral("completionDate"), isoOrEmpty(o.completionDate),
                isoOrEmpty(n.completionDate));
    w.logUpdate(e, n.id, QStringLiteral("output"), o.output, n.output);
    w.logUpdate(e, n.id, QStringLiteral("notes"), o.notes, n.notes);
    w.logUpdate(e, n.id, QStringLiteral("indicators"), idList(o.indicatorIds), idList(n.indicatorIds));
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
    return g;
}

const QString kGroupSelect =
    QStringLiteral("SELECT id, sort_order, title, title_en, description, lead_agency_id FROM task_group");

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

Result<Id> PlanStore::insertGroup(const TaskGroup &g)
{
    const QString why = Validation::group(g);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = w.insert(
            QStringLiteral("INSERT INTO task_group (id, sort_order, title, title_en, description, "
                           "lead_agency_id) VALUES (?, ?, ?, ?, ?, ?)"),
            {idOrNull(g.id), g.sortOrder, g.title, g.titleEn, g.description, idOrNull(g.leadAgencyId)});
        w.logInsert(QStringLiteral("group"), id, g.title);
        emitLater([this, id] { emit groupInserted(id); });
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateGroup(const TaskGroup &g)
{
    const QString why = Validation::group(g);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    const auto old = group(g.id);
    if (!old)
        return Status::fail(Error::Code::NotFound, Validation::tr("The task group no longer exists."));
    return write([&](SqlWriter &w) {
        w.exec(
            QStringLiteral("UPDATE task_group SET sort_order = ?, title = ?, title_en = ?, description = ?, "
                           "lead_agency_id = ? WHERE id = ?"),
            {g.sortOrder, g.title, g.titleEn, g.description, idOrNull(g.leadAgencyId), g.id});
        w.logUpdate(QStringLiteral("group"), g.id, QStringLiteral("title"), old->title, g.title);
        w.logUpdate(QStringLiteral("group"), g.id, QStringLiteral("description"), old->description,
                    g.description);
        w.logUpdate(QStringLiteral("group"), g.id, QStringLiteral("leadAgency"),
                    QString::number(old->leadAgencyId), QString::number(g.leadAgencyId));
        emitLater([this, id = g.id] { emit groupChanged(id); });
        return w.status();
    });
}

Status PlanStore::reorderGroups(const QList<Id> &order)
{
    return write([&](SqlWriter &w) {
        for (int i = 0; i < order.size(); ++i)
            w.exec(QStringLiteral("UPDATE task_group SET sort_order = ? WHERE id = ?"), {i + 1, order[i]});
        w.logUpdate(QStringLiteral("group"), 0, QStringLiteral("order"), QString(), idList(order));
        emitLater([this] { emit groupsReordered(); });
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
        w.logDelete(QStringLiteral("group"), id, g->title);
        for (const Task &t : snap.tasks)
            w.logDelete(QStringLiteral("task"), t.id, t.title);
        emitLater([this, id] { emit groupRemoved(id); });
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
        w.logInsert(QStringLiteral("group"), g.id, g.title);
        for (const Task &t : snap.tasks) {
            writeTask(w, t, true);
            w.logInsert(QStringLiteral("task"), t.id, t.title);
        }
        emitLater([this, id = g.id] { emit groupInserted(id); });
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
    q.exec(QStringLiteral("SELECT %1 FROM task ORDER BY group_id, sort_order, id").arg(kTaskColumns));
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
    q.prepare(QStringLiteral("SELECT %1 FROM task WHERE id = ?").arg(kTaskColumns));
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

Result<Id> PlanStore::insertTask(const Task &t)
{
    const QString why = Validation::task(t);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = writeTask(w, t, true);
        w.logInsert(QStringLiteral("task"), id, t.title);
        emitLater([this, id] { emit taskInserted(id); });
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateTask(const Task &t)
{
    return updateTasks({t});
}

Status PlanStore::updateTasks(const QList<Task> &list)
{
    QList<Task> olds;
    for (const Task &t : list) {
        const QString why = Validation::task(t);
        if (!why.isEmpty())
            return Status::fail(Error::Code::Invalid, why);
        const auto old = task(t.id);
        if (!old)
            return Status::fail(Error::Code::NotFound, Validation::tr("The task no longer exists."));
        olds << *old;
    }
    return write([&](SqlWriter &w) {
        for (int i = 0; i < list.size(); ++i) {
            writeTask(w, list[i], false);
            logTaskUpdate(w, olds[i], list[i]);
            emitLater([this, id = list[i].id] { emit taskChanged(id); });
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
            w.logDelete(QStringLiteral("task"), t.id, t.title);
            emitLater([this, tid = t.id] { emit taskRemoved(tid); });
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
            w.logInsert(QStringLiteral("task"), t.id, t.title);
            emitLater([this, id = t.id] { emit taskInserted(id); });
        }
        return w.status();
    });
}

} // namespace dx
