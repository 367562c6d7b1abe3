// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one open plan as the user interface sees it: the store, its undo stack, the "as of" date, a
// cache of the small tables (groups, agencies, persons, localities), and intention-named edits, each
// one undo step and one committed transaction (docs/architecture.md §2).
#include "domain/Agency.h"
#include "domain/Indicator.h"
#include "domain/Locality.h"
#include "domain/Measurement.h"
#include "domain/Person.h"
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

class PlanDocument : public QObject
{
    Q_OBJECT
public:
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

    const QList<TaskGroup> &groups() const { return m_groups; }
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
    /// Edits one task. Edits with the same non-empty @p mergeKey in a row merge into one undo step.
    bool editTask(const Task &changed, const QString &mergeKey = {});
    bool editTasks(const QList<Task> &changed, const QString &description);
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

signals:
    void asOfChanged(const QDate &date);
    void directoryChanged(); ///< agencies, persons or localities changed (cache refreshed)
    void groupsChanged();    ///< any group inserted, changed, removed or reordered (cache refreshed)
    void errorOccurred(const QString &message);

private:
    void reloadGroups();
    void reloadDirectory();
    bool push(class StoreCommand *command);

    std::unique_ptr<PlanStore> m_store;
    QUndoStack *m_undo;
    QDate m_asOf;
    QList<TaskGroup> m_groups;
    QList<Agency> m_agencies;
    QList<Person> m_persons;
    QList<Locality> m_localities;
    QHash<Id, int> m_agencyIndex;
    QString m_lastError; ///< set by reportError() during push()
};

} // namespace dx
