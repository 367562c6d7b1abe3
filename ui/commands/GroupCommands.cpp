// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupCommands.h"

#include "document/PlanDocument.h"

namespace dx {

AddGroupCommand::AddGroupCommand(PlanDocument &document, const TaskGroup &group)
    : StoreCommand(document, [group] { return QObject::tr("Add group \"%1\"").arg(group.title); }),
      m_group(group)
{
}

Status AddGroupCommand::apply()
{
    // The second time (redo) m_group.id is set, so the group comes back with the same id.
    const Result<Id> id = document().store().insertGroup(m_group);
    if (!id)
        return id.error();
    m_group.id = id.value();
    return success();
}

Status AddGroupCommand::revert()
{
    const auto removed = document().store().removeGroup(m_group.id);
    return removed ? success() : Status(removed.error());
}

EditGroupCommand::EditGroupCommand(PlanDocument &document, const TaskGroup &before, const TaskGroup &after)
    : StoreCommand(document, [after] { return QObject::tr("Edit group \"%1\"").arg(after.title); }),
      m_before(before), m_after(after)
{
}

Status EditGroupCommand::apply()
{
    return document().store().updateGroup(m_after, m_before); // refused if changed since (§4.1)
}
Status EditGroupCommand::revert()
{
    return document().store().updateGroup(m_before, m_after);
}

ReorderGroupsCommand::ReorderGroupsCommand(PlanDocument &document, const QList<Id> &before,
                                           const QList<Id> &after)
    : StoreCommand(document, [] { return QObject::tr("Reorder groups"); }), m_before(before), m_after(after)
{
}

Status ReorderGroupsCommand::apply()
{
    return document().store().reorderGroups(m_after);
}
Status ReorderGroupsCommand::revert()
{
    return document().store().reorderGroups(m_before);
}

RemoveGroupCommand::RemoveGroupCommand(PlanDocument &document, Id id, const QString &title)
    : StoreCommand(document, [title] { return QObject::tr("Delete group \"%1\"").arg(title); }), m_id(id)
{
}

Status RemoveGroupCommand::apply()
{
    auto snap = document().store().removeGroup(m_id);
    if (!snap)
        return snap.error();
    m_snapshot = snap.value();
    return success();
}

Status RemoveGroupCommand::revert()
{
    return document().store().restoreGroup(m_snapshot);
}

} // namespace dx
