// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what one committed transaction changed: the ids of the rows inserted, changed (with the fields
// that changed) and removed, per kind of entity. PlanStore emits one after each COMMIT (never after a
// rollback); the window's PlanDocument turns it into its batch signals (docs/architecture.md §2).
#include "domain/Fields.h"
#include "domain/Ids.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace dx {

/// Inserted, changed and removed rows of one kind of entity. An id is in at most one of the three
/// (a row inserted then changed in one transaction is inserted; inserted then removed is neither).
template <typename E> struct EntityChanges
{
    QList<Id> inserted;             ///< in the order they were written (parents before sub-tasks)
    QHash<Id, FieldSet<E>> changed; ///< with the fields whose stored value changed
    QList<Id> removed;              ///< in the order they were removed

    bool isEmpty() const { return inserted.isEmpty() && changed.isEmpty() && removed.isEmpty(); }
    void insert(Id id)
    {
        removed.removeOne(id);
        if (!inserted.contains(id))
            inserted << id;
    }
    void change(Id id, FieldSet<E> fields)
    {
        if (fields.isEmpty() || inserted.contains(id))
            return;
        changed[id] |= fields;
    }
    void remove(Id id)
    {
        changed.remove(id);
        if (inserted.removeOne(id))
            return;
        if (!removed.contains(id))
            removed << id;
    }
    /// The changed ids, in ascending order.
    QList<Id> changedIds() const
    {
        QList<Id> ids = changed.keys();
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    /// Every field changed in any row.
    FieldSet<E> changedFields() const
    {
        FieldSet<E> all;
        for (const auto &f : changed)
            all |= f;
        return all;
    }
};

struct ChangeSet
{
    bool plan = false;            ///< the plan's own fields
    bool settings = false;        ///< report settings and other key/value settings
    bool directory = false;       ///< agencies, persons or localities
    bool groupsReordered = false; ///< the order of groups changed
    bool issuedReports = false;   ///< a report was issued (PlanStore::issueReport)
    /// Set when the change cannot be described row by row (another program committed to the file, a
    /// merge of agencies rewrote references): every reader reads everything again.
    bool everything = false;
    EntityChanges<GroupField> groups;
    EntityChanges<TaskField> tasks;
    EntityChanges<IndicatorField> indicators;
    QSet<Id> measurementIndicators; ///< indicators whose values were set or cleared

    bool isEmpty() const
    {
        return !plan && !settings && !directory && !groupsReordered && !issuedReports && !everything &&
               groups.isEmpty() && tasks.isEmpty() && indicators.isEmpty() && measurementIndicators.isEmpty();
    }
};

} // namespace dx
