// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: undo commands for tasks: add, edit (one or several tasks at once, merging continuous edits
// of one field), remove.
#include "StoreCommand.h"

#include "domain/Task.h"

namespace dx {

class AddTaskCommand : public StoreCommand
{
public:
    AddTaskCommand(PlanDocument &document, const Task &task);
    Id taskId() const { return m_task.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Task m_task;
    QList<Task> m_removed;
};

class EditTasksCommand : public StoreCommand
{
public:
    /// @p before and @p after list the same tasks in the same order.
    EditTasksCommand(PlanDocument &document, const QList<Task> &before, const QList<Task> &after,
                     const QString &text, const QString &mergeKey = {});
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Task> m_before;
    QList<Task> m_after;
    QString m_mergeKey; ///< edits with the same non-empty key on the same task merge (typing in a field)
};

class RemoveTasksCommand : public StoreCommand
{
public:
    RemoveTasksCommand(PlanDocument &document, const QList<Id> &ids, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Id> m_ids;
    QList<Task> m_removed; ///< parents before children
};

} // namespace dx
