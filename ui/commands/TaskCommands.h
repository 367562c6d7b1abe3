// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: undo commands for tasks: add, edit (one or several tasks at once, merging continuous edits
// of one field), remove.
#include "StoreCommand.h"

#include "domain/Fields.h"
#include "domain/Task.h"

#include <optional>

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
    /// @p before and @p after list the same tasks in the same order; @p fields are the fields written.
    /// With @p mergeField, the next edit of that field of the same tasks merges into this one (typing).
    EditTasksCommand(PlanDocument &document, const QList<Task> &before, const QList<Task> &after,
                     TaskFields fields, const QString &text, std::optional<TaskField> mergeField = {});
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;
    /// Words the step as the edit of @p field ("Sửa thời hạn: 30/06/2024 -> 31/12/2024"), again after a
    /// merge or a language switch.
    void describeAs(TaskField field);

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<TaskField> m_describedField;
    QList<Task> m_before;
    QList<Task> m_after;
    TaskFields m_fields;
    std::optional<TaskField> m_mergeField; ///< consecutive edits of this field of the same tasks merge
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
