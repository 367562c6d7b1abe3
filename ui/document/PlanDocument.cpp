// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanDocument.h"

#include "commands/DirectoryCommands.h"
#include "commands/GroupCommands.h"
#include "commands/IndicatorCommands.h"
#include "commands/ReportSettingsCommand.h"
#include "commands/TaskCommands.h"
#include "indicators/IndicatorStatusCache.h"
#include "models/TaskPresentation.h"
#include "store/PlanStore.h"

#include <QFileInfo>
#include <QSet>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <tuple>

namespace dx {

PlanDocument::PlanDocument(std::unique_ptr<PlanStore> store, const QDate &asOf, QObject *parent)
    : QObject(parent), m_store(std::move(store)), m_undo(new QUndoStack(this)), m_asOf(asOf)
{
    m_plan = m_store->plan();
    reloadGroups();
    reloadDirectory();
    m_tasks = m_store->tasks();
    reindexTasks();
    reloadIndicators();
    connect(m_store.get(), &PlanStore::committed, this, &PlanDocument::apply);
    // Another window or PC writing to the same file: its commits are shown within a second.
    m_store->takeExternalChange();
    auto *poll = new QTimer(this);
    poll->setInterval(kExternalPollMs);
    connect(poll, &QTimer::timeout, this, [this] {
        if (m_store->takeExternalChange())
            refreshFromFile();
    });
    poll->start();
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
    return QStringLiteral("%1 (%2)").arg(m_plan.code, QFileInfo(filePath()).fileName());
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
}

void PlanDocument::reloadDirectory()
{
    m_agencies = m_store->agencies();
    m_persons = m_store->persons();
    m_localities = m_store->localities();
    m_agencyIndex.clear();
    for (int i = 0; i < m_agencies.size(); ++i)
        m_agencyIndex.insert(m_agencies[i].id, i);
}

void PlanDocument::reloadIndicators()
{
    m_indicators = m_store->indicators();
}

void PlanDocument::reindexTasks()
{
    m_taskIndex.clear();
    m_taskIndex.reserve(m_tasks.size());
    for (int i = 0; i < m_tasks.size(); ++i)
        m_taskIndex.insert(m_tasks[i].id, i);
}

void PlanDocument::reloadAll()
{
    m_plan = m_store->plan();
    reloadGroups();
    reloadDirectory();
    m_tasks = m_store->tasks();
    reindexTasks();
    reloadIndicators();
}

namespace {

/// The store's order of tasks: group id, sort order, id (PlanStore::tasks()).
bool taskBefore(const Task &a, const Task &b)
{
    return std::tie(a.groupId, a.sortOrder, a.id) < std::tie(b.groupId, b.sortOrder, b.id);
}

/// Ids in parent-before-child order as the store listed them, for the notifier's contract.
template <typename Fields> QList<Id> sortedIds(const QHash<Id, Fields> &changed)
{
    QList<Id> ids = changed.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

void PlanDocument::apply(const ChangeSet &c)
{
    // 1. Bring the cache up to date, reading each changed row once.
    if (c.everything) {
        reloadAll();
        emit reloaded();
        return;
    }
    if (c.plan)
        m_plan = m_store->plan();
    if (c.directory)
        reloadDirectory();
    if (!c.groups.isEmpty() || c.groupsReordered)
        reloadGroups(); // a plan has a handful of groups
    if (!c.tasks.isEmpty()) {
        const QList<Id> fresh = c.tasks.inserted + sortedIds(c.tasks.changed);
        if (fresh.size() > 200) { // many rows (an import, a large undo): one read of the whole table
            m_tasks = m_store->tasks();
        } else {
            const QSet<Id> gone(c.tasks.removed.cbegin(), c.tasks.removed.cend());
            const QSet<Id> freshSet(fresh.cbegin(), fresh.cend());
            QList<Task> kept;
            kept.reserve(m_tasks.size() + c.tasks.inserted.size());
            for (const Task &t : std::as_const(m_tasks))
                if (!gone.contains(t.id) && !freshSet.contains(t.id))
                    kept << t;
            for (Id id : fresh)
                if (const auto t = m_store->task(id))
                    kept.insert(std::upper_bound(kept.begin(), kept.end(), *t, taskBefore), *t);
            m_tasks = std::move(kept);
        }
        reindexTasks();
    }
    if (!c.indicators.isEmpty())
        reloadIndicators();

    // 2. Tell the views, one signal per kind, in the documented order.
    if (c.plan)
        emit planChanged();
    if (c.settings)
        emit settingsChanged();
    if (c.directory)
        emit directoryChanged();
    if (!c.groups.removed.isEmpty())
        emit groupsRemoved(c.groups.removed);
    if (!c.groups.inserted.isEmpty())
        emit groupsInserted(c.groups.inserted);
    if (!c.groups.changed.isEmpty())
        emit groupsChanged(sortedIds(c.groups.changed), c.groups.changedFields());
    if (c.groupsReordered)
        emit groupsReordered();
    if (!c.groups.isEmpty() || c.groupsReordered)
        emit groupListChanged();
    if (!c.tasks.removed.isEmpty())
        emit tasksRemoved(c.tasks.removed);
    if (!c.tasks.inserted.isEmpty())
        emit tasksInserted(c.tasks.inserted);
    if (!c.tasks.changed.isEmpty())
        emit tasksChanged(sortedIds(c.tasks.changed), c.tasks.changedFields());
    if (!c.indicators.removed.isEmpty())
        emit indicatorsRemoved(c.indicators.removed);
    if (!c.indicators.inserted.isEmpty())
        emit indicatorsInserted(c.indicators.inserted);
    if (!c.indicators.changed.isEmpty())
        emit indicatorsChanged(sortedIds(c.indicators.changed), c.indicators.changedFields());
    if (!c.measurementIndicators.isEmpty()) {
        QList<Id> ids(c.measurementIndicators.cbegin(), c.measurementIndicators.cend());
        std::sort(ids.begin(), ids.end());
        emit measurementsChanged(ids);
    }
}

const Task *PlanDocument::task(Id id) const
{
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &m_tasks[*it];
}

const TaskGroup *PlanDocument::group(Id id) const
{
    const int i = groupIndex(id);
    return i < 0 ? nullptr : &m_groups[i];
}

const Indicator *PlanDocument::indicator(Id id) const
{
    for (const Indicator &i : m_indicators)
        if (i.id == id)
            return &i;
    return nullptr;
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

void PlanDocument::retranslateHistory()
{
    for (int i = 0; i < m_undo->count(); ++i)
        static_cast<StoreCommand *>(const_cast<QUndoCommand *>(m_undo->command(i)))->retranslate();
}

void PlanDocument::refreshFromFile()
{
    m_store->takeExternalChange(); // the poll need not do it again
    ChangeSet everything;
    everything.everything = true;
    apply(everything);
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

bool PlanDocument::setTaskField(const QList<Id> &ids, TaskField field, const QVariant &value)
{
    QList<Task> before, after;
    TaskFields fields = field;
    for (Id id : ids) {
        const Task *t = task(id);
        if (!t) {
            reportError(tr("The task no longer exists."));
            return false;
        }
        Task changed = *t;
        if (field == TaskField::Status) {
            applyStatus(changed, TaskStatus(value.toInt()), m_asOf);
            fields = {TaskField::Status, TaskField::PercentComplete, TaskField::CompletionDate};
        } else {
            setFieldValue(changed, field, value);
        }
        // Compared as the store will keep it (the store's rule), so "  x" over "x" is no undo step.
        normalizeFields<TaskField>(changed);
        if (differingFields(*t, changed, fields).isEmpty())
            continue;
        before << *t;
        after << changed;
    }
    if (after.isEmpty())
        return true; // nothing changes: no undo step
    // Typed fields merge consecutive edits (each keystroke or spin-box step) into one undo step.
    const bool typed = field == TaskField::Title || field == TaskField::LegalRef ||
                       field == TaskField::Output || field == TaskField::Notes ||
                       field == TaskField::PercentComplete;
    auto *command = new EditTasksCommand(*this, before, after, fields, editText(field, before, after),
                                         typed ? std::optional<TaskField>(field) : std::nullopt);
    command->describeAs(field); // worded again in the new language after a switch
    return push(command);
}

bool PlanDocument::editTasks(const QList<Task> &changed, TaskFields fields, const QString &description)
{
    QList<Task> before, after;
    for (Task t : changed) {
        const Task *b = task(t.id);
        if (!b) {
            reportError(tr("The task no longer exists."));
            return false;
        }
        normalizeFields<TaskField>(t);
        if (differingFields(*b, t, fields).isEmpty())
            continue;
        before << *b;
        after << t;
    }
    if (after.isEmpty())
        return true;
    QString text = description;
    if (text.isEmpty()) {
        const QList<TaskField> list = fields.toList();
        text = list.size() == 1 ? editText(list.first(), before, after)
                                : tr("Edit %n task(s)", nullptr, int(after.size()));
    }
    return push(new EditTasksCommand(*this, before, after, fields, text));
}

QString PlanDocument::editText(TaskField field, const QList<Task> &before, const QList<Task> &after) const
{
    const QString label = fieldLabel(field);
    if (after.size() != 1)
        return tr("Edit %1 of %n tasks", nullptr, int(after.size())).arg(label.toLower());
    const QString from = TaskPresentation::fieldText(*this, field, fieldLogText(before.first(), field));
    const QString to = TaskPresentation::fieldText(*this, field, fieldLogText(after.first(), field));
    constexpr int kLongest = 40; // an undo text is one line: long texts are shortened
    const auto shorten = [](const QString &s) {
        return s.size() > kLongest ? s.left(kLongest - 1) + QChar(0x2026) : s;
    };
    return tr("Edit %1: %2 -> %3").arg(label.toLower(), shorten(from), shorten(to));
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
    const QList<Task> &all = m_tasks;
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
    return editTasks(changed, {TaskField::Group, TaskField::Parent, TaskField::SortOrder},
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
    const TaskGroup *before = group(changed.id);
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
        i.sortOrder = m_indicators.isEmpty() ? 1 : m_indicators.last().sortOrder + 1;
    }
    auto *command = new AddIndicatorCommand(*this, i);
    const bool ok = push(command);
    if (ok && newId)
        *newId = command->indicatorId();
    return ok;
}

bool PlanDocument::editIndicator(const Indicator &changed)
{
    const Indicator *before = indicator(changed.id);
    if (!before) {
        reportError(tr("The indicator no longer exists."));
        return false;
    }
    return push(
        new EditIndicatorCommand(*this, {*before}, {changed}, tr("Edit indicator %1").arg(changed.code)));
}

bool PlanDocument::moveIndicator(Id id, int delta)
{
    QList<Indicator> all = m_indicators;
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
    const Indicator *i = indicator(id);
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
