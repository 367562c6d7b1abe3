// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: undo commands for task groups: add, edit, reorder, remove (with its tasks).
#include "StoreCommand.h"

#include "domain/TaskGroup.h"
#include "store/PlanStore.h"

namespace dx {

class AddGroupCommand : public StoreCommand
{
public:
    AddGroupCommand(PlanDocument &document, const TaskGroup &group);
    Id groupId() const { return m_group.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    TaskGroup m_group;
};

class EditGroupCommand : public StoreCommand
{
public:
    EditGroupCommand(PlanDocument &document, const TaskGroup &before, const TaskGroup &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    TaskGroup m_before, m_after;
};

class ReorderGroupsCommand : public StoreCommand
{
public:
    ReorderGroupsCommand(PlanDocument &document, const QList<Id> &before, const QList<Id> &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Id> m_before, m_after;
};

class RemoveGroupCommand : public StoreCommand
{
public:
    RemoveGroupCommand(PlanDocument &document, Id id, const QString &title);

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    GroupSnapshot m_snapshot;
};

} // namespace dx
