// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the navigation tree (plan, groups with counts and progress, tasks, sub-tasks); selecting a
// group filters the task table, selecting a task shows it; tasks can be dropped on a group.
#include "domain/Ids.h"

#include <QWidget>

class QTreeView;

namespace dx {

class NavigationModel;
class PlanDocument;

class NavigationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit NavigationPanel(PlanDocument &document, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    NavigationModel *model() const { return m_model; }
    /// The group of the current item (the group itself, or the group of a task), 0 for the plan.
    Id currentGroupId() const;
    void selectGroup(Id id);

signals:
    void planSelected();
    void groupSelected(dx::Id id);
    void taskSelected(dx::Id id);

private:
    void onCurrentChanged();
    PlanDocument &m_document;
    NavigationModel *m_model;
    QTreeView *m_view;
};

} // namespace dx
