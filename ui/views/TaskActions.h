// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the actions on tasks and groups (add, sub-task, delete, move, reorder, bulk edit, rename,
// find) with their shortcuts, enabled as the selection allows; each calls PlanDocument.
#include "domain/Ids.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace dx {

class NavigationPanel;
class PlanDocument;
class TaskTablePanel;

class TaskActions : public QObject
{
    Q_OBJECT
public:
    TaskActions(PlanDocument &document, TaskTablePanel &tasks, NavigationPanel &navigation, QWidget *window);

    QAction *addTask = nullptr;
    QAction *addSubTask = nullptr;
    QAction *deleteTasks = nullptr;
    QAction *moveToGroup = nullptr;
    QAction *moveUp = nullptr;
    QAction *moveDown = nullptr;
    QAction *bulkEdit = nullptr;
    QAction *markDone = nullptr;
    QAction *addGroup = nullptr;
    QAction *editGroup = nullptr;
    QAction *deleteGroup = nullptr;
    QAction *groupUp = nullptr;
    QAction *groupDown = nullptr;
    QAction *find = nullptr;

    void fillEditMenu(QMenu *menu) const;
    void retranslate();

    /// Adds a task under @p groupId (and @p parentId) titled @p title; returns its id (0 if refused).
    Id createTask(Id groupId, Id parentId, const QString &title);
    /// Deletes group @p id after a confirmation naming how many tasks go with it (none: at once).
    bool confirmAndDeleteGroup(Id id);

private:
    void updateEnabled();
    void onAddTask(bool subTask);
    void onDelete();
    void onMoveToGroup();
    void onMove(int delta);
    void onMarkDone();
    void onEditGroup(bool isNew);
    void onMoveGroup(int delta);
    Id targetGroup() const;

    PlanDocument &m_document;
    TaskTablePanel &m_tasks;
    NavigationPanel &m_navigation;
    QWidget *m_window;
};

} // namespace dx
