// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "commands/DirectoryCommands.h"
#include "commands/GroupCommands.h"
#include "commands/IndicatorCommands.h"
#include "commands/ReportSettingsCommand.h"
#include "commands/TaskCommands.h"
#include "indicators/IndicatorStatusCache.h"
#include "store/PlanStore.h"

#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

namespace dx {

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store, const QDate &asOf, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_undo(new QUndoStack(this)), m_asOf(asOf)
{
    reloadGroups();
    reloadDirectory();
    connect(m_store.get(), &PlanStore::groupInserted, this, &PlanDocument::reloadGroups);
    connect(m_store.get(), &PlanStore::groupChanged, this, &PlanDocument::reloadGroups);
    connect(m_store.get(), &PlanStore::groupRemoved, this, &PlanDocument::reloadGroups);
    connect(m_store.get(), &PlanStore::groupsReordered, this, &PlanDocument::reloadGroups);
    connect(m_store.get(), &PlanStore::directoryChanged, this, &PlanDocument::reloadDirectory);
    connect(m_store.get(), &PlanStore::planReloaded, this, [this] {
        reloadDirectory();
        reloadGroups();
    });
}

PlanDocument::~PlanDocument()
{
    // The undo commands refer to the store: drop them first.
    m_undo->clear();
    // So does the indicator cache, whose worker may still be reading the file.
    delete findChild<IndicatorStatusCache *>(QString(), Qt::FindDirectChildrenOnly);
}

QString PlanDocument::filePath() const
{
    return m_store->path();
}

QString PlanDocument::displayTitle() const
{
    const Plan p = m_store->plan();
    return QStringLiteral("%1 (%2)").arg(p.code, QFileInfo(filePath()).fileName());
}

void PlanDocument::setAsOf(const QDate &date)
{
    if (!date.isValid() || date == m_asOf)
        return;
    m_asOf = date;
    emit asOfChanged(date);
}

void PlanDocument::reloadGroups()
{
    m_groups = m_store->groups();
    emit groupsChanged();
}

void PlanDocument::reloadDirectory()
{
    m_agencies = m_store->agencies();
    m_persons = m_store->persons();
    m_localities = m_store->localities();
    m_agencyIndex.clear();
    for (int i = 0; i < m_agencies.size(); ++i)
        m_agencyIndex.insert(m_agencies[i].id, i);
    emit directoryChanged();
}

QString PlanDocument::agencyName(Id id) const
{
    const auto it = m_agencyIndex.constFind(id);
    return it == m_agencyIndex.cend() ? QString() : m_agencies[*it].displayName();
}

QString PlanDocument::personName(Id id) const
{
    for (const Person &p : m_persons)
        if (p.id == id)
            return p.name;
    return {};
}

QString PlanDocument::groupTitle(Id id) const
{
    const int i = groupIndex(id);
    return i < 0 ? QString() : m_groups[i].title;
}

QString PlanDocument::localityName(Id id) const
{
    for (const Locality &l : m_localities)
        if (l.id == id)
            return l.name;
    return {};
}

int PlanDocument::groupIndex(Id id) const
{
    for (int i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].id == id)
            return i;
    return -1;
}

void PlanDocument::reportError(const QString &message)
{
    m_lastError = message;
    emit errorOccurred(message);
}

// ---- edits ----------------------------------------------------------------------------------------

bool PlanDocument::addTask(const Task &task, Id *newId)
{
    auto *command = new AddTaskCommand(*this, task);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->taskId();
    return ok;
}

bool PlanDocument::editTask(const Task &changed, const QString &mergeKey)
{
    const auto before = m_store->task(changed.id);
    if (!before) {
        reportError(tr("The task no longer exists."));
        return false;
    }
    return push(new EditTasksCommand(*this, {*before}, {changed}, tr("Edit task \"%1\"").arg(changed.title),
                                     mergeKey));
}

bool PlanDocument::editTasks(const QList<Task> &changed, const QString &description)
{
    QList<Task> before;
    for (const Task &t : changed) {
        const auto b = m_store->task(t.id);
        if (!b) {
            reportError(tr("The task no longer exists."));
            return false;
        }
        before << *b;
    }
    return push(new EditTasksCommand(*this, before, changed, description));
}

bool PlanDocument::removeTasks(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return false;
    const QString text =
        ids.size() == 1 ? tr("Delete task") : tr("Delete %n tasks", nullptr, int(ids.size()));
    return push(new RemoveTasksCommand(*this, ids, text));
}

bool PlanDocument::moveTasks(const QList<Id> &ids, Id groupId)
{
    // Sub-tasks go with their parent; a sub-task moved alone becomes a top-level task of the new group.
    const QList<Task> all = m_store->tasks();
    QList<Task> changed;
    QSet<Id> moving(ids.cbegin(), ids.cend());
    for (int pass = 0; pass < 16; ++pass) // the task tree is shallow; 16 levels is plenty
        for (const Task &t : all)
            if (t.parentId != 0 && moving.contains(t.parentId))
                moving.insert(t.id);
    int order = 0;
    for (const Task &t : all)
        if (t.groupId == groupId)
            order = std::max(order, t.sortOrder);
    for (const Task &t : all) {
        if (!moving.contains(t.id) || t.groupId == groupId)
            continue;
        Task m = t;
        m.groupId = groupId;
        if (m.parentId != 0 && !moving.contains(m.parentId))
            m.parentId = 0;
        if (m.parentId == 0)
            m.sortOrder = ++order;
        changed << m;
    }
    if (changed.isEmpty())
        return false;
    return editTasks(changed,
                     tr("Move %n task(s) to \"%1\"", nullptr, int(ids.size())).arg(groupTitle(groupId)));
}

bool PlanDocument::addGroup(const TaskGroup &group, Id *newId)
{
    TaskGroup g = group;
    if (g.sortOrder == 0)
        g.sortOrder = m_groups.isEmpty() ? 1 : m_groups.last().sortOrder + 1;
    auto *command = new AddGroupCommand(*this, g);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->groupId();
    return ok;
}

bool PlanDocument::editGroup(const TaskGroup &changed)
{
    const auto before = m_store->group(changed.id);
    if (!before) {
        reportError(tr("The task group no longer exists."));
        return false;
    }
    return push(new EditGroupCommand(*this, *before, changed));
}

bool PlanDocument::removeGroup(Id id)
{
    return push(new RemoveGroupCommand(*this, id, groupTitle(id)));
}

bool PlanDocument::reorderGroups(const QList<Id> &order)
{
    QList<Id> before;
    for (const TaskGroup &g : m_groups)
        before << g.id;
    if (before == order)
        return false;
    return push(new ReorderGroupsCommand(*this, before, order));
}

bool PlanDocument::addAgency(const Agency &agency, Id *newId)
{
    auto *command = new AddAgencyCommand(*this, agency);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->agencyId();
    return ok;
}

bool PlanDocument::editAgency(const Agency &changed)
{
    const auto it = m_agencyIndex.constFind(changed.id);
    if (it == m_agencyIndex.cend()) {
        reportError(tr("The agency no longer exists."));
        return false;
    }
    return push(new EditAgencyCommand(*this, m_agencies[*it], changed));
}

bool PlanDocument::mergeAgencies(Id kept, Id duplicate)
{
    const auto k = m_agencyIndex.constFind(kept), d = m_agencyIndex.constFind(duplicate);
    if (k == m_agencyIndex.cend() || d == m_agencyIndex.cend() || kept == duplicate) {
        reportError(tr("Choose two different agencies to merge."));
        return false;
    }
    return push(new MergeAgenciesCommand(*this, m_agencies[*k], m_agencies[*d]));
}

bool PlanDocument::addPerson(const Person &person, Id *newId)
{
    auto *command = new AddPersonCommand(*this, person);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->personId();
    return ok;
}

bool PlanDocument::editPerson(const Person &changed)
{
    for (const Person &p : m_persons)
        if (p.id == changed.id)
            return push(new EditPersonCommand(*this, p, changed));
    reportError(tr("The person no longer exists."));
    return false;
}

bool PlanDocument::addIndicator(const Indicator &indicator, Id *newId)
{
    Indicator i = indicator;
    if (i.sortOrder == 0) {
        const QList<Indicator> all = m_store->indicators();
        i.sortOrder = all.isEmpty() ? 1 : all.last().sortOrder + 1;
    }
    auto *command = new AddIndicatorCommand(*this, i);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->indicatorId();
    return ok;
}

bool PlanDocument::editIndicator(const Indicator &changed)
{
    const auto before = m_store->indicator(changed.id);
    if (!before) {
        reportError(tr("The indicator no longer exists."));
        return false;
    }
    return push(
        new EditIndicatorCommand(*this, {*before}, {changed}, tr("Edit indicator %1").arg(changed.code)));
}

bool PlanDocument::moveIndicator(Id id, int delta)
{
    QList<Indicator> all = m_store->indicators();
    int pos = -1;
    for (int i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            pos = i;
    const int other = pos + delta;
    if (pos < 0 || other < 0 || other >= all.size())
        return false;
    const QList<Indicator> before{all[pos], all[other]};
    // Renumber so that equal sort orders cannot make the swap a no-op.
    for (int i = 0; i < all.size(); ++i)
        all[i].sortOrder = i + 1;
    std::swap(all[pos].sortOrder, all[other].sortOrder);
    return push(new EditIndicatorCommand(*this, before, {all[pos], all[other]}, tr("Reorder indicators")));
}

bool PlanDocument::removeIndicator(Id id)
{
    const auto i = m_store->indicator(id);
    if (!i)
        return false;
    return push(new RemoveIndicatorCommand(*this, id, i->code));
}

bool PlanDocument::setMeasurements(const QList<Measurement> &set, const QList<Measurement> &clear,
                                   const QString &description)
{
    if (set.isEmpty() && clear.isEmpty())
        return false;
    return push(new SetMeasurementsCommand(*this, set, clear, description));
}

bool PlanDocument::setReportSettings(const QMap<QString, QString> &values)
{
    const QMap<QString, QString> stored = m_store->settings();
    QMap<QString, QString> before;
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        before.insert(it.key(), stored.value(it.key()));
        changed = changed || stored.value(it.key()) != it.value();
    }
    if (!changed)
        return true;
    return push(new ReportSettingsCommand(*this, before, values));
}

bool PlanDocument::push(StoreCommand *command)
{
    // push() runs redo(); a refused command reports its reason (reportError) and marks itself obsolete,
    // and the stack deletes it: nothing reaches the history or the file.
    m_lastError.clear();
    m_undo->push(command);
    return m_lastError.isEmpty();
}

} // namespace dx
