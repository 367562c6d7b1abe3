// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one open plan as the user interface sees it: the store, its undo stack, the "as of" date, the
// one cache of what the window shows (plan, groups, tasks, directory, indicators), the one notifier every
// view listens to, and intention-named edits, each one undo step and one committed transaction
// (docs/architecture.md §2).
#include "domain/Agency.h"
#include "domain/Fields.h"
#include "domain/Indicator.h"
#include "domain/Locality.h"
#include "domain/Measurement.h"
#include "domain/Person.h"
#include "domain/Plan.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QObject>
#include <memory>

class QUndoStack;

namespace dx {

class PlanStore;
struct ChangeSet;

class PlanDocument : public QObject
{
    Q_OBJECT
public:
    /// How often the file is asked whether another program committed to it (PlanStore::takeExternalChange).
    static constexpr int kExternalPollMs = 500;
    /// Takes ownership of an open store. @p asOf is the reporting date (today, unless the caller says).
    PlanDocument(std::unique_ptr<PlanStore> store, const QDate &asOf, QObject *parent = nullptr);
    ~PlanDocument() override;

    PlanStore &store() const { return *m_store; }
    QUndoStack *undoStack() const { return m_undo; }
    QString filePath() const;
    /// "06-NQ/TU: Chuyển đổi số ..." for the window title.
    QString displayTitle() const;

    QDate asOf() const { return m_asOf; }
    void setAsOf(const QDate &date);

    // ---- the cache: read once per committed change, before the signals below are emitted -----------
    const Plan &plan() const { return m_plan; }
    const QList<TaskGroup> &groups() const { return m_groups; }
    /// Every task, in the store's order (group, then sort order, then id).
    const QList<Task> &tasks() const { return m_tasks; }
    /// The task @p id, or null. The pointer is valid until the next change is applied.
    const Task *task(Id id) const;
    const TaskGroup *group(Id id) const;
    /// Every indicator, by sort order.
    const QList<Indicator> &indicators() const { return m_indicators; }
    const Indicator *indicator(Id id) const;
    const QList<Agency> &agencies() const { return m_agencies; }
    const QList<Person> &persons() const { return m_persons; }
    const QList<Locality> &localities() const { return m_localities; }
    QString agencyName(Id id) const;
    QString personName(Id id) const;
    QString groupTitle(Id id) const;
    QString localityName(Id id) const;
    int groupIndex(Id id) const; ///< position in groups(), -1 when unknown

    // ---- edits: each pushes one undo command; false (and errorOccurred) when refused --------------
    bool addTask(const Task &task, Id *newId = nullptr);
    /// Sets one field of the tasks @p ids to @p value: the one path of the details pane, the table and
    /// bulk edits. Setting the status also sets the percent and completion date it implies (applyStatus).
    /// Consecutive edits of the same field of the same tasks merge into one undo step (typing).
    bool setTaskField(const QList<Id> &ids, TaskField field, const QVariant &value);
    /// Writes @p fields of each task in @p changed: one undo step named @p description (or, for one
    /// field, after the field and its old and new values).
    bool editTasks(const QList<Task> &changed, TaskFields fields, const QString &description = {});
    bool removeTasks(const QList<Id> &ids);
    bool moveTasks(const QList<Id> &ids, Id groupId);
    bool addGroup(const TaskGroup &group, Id *newId = nullptr);
    bool editGroup(const TaskGroup &changed);
    bool removeGroup(Id id);
    bool reorderGroups(const QList<Id> &order);
    bool addAgency(const Agency &agency, Id *newId = nullptr);
    bool editAgency(const Agency &changed);
    bool mergeAgencies(Id kept, Id duplicate);
    bool addPerson(const Person &person, Id *newId = nullptr);
    bool editPerson(const Person &changed);
    bool addIndicator(const Indicator &indicator, Id *newId = nullptr);
    bool editIndicator(const Indicator &changed);
    /// Moves indicator @p id by @p delta places in the list (one undo step).
    bool moveIndicator(Id id, int delta);
    bool removeIndicator(Id id);
    /// Sets the values in @p set and clears those in @p clear (matched by indicator, locality and period),
    /// validated all together: one bad value refuses the whole block.
    bool setMeasurements(const QList<Measurement> &set, const QList<Measurement> &clear,
                         const QString &description);

    /// Keeps the report settings @p values (ReportSettings::toMap() keys) in the plan: one undo step;
    /// true without a step when nothing changes.
    bool setReportSettings(const QMap<QString, QString> &values);

    /// Reports a refused edit: the message is already translated.
    void reportError(const QString &message);
    /// Reads everything again from the file now, as after another program's commit: after a write was
    /// refused as based on a stale copy, the window shows the current state at once.
    void refreshFromFile();
    /// Words every step of the undo history again in the language now installed.
    void retranslateHistory();

    /// The undo text of an edit of @p field from @p before to @p after, e.g.
    /// "Sửa hạn hoàn thành: 30/6/2024 -> 31/12/2024"; for several tasks, the field and their number.
    QString editText(TaskField field, const QList<Task> &before, const QList<Task> &after) const;

signals:
    // ---- the notifier (docs/architecture.md §2). After each COMMIT the cache is brought up to date,
    // then these are emitted once each at most, in this order, each carrying every row of its kind:
    void reloaded(); ///< everything may have changed (another program's commit): read it all again
    void planChanged();
    void settingsChanged();
    void directoryChanged(); ///< agencies, persons or localities
    void groupsRemoved(const QList<dx::Id> &ids);
    void groupsInserted(const QList<dx::Id> &ids);
    void groupsChanged(const QList<dx::Id> &ids, dx::GroupFields fields);
    void groupsReordered();
    /// After any of the four group signals above (once): for listeners that only need "the groups".
    void groupListChanged();
    void tasksRemoved(const QList<dx::Id> &ids);  ///< parents before their sub-tasks
    void tasksInserted(const QList<dx::Id> &ids); ///< parents before their sub-tasks
    void tasksChanged(const QList<dx::Id> &ids, dx::TaskFields fields);
    void indicatorsRemoved(const QList<dx::Id> &ids);
    void indicatorsInserted(const QList<dx::Id> &ids);
    void indicatorsChanged(const QList<dx::Id> &ids, dx::IndicatorFields fields);
    void measurementsChanged(const QList<dx::Id> &indicatorIds);
    /// Not from a commit: the reporting date changed.
    void asOfChanged(const QDate &date);
    void errorOccurred(const QString &message);

private:
    void apply(const ChangeSet &changes);
    void reloadAll();
    void reloadGroups();
    void reloadDirectory();
    void reloadIndicators();
    void reindexTasks();
    bool push(class StoreCommand *command);

    std::unique_ptr<PlanStore> m_store;
    QUndoStack *m_undo;
    QDate m_asOf;
    Plan m_plan;
    QList<TaskGroup> m_groups;
    QList<Task> m_tasks;
    QHash<Id, int> m_taskIndex;
    QList<Indicator> m_indicators;
    QList<Agency> m_agencies;
    QList<Person> m_persons;
    QList<Locality> m_localities;
    QHash<Id, int> m_agencyIndex;
    QString m_lastError; ///< set by reportError() during push()
};

} // namespace dx
