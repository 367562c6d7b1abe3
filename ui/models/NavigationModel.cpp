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
    PlanStore *store = &m_document.store();
    const auto reset = [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    };
    connect(store, &PlanStore::taskInserted, this, reset);
    connect(store, &PlanStore::taskRemoved, this, reset);
    connect(store, &PlanStore::planReloaded, this, reset);
    connect(store, &PlanStore::planChanged, this, reset);
    connect(store, &PlanStore::taskChanged, this, &NavigationModel::onTaskChanged);
    connect(&m_document, &PlanDocument::groupsChanged, this, reset);
    connect(&m_document, &PlanDocument::asOfChanged, this, reset);
}

NavigationModel::~NavigationModel() = default;

void NavigationModel::rebuild()
{
    m_root = std::make_unique<Node>();
    m_groups.clear();
    m_tasks.clear();
    Node *plan = m_root->add(Kind::Plan, 0, m_document.store().plan().code);
    for (const TaskGroup &g : m_document.groups())
        m_groups.insert(g.id, plan->add(Kind::Group, g.id, g.title));
    const QList<Task> tasks = m_document.store().tasks();
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
    m_taskValues.clear();
    for (const Task &t : tasks)
        m_taskValues.insert(t.id, t);
    for (Node *g : std::as_const(m_groups))
        recount(g);
}

void NavigationModel::recount(Node *g)
{
    // From the cached tasks: an edit re-reads one task, not the whole plan (2,000 tasks).
    g->total = g->done = g->overdue = g->percentSum = 0;
    const QDate asOf = m_document.asOf();
    for (const Task &t : std::as_const(m_taskValues)) {
        if (t.groupId != g->id)
            continue;
        const TaskState s = taskState(t, asOf);
        ++g->total;
        g->done += isDone(s) ? 1 : 0;
        g->overdue += s == TaskState::Overdue ? 1 : 0;
        g->percentSum += t.percentComplete;
    }
}

void NavigationModel::onTaskChanged(Id id)
{
    Node *n = m_tasks.value(id);
    const auto t = m_document.store().task(id);
    if (!n || !t)
        return;
    const Node *expectedParent = t->parentId == 0 ? m_groups.value(t->groupId) : m_tasks.value(t->parentId);
    if (expectedParent != n->parent) { // moved: rebuild the tree
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    n->title = t->title;
    m_taskValues.insert(id, *t);
    const QModelIndex i = indexOfNode(n);
    emit dataChanged(i, i);
    // The group's counts may have changed: recompute them and refresh its label.
    Node *g = n;
    while (g->parent && g->kind != Kind::Group)
        g = g->parent;
    if (g->kind == Kind::Group) {
        recount(g);
        const QModelIndex gi = indexOfNode(g);
        emit dataChanged(gi, gi);
    }
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
    const int position = n.row + 1;
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
        return n->title;
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
