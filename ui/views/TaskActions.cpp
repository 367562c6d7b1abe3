// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskActions.h"

#include "NavigationPanel.h"
#include "TaskTablePanel.h"
#include "dialogs/BulkEditDialog.h"
#include "dialogs/GroupDialog.h"
#include "document/PlanDocument.h"
#include "models/TaskPresentation.h"
#include "models/TaskTableModel.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>

namespace dx {

TaskActions::TaskActions(PlanDocument &document, TaskTablePanel &tasks, NavigationPanel &navigation,
                         QWidget *window)
    : QObject(window), m_document(document), m_tasks(tasks), m_navigation(navigation), m_window(window)
{
    const auto make = [this](QAction *&a, const QList<QKeySequence> &keys, auto slot) {
        a = new QAction(m_window);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WindowShortcut);
        m_window->addAction(a);
        connect(a, &QAction::triggered, this, slot);
    };
    make(addTask, {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)},
         [this] { onAddTask(false); });
    make(addSubTask, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)}, [this] { onAddTask(true); });
    make(deleteTasks, {QKeySequence::Delete}, [this] { onDelete(); });
    make(moveToGroup, {QKeySequence(Qt::CTRL | Qt::Key_M)}, [this] { onMoveToGroup(); });
    make(moveUp, {QKeySequence(Qt::CTRL | Qt::Key_Up)}, [this] { onMove(-1); });
    make(moveDown, {QKeySequence(Qt::CTRL | Qt::Key_Down)}, [this] { onMove(+1); });
    make(bulkEdit, {QKeySequence(Qt::CTRL | Qt::Key_B)}, [this] {
        const QList<Id> ids = m_tasks.selectedTaskIds();
        QList<Task> list;
        for (Id id : ids)
            if (const Task *t = m_document.task(id))
                list << *t;
        if (list.isEmpty())
            return;
        BulkEditDialog dialog(m_document, int(list.size()), m_window);
        if (dialog.exec() == QDialog::Accepted)
            m_document.editTasks(dialog.apply(list, m_document.asOf()), TaskFields::all(),
                                 tr("Change %n task(s)", nullptr, int(list.size())));
    });
    make(markDone, {QKeySequence(Qt::CTRL | Qt::Key_D)}, [this] { onMarkDone(); });
    make(addGroup, {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)}, [this] { onEditGroup(true); });
    make(editGroup, {QKeySequence(Qt::CTRL | Qt::Key_G)}, [this] { onEditGroup(false); });
    make(deleteGroup, {}, [this] { confirmAndDeleteGroup(targetGroup()); });
    make(groupUp, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up)}, [this] { onMoveGroup(-1); });
    make(groupDown, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down)}, [this] { onMoveGroup(+1); });
    make(find, {QKeySequence::Find}, [this] { m_tasks.focusSearch(); });
    // Delete in the table only: in a text field it must delete characters.
    deleteTasks->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_window->removeAction(deleteTasks);
    m_tasks.view()->addAction(deleteTasks);
    retranslate();
    connect(&m_tasks, &TaskTablePanel::selectionChanged, this, &TaskActions::updateEnabled);
    connect(&m_document, &PlanDocument::tasksRemoved, this, &TaskActions::updateEnabled);
    updateEnabled();
}

void TaskActions::retranslate()
{
    addTask->setText(tr("&Add task"));
    addSubTask->setText(tr("Add &sub-task"));
    deleteTasks->setText(tr("&Delete task"));
    moveToGroup->setText(tr("&Move to group..."));
    moveUp->setText(tr("Move task &up"));
    moveDown->setText(tr("Move task do&wn"));
    bulkEdit->setText(tr("&Change selected tasks..."));
    markDone->setText(tr("Mark as d&one"));
    addGroup->setText(tr("New &group..."));
    editGroup->setText(tr("&Edit group..."));
    deleteGroup->setText(tr("Delete g&roup..."));
    groupUp->setText(tr("Move group u&p"));
    groupDown->setText(tr("Move group dow&n"));
    find->setText(tr("&Find..."));
}

void TaskActions::fillEditMenu(QMenu *menu) const
{
    menu->addActions({addTask, addSubTask, markDone, bulkEdit, moveToGroup, moveUp, moveDown, deleteTasks});
    menu->addSeparator();
    menu->addActions({addGroup, editGroup, groupUp, groupDown, deleteGroup});
    menu->addSeparator();
    menu->addAction(find);
}

void TaskActions::updateEnabled()
{
    const int n = int(m_tasks.selectedTaskIds().size());
    deleteTasks->setEnabled(n > 0);
    moveToGroup->setEnabled(n > 0);
    bulkEdit->setEnabled(n > 0);
    markDone->setEnabled(n > 0);
    addSubTask->setEnabled(n == 1);
    moveUp->setEnabled(n == 1);
    moveDown->setEnabled(n == 1);
}

Id TaskActions::targetGroup() const
{
    if (const Id g = m_navigation.currentGroupId())
        return g;
    if (const auto t = m_document.task(m_tasks.currentTaskId()))
        return t->groupId;
    return m_document.groups().isEmpty() ? 0 : m_document.groups().first().id;
}

Id TaskActions::createTask(Id groupId, Id parentId, const QString &title)
{
    Task t;
    t.groupId = groupId;
    t.parentId = parentId;
    t.title = title;
    t.startDate = m_document.asOf();
    int order = 0;
    for (const Task &x : m_document.tasks())
        if (x.groupId == groupId && x.parentId == parentId)
            order = std::max(order, x.sortOrder);
    t.sortOrder = order + 1;
    Id id = 0;
    m_document.addTask(t, &id);
    return id;
}

void TaskActions::onAddTask(bool subTask)
{
    Id group = targetGroup();
    Id parent = 0;
    if (subTask) {
        const auto p = m_document.task(m_tasks.currentTaskId());
        if (!p)
            return;
        group = p->groupId;
        parent = p->id;
    }
    if (group == 0) {
        m_document.reportError(tr("Create a task group first (Edit > New group)."));
        return;
    }
    const Id id = createTask(group, parent, subTask ? tr("New sub-task") : tr("New task"));
    if (id == 0)
        return;
    m_tasks.selectTask(id);
    m_tasks.view()->setFocus();
    m_tasks.view()->edit(m_tasks.view()->currentIndex()); // type the title straight away
}

void TaskActions::onDelete()
{
    const QList<Id> ids = m_tasks.selectedTaskIds();
    if (!ids.isEmpty())
        m_document.removeTasks(ids); // undoable, like every edit: no confirmation needed
}

void TaskActions::onMoveToGroup()
{
    const QList<Id> ids = m_tasks.selectedTaskIds();
    if (ids.isEmpty())
        return;
    QStringList titles;
    for (const TaskGroup &g : m_document.groups())
        titles << QStringLiteral("%1. %2").arg(m_document.groupIndex(g.id) + 1).arg(g.title);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(m_window, tr("Move to group"),
                              tr("Move %n task(s) to:", nullptr, int(ids.size())), titles, 0, false, &ok);
    if (!ok)
        return;
    const int index = int(titles.indexOf(chosen));
    if (index >= 0)
        m_document.moveTasks(ids, m_document.groups().at(index).id);
}

void TaskActions::onMove(int delta)
{
    const Task *found = m_document.task(m_tasks.currentTaskId());
    if (!found)
        return;
    const Task current = *found;
    QList<Task> siblings;
    for (const Task &t : m_document.tasks())
        if (t.groupId == current.groupId && t.parentId == current.parentId)
            siblings << t;
    std::sort(siblings.begin(), siblings.end(), [](const Task &a, const Task &b) {
        return std::pair(a.sortOrder, a.id) < std::pair(b.sortOrder, b.id);
    });
    int pos = 0;
    while (pos < siblings.size() && siblings[pos].id != current.id)
        ++pos;
    const int other = pos + delta;
    if (other < 0 || other >= siblings.size())
        return;
    // Renumber so equal sort orders cannot make the swap a no-op.
    for (int i = 0; i < siblings.size(); ++i)
        siblings[i].sortOrder = i + 1;
    std::swap(siblings[pos].sortOrder, siblings[other].sortOrder);
    m_document.editTasks(siblings, TaskField::SortOrder,
                         delta < 0 ? tr("Move task up") : tr("Move task down"));
    m_tasks.selectTask(current.id);
}

void TaskActions::onMarkDone()
{
    QList<Task> list;
    for (Id id : m_tasks.selectedTaskIds())
        if (const Task *found = m_document.task(id)) {
            Task t = *found;
            applyStatus(t, TaskStatus::Done, m_document.asOf());
            list << t;
        }
    if (!list.isEmpty())
        m_document.editTasks(list, {TaskField::Status, TaskField::PercentComplete, TaskField::CompletionDate},
                             tr("Mark %n task(s) as done", nullptr, int(list.size())));
}

void TaskActions::onEditGroup(bool isNew)
{
    TaskGroup g;
    if (!isNew) {
        const auto existing = m_document.group(targetGroup());
        if (!existing)
            return;
        g = *existing;
    }
    GroupDialog dialog(m_document, g, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (isNew) {
        Id id = 0;
        if (m_document.addGroup(dialog.group(), &id))
            m_navigation.selectGroup(id);
    } else {
        m_document.editGroup(dialog.group());
    }
}

bool TaskActions::confirmAndDeleteGroup(Id id)
{
    if (id == 0)
        return false;
    int count = 0;
    for (const Task &t : m_document.tasks())
        count += t.groupId == id ? 1 : 0;
    if (count > 0) {
        const auto answer = QMessageBox::question(
            m_window, tr("Delete group"),
            tr("The group \"%1\" has %n task(s). Delete the group and its task(s)? (You can undo this.)",
               nullptr, count)
                .arg(m_document.groupTitle(id)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    return m_document.removeGroup(id);
}

void TaskActions::onMoveGroup(int delta)
{
    const Id id = targetGroup();
    QList<Id> order;
    for (const TaskGroup &g : m_document.groups())
        order << g.id;
    const int pos = int(order.indexOf(id));
    const int other = pos + delta;
    if (pos < 0 || other < 0 || other >= order.size())
        return;
    order.swapItemsAt(pos, other);
    m_document.reorderGroups(order);
    m_navigation.selectGroup(id);
}

} // namespace dx
