// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the navigation tree: the plan, its task groups (with task counts and progress), their tasks
// and sub-tasks. Tasks dropped on a group move there (one undo step).
#include "domain/Fields.h"
#include "domain/Ids.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QAbstractItemModel>
#include <QHash>
#include <memory>
#include <vector>

namespace dx {

class PlanDocument;

class NavigationModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Plan,
        Group,
        Task
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole
    };

    explicit NavigationModel(PlanDocument &document, QObject *parent = nullptr);
    ~NavigationModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

    QModelIndex indexOfGroup(Id id) const;
    QModelIndex indexOfTask(Id id) const;

private:
    struct Node;
    void rebuild();
    void recountAll();
    void refreshGroups(); ///< recounts and repaints every group's label
    void removeNode(Node *node);
    Node *insertChild(Node *parent, int row, Kind kind, Id id, const QString &title);
    void insertGroupNode(const TaskGroup &group);
    bool insertTaskNode(const Task &task);
    void insertSubtree(const Task &task);
    void onTasksChanged(const QList<Id> &ids, TaskFields fields);
    void reorderGroups();
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOfNode(const Node *node) const;
    QString groupLabel(const Node &node) const;

    PlanDocument &m_document;
    std::unique_ptr<Node> m_root;
    QHash<Id, Node *> m_groups;
    QHash<Id, Node *> m_tasks;
};

} // namespace dx
