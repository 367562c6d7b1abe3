// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: internal to the store: decides whether a write is based on a stale copy of a row, and says so
// in one sentence that names the other value and who made it (docs/architecture.md §4.1).
#include "domain/Fields.h"
#include "domain/Result.h"

#include <optional>

namespace dx {

class SqlWriter;

/**
 * The first of @p fields in which a write of @p given would overwrite a change the caller has not seen,
 * or nothing. @p stored is the row as it is now, read inside the write's transaction.
 *
 * - With @p expected (what the caller believes is stored: an edit's "before", an undo's "after"), a field
 *   conflicts when the write would change it and its stored value is no longer the expected one. Another
 *   program's change to a field this write leaves alone is kept, not refused.
 * - Without it, @p given is a copy read at @p given.version: when that is no longer the row's version,
 *   every field the write would change conflicts. Version 0 (a copy not read from the file) is not checked.
 */
template <typename E>
std::optional<E> staleField(const typename FieldTable<E>::Entity &stored,
                            const typename FieldTable<E>::Entity &given,
                            const typename FieldTable<E>::Entity *expected, FieldSet<E> fields)
{
    const FieldSet<E> writes = differingFields(stored, given, fields);
    if (writes.isEmpty())
        return std::nullopt; // nothing would change: another program made the same change, or none
    if (expected) {
        if (expected->version != 0 && expected->version == stored.version)
            return std::nullopt; // the row did not change since the expected copy was read
        const FieldSet<E> moved = differingFields(*expected, stored, writes);
        if (moved.isEmpty())
            return std::nullopt;
        return moved.toList().constFirst();
    }
    if (given.version == 0 || given.version == stored.version)
        return std::nullopt;
    return writes.toList().constFirst();
}

/// The refusal of a stale write: "<who> changed <field> of “<row>” to “<value>” on <when>, after ...".
/// @p entity and @p entityId and @p fieldKey find the newest change-log line of the field (who, when);
/// @p value is the stored value as the planner reads it.
Status staleWriteRefusal(SqlWriter &w, const QString &entity, qint64 entityId, const QString &fieldKey,
                         const QString &fieldLabel, const QString &rowName, const QString &value);

/// The table an id field refers to ("agency" for a lead agency...), or nullptr for a field that holds
/// no reference.
template <typename E> const char *referencedTable(E)
{
    return nullptr;
}
const char *referencedTable(TaskField f);
const char *referencedTable(GroupField f);
const char *referencedTable(IndicatorField f);
const char *referencedTable(PersonField f);
const char *referencedTable(AgencyField f);
const char *referencedTable(LocalityField f);

/// A stored value as a planner reads it: the names of the rows of @p table for an id field (ids as the
/// change log writes them, "3,5"), dates in the user's locale, "(empty)" for nothing.
QString staleValueText(SqlWriter &w, const char *table, const QString &logText);
template <typename E> QString staleValueText(SqlWriter &w, const typename FieldTable<E>::Entity &stored, E f)
{
    return staleValueText(w, referencedTable(f), fieldLogText(stored, f));
}

/// staleField() and, when a field conflicts, its refusal; success otherwise.
template <typename E>
Status checkNotStale(SqlWriter &w, qint64 logId, const QString &rowName,
                     const typename FieldTable<E>::Entity &stored,
                     const typename FieldTable<E>::Entity &given,
                     const typename FieldTable<E>::Entity *expected, FieldSet<E> fields = FieldSet<E>::all())
{
    const std::optional<E> f = staleField<E>(stored, given, expected, fields);
    if (!f)
        return success();
    return staleWriteRefusal(w, QLatin1String(FieldTable<E>::entityKey()), logId, fieldKey(*f),
                             fieldLabel(*f), rowName, staleValueText<E>(w, stored, *f));
}

} // namespace dx
