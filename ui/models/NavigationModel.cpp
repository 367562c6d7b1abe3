// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationModel.h"

#include "TaskTableModel.h"
#include "analysis/TaskState.h"
#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QLocale>
#include <QMimeData>
#include <QStyle>

#include <algorithm>
#include <functional>

namespace dx {

struct NavigationModel::Node
{
    Kind kind = Kind::Plan;
    Id id = 0;
    QString title;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    int row = 0;
    // Group progress: tasks under the group (all levels), done ones, overdue ones, mean percent.
    int total = 0, done = 0, overdue = 0, percentSum = 0;

    Node *add(Kind k, Id i, const QString &t)
    {
        auto n = std::make_unique<Node>();
        n->kind = k;
        n->id = i;
        n->title = t;
        n->parent = this;
        n->row = int(children.size());
        children.push_back(std::move(n));
        return children.back().get();
    }
};

NavigationModel::NavigationModel(PlanDocument &document, QObject *parent)
    : QAbstractItemModel(parent), m_document(document)
{
    rebuild();
    PlanDocument *d = &m_document;
    connect(d, &PlanDocument::reloaded, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    connect(d, &PlanDocument::planChanged, this, [this] {
        Node *plan = m_root->children.front().get();
        plan->title = m_document.plan().code;
        const QModelIndex i = indexOfNode(plan);
        emit dataChanged(i, i);
    });
    connect(d, &PlanDocument::groupsRemoved, this, [this](const QList<Id> &ids) {
        for (Id id : ids)
            if (Node *g = m_groups.value(id))
                removeNode(g);
        refreshGroups();
    });
    connect(d, &PlanDocument::groupsInserted, this, [this](const QList<Id> &ids) {
        for (Id id : ids)
            if (const TaskGroup *g = m_document.group(id); g && !m_groups.contains(id))
                insertGroupNode(*g);
        refreshGroups();
    });
    connect(d, &PlanDocument::groupsChanged, this, [this](const QList<Id> &ids, GroupFields) {
        for (Id id : ids)
            if (Node *n = m_groups.value(id); n && m_document.group(id))
                n->title = m_document.group(id)->title;
        refreshGroups();
    });
    connect(d, &PlanDocument::groupsReordered, this, &NavigationModel::reorderGroups);
    connect(d, &PlanDocument::tasksRemoved, this, [this](const QList<Id> &ids) {
        for (Id id : ids)
            if (Node *n = m_tasks.value(id))
                removeNode(n);
        refreshGroups();
    });
    connect(d, &PlanDocument::tasksInserted, this, [this](const QList<Id> &ids) {
        for (Id id : ids) // parents before their sub-tasks (the notifier's order)
            if (const Task *t = m_document.task(id); t && !m_tasks.contains(id))
                insertTaskNode(*t);
        refreshGroups();
    });
    connect(d, &PlanDocument::tasksChanged, this, &NavigationModel::onTasksChanged);
    connect(d, &PlanDocument::asOfChanged, this, [this] { refreshGroups(); });
}

NavigationModel::~NavigationModel() = default;

void NavigationModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_groups.clear();
    m_tasks.clear();
    Node *plan = m_root->add(Kind::Plan, 0, m_document.plan().code);
    for (const TaskGroup &g : m_document.groups())
        m_groups.insert(g.id, plan->add(Kind::Group, g.id, g.title));
    const QList<Task> &tasks = m_document.tasks();
    // Parents before children: tasks() orders by group and sort order, not depth; place in passes.
    QList<Task> pending = tasks;
    for (int pass = 0; pass < 16 && !pending.isEmpty(); ++pass) {
        QList<Task> later;
        for (const Task &t : pending) {
            Node *under = t.parentId == 0 ? m_groups.value(t.groupId) : m_tasks.value(t.parentId);
            if (!under) {
                later << t;
                continue;
            }
            m_tasks.insert(t.id, under->add(Kind::Task, t.id, t.title));
        }
        pending = later;
    }
    recountAll();
}

void NavigationModel::recountAll()
{
    // One pass over the cached tasks for every group's counts (2,000 tasks: well under a millisecond).
    for (Node *g : std::as_const(m_groups))
        g->total = g->done = g->overdue = g->percentSum = 0;
    const QDate asOf = m_document.asOf();
    for (const Task &t : m_document.tasks()) {
        Node *g = m_groups.value(t.groupId);
        if (!g)
            continue;
        const TaskState s = taskState(t, asOf);
        ++g->total;
        g->done += isDone(s) ? 1 : 0;
        g->overdue += s == TaskState::Overdue ? 1 : 0;
        g->percentSum += t.percentComplete;
    }
}

void NavigationModel::refreshGroups()
{
    recountAll();
    Node *plan = m_root->children.front().get();
    if (!plan->children.empty())
        emit dataChanged(indexOfNode(plan->children.front().get()), indexOfNode(plan->children.back().get()));
}

void NavigationModel::removeNode(Node *n)
{
    Node *p = n->parent;
    const int row = n->row;
    beginRemoveRows(indexOfNode(p), row, row);
    std::function<void(Node *)> forget = [&](Node *x) {
        (x->kind == Kind::Group ? m_groups : m_tasks).remove(x->id);
        for (auto &c : x->children)
            forget(c.get());
    };
    forget(n);
    p->children.erase(p->children.begin() + row);
    for (std::size_t i = std::size_t(row); i < p->children.size(); ++i)
        p->children[i]->row = int(i);
    endRemoveRows();
}

NavigationModel::Node *NavigationModel::insertChild(Node *parent, int row, Kind kind, Id id,
                                                    const QString &title)
{
    beginInsertRows(indexOfNode(parent), row, row);
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->id = id;
    n->title = title;
    n->parent = parent;
    Node *raw = n.get();
    parent->children.insert(parent->children.begin() + row, std::move(n));
    for (std::size_t i = std::size_t(row); i < parent->children.size(); ++i)
        parent->children[i]->row = int(i);
    (kind == Kind::Group ? m_groups : m_tasks).insert(id, raw);
    endInsertRows();
    return raw;
}

void NavigationModel::insertGroupNode(const TaskGroup &g)
{
    Node *plan = m_root->children.front().get();
    const int row = std::clamp(m_document.groupIndex(g.id), 0, int(plan->children.size()));
    insertChild(plan, row, Kind::Group, g.id, g.title);
}

bool NavigationModel::insertTaskNode(const Task &t)
{
    Node *under = t.parentId == 0 ? m_groups.value(t.groupId) : m_tasks.value(t.parentId);
    if (!under)
        return false;
    // Among its siblings by sort order, then id (the store's order).
    int row = 0;
    while (row < int(under->children.size())) {
        const Task *s = m_document.task(under->children[std::size_t(row)]->id);
        if (s && std::pair(s->sortOrder, s->id) > std::pair(t.sortOrder, t.id))
            break;
        ++row;
    }
    insertChild(under, row, Kind::Task, t.id, t.title);
    return true;
}

void NavigationModel::insertSubtree(const Task &t)
{
    if (!insertTaskNode(t))
        return;
    QList<Task> children;
    for (const Task &c : m_document.tasks())
        if (c.parentId == t.id)
            children << c;
    for (const Task &c : children)
        insertSubtree(c);
}

void NavigationModel::onTasksChanged(const QList<Id> &ids, TaskFields fields)
{
    const bool placement = fields.contains(TaskField::Group) || fields.contains(TaskField::Parent) ||
                           fields.contains(TaskField::SortOrder);
    for (Id id : ids) {
        Node *n = m_tasks.value(id);
        const Task *t = m_document.task(id);
        if (!n || !t)
            continue;
        if (placement) { // moved to another group or parent, or among its siblings: take it out, put it back
            removeNode(n);
            insertSubtree(*t);
            continue;
        }
        if (n->title != t->title) {
            n->title = t->title;
            const QModelIndex i = indexOfNode(n);
            emit dataChanged(i, i);
        }
    }
    refreshGroups();
}

void NavigationModel::reorderGroups()
{
    Node *plan = m_root->children.front().get();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<Node *> nodes;
    for (const QModelIndex &i : before)
        nodes << nodeOf(i);
    std::stable_sort(plan->children.begin(), plan->children.end(), [this](const auto &a, const auto &b) {
        return m_document.groupIndex(a->id) < m_document.groupIndex(b->id);
    });
    for (std::size_t i = 0; i < plan->children.size(); ++i)
        plan->children[i]->row = int(i);
    for (int i = 0; i < before.size(); ++i)
        changePersistentIndex(before[i], indexOfNode(nodes[i]));
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    refreshGroups();
}

NavigationModel::Node *NavigationModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex NavigationModel::indexOfNode(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex NavigationModel::indexOfGroup(Id id) const
{
    return indexOfNode(m_groups.value(id));
}
QModelIndex NavigationModel::indexOfTask(Id id) const
{
    return indexOfNode(m_tasks.value(id));
}

QModelIndex NavigationModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[std::size_t(row)].get());
}

QModelIndex NavigationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeOf(child)->parent);
}

int NavigationModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int NavigationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString NavigationModel::groupLabel(const Node &n) const
{
    // The group's number in the plan (the document's order, already current when rows move).
    const int position = m_document.groupIndex(n.id) + 1;
    const int percent = n.total ? n.percentSum / n.total : 0;
    QString label = tr("%1. %2 (%3 tasks, %4% done)")
                        .arg(position)
                        .arg(n.title)
                        .arg(n.total)
                        .arg(QLocale().toString(percent));
    if (n.overdue > 0)
        label += QStringLiteral(" ") + tr("[%n overdue]", nullptr, n.overdue);
    return label;
}

QVariant NavigationModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeOf(index);
    if (!index.isValid() || !n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (n->kind == Kind::Plan)
            return tr("Plan %1").arg(n->title);
        return n->kind == Kind::Group ? groupLabel(*n) : n->title;
    case Qt::ToolTipRole:
        // The whole title with the group's counts, whatever the tree's width shows.
        return n->kind == Kind::Group ? groupLabel(*n) : n->title;
    case KindRole:
        return int(n->kind);
    case IdRole:
        return n->id;
    case Qt::DecorationRole:
        if (n->kind == Kind::Group && n->overdue > 0)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (n->kind == Kind::Plan)
            return QApplication::style()->standardIcon(QStyle::SP_DirHomeIcon);
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags NavigationModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    const Node *n = nodeOf(index);
    if (index.isValid() && n->kind == Kind::Task)
        f |= Qt::ItemIsDragEnabled;
    if (index.isValid() && n->kind == Kind::Group)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList NavigationModel::mimeTypes() const
{
    return {TaskTableModel::taskIdsMimeType()};
}

QMimeData *NavigationModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes)
        if (nodeOf(i)->kind == Kind::Task)
            ids << QString::number(nodeOf(i)->id);
    auto *mime = new QMimeData;
    mime->setData(TaskTableModel::taskIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

bool NavigationModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                      const QModelIndex &parent) const
{
    return data && data->hasFormat(TaskTableModel::taskIdsMimeType()) && parent.isValid() &&
           nodeOf(parent)->kind == Kind::Group;
}

bool NavigationModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    QList<Id> ids;
    for (const QByteArray &line : data->data(TaskTableModel::taskIdsMimeType()).split('\n'))
        if (!line.isEmpty())
            ids << line.toLongLong();
    m_document.moveTasks(ids, nodeOf(parent)->id);
    return false; // the move is done through the document; the view must not remove source rows
}

} // namespace dx
