// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskCommands.h"

#include "CommandIds.h"
#include "document/PlanDocument.h"
#include "store/PlanStore.h"

namespace dx {

AddTaskCommand::AddTaskCommand(PlanDocument &document, const Task &task)
    : StoreCommand(document, [task] { return QObject::tr("Add task \"%1\"").arg(task.title); }), m_task(task)
{
}

Status AddTaskCommand::apply()
{
    if (!m_removed.isEmpty())
        return document().store().restoreTasks(m_removed); // redo: same id as the first time
    const Result<Id> id = document().store().insertTask(m_task);
    if (!id)
        return id.error();
    m_task.id = id.value();
    return success();
}

Status AddTaskCommand::revert()
{
    auto removed = document().store().removeTask(m_task.id);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return success();
}

EditTasksCommand::EditTasksCommand(PlanDocument &document, const QList<Task> &before,
                                   const QList<Task> &after, TaskFields fields, const QString &text,
                                   std::optional<TaskField> mergeField)
    : StoreCommand(document, text), m_before(before), m_after(after), m_fields(fields),
      m_mergeField(mergeField)
{
}

int EditTasksCommand::id() const
{
    // One merge id per field (QUndoStack only offers a command of the same id to mergeWith()).
    return m_mergeField ? int(CommandId::EditTaskField) * 256 + int(*m_mergeField) : -1;
}

bool EditTasksCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const EditTasksCommand *>(other);
    if (!m_mergeField || o->m_mergeField != m_mergeField || o->m_after.size() != m_after.size())
        return false;
    for (int i = 0; i < m_after.size(); ++i)
        if (o->m_after[i].id != m_after[i].id)
            return false;
    m_after = o->m_after; // keep our "before": one undo step returns to the value before the typing
    m_fields |= o->m_fields;
    if (m_describedField)
        retranslate(); // worded from m_before and the new m_after
    else if (m_after.size() == 1 && m_mergeField)
        describeAs(*m_mergeField);
    return true;
}

void EditTasksCommand::describeAs(TaskField field)
{
    m_describedField = field;
    setDescription([this, field] { return document().editText(field, m_before, m_after); });
}

// Redo expects what the edit started from, undo what it wrote: another program's change since is refused
// rather than overwritten (PlanStore, docs/architecture.md §4.1).
Status EditTasksCommand::apply()
{
    return document().store().updateTasks(m_after, m_fields, m_before);
}
Status EditTasksCommand::revert()
{
    return document().store().updateTasks(m_before, m_fields, m_after);
}

RemoveTasksCommand::RemoveTasksCommand(PlanDocument &document, const QList<Id> &ids, const QString &text)
    : StoreCommand(document, text), m_ids(ids)
{
}

Status RemoveTasksCommand::apply()
{
    m_removed.clear();
    PlanStore &store = document().store();
    return store.bulkWrite([&](PlanStore &s) {
        for (Id id : m_ids) {
            if (!s.task(id))
                continue; // already removed with a parent selected at the same time
            auto removed = s.removeTask(id);
            if (!removed)
                return Status(removed.error());
            m_removed << removed.value();
        }
        return success();
    });
}

Status RemoveTasksCommand::revert()
{
    return document().store().restoreTasks(m_removed);
}

} // namespace dx
