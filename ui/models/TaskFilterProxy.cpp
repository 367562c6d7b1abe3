// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskFilterProxy.h"

#include "TaskTableModel.h"
#include "analysis/TaskState.h"
#include "domain/TextSearch.h"

namespace dx {

TaskFilterProxy::TaskFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TaskTableModel::SortRole);
    setDynamicSortFilter(true);
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        // A title edited while searching may change its rank.
        connect(sourceModel(), &QAbstractItemModel::dataChanged, this, [this] { m_ranks.clear(); });
        connect(sourceModel(), &QAbstractItemModel::modelReset, this, [this] { m_ranks.clear(); });
    });
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    const QString folded = foldForSearch(text);
    if (folded == m_search)
        return;
    m_search = folded;
    m_ranks.clear();
    invalidateFilter();
    m_sortingForSearch = true;
    if (!m_search.isEmpty() && sortColumn() < 0) {
        m_rankOnly = true;
        QSortFilterProxyModel::sort(0, Qt::AscendingOrder);
    } else if (m_search.isEmpty() && m_rankOnly) {
        m_rankOnly = false;
        QSortFilterProxyModel::sort(-1); // back to the plan's order
    } else {
        invalidate();
    }
    m_sortingForSearch = false;
}

void TaskFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_sortingForSearch)
        m_rankOnly = false; // the user chose a column
    QSortFilterProxyModel::sort(column, order);
}

int TaskFilterProxy::rankOf(int sourceRow) const
{
    const auto *model = qobject_cast<const TaskTableModel *>(sourceModel());
    const Task &t = model->taskAt(sourceRow);
    auto it = m_ranks.constFind(t.id);
    if (it == m_ranks.cend())
        it = m_ranks.insert(t.id, int(matchRank(t.title, m_search)));
    return *it;
}

bool TaskFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_search.isEmpty() && qobject_cast<const TaskTableModel *>(sourceModel())) {
        const int l = rankOf(left.row()), r = rankOf(right.row());
        if (l != r) // the best match first whichever way the column is sorted
            return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
        if (m_rankOnly)
            return left.row() < right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void TaskFilterProxy::setGroup(Id groupId)
{
    m_group = groupId;
    invalidateFilter();
}

void TaskFilterProxy::setLeadAgency(Id agencyId)
{
    m_agency = agencyId;
    invalidateFilter();
}

void TaskFilterProxy::setState(std::optional<int> state)
{
    m_state = state;
    invalidateFilter();
}

void TaskFilterProxy::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    invalidateFilter();
}

void TaskFilterProxy::setDueWithin(std::optional<int> days, const QDate &asOf)
{
    m_dueDays = days;
    m_asOf = asOf;
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const TaskTableModel *>(sourceModel());
    if (!model)
        return true;
    const QModelIndex idx = model->index(sourceRow, 0, sourceParent);
    if (m_group != 0 && model->data(idx, TaskTableModel::GroupIdRole).toLongLong() != m_group)
        return false;
    if (m_agency != 0 && model->data(idx, TaskTableModel::LeadAgencyIdRole).toLongLong() != m_agency)
        return false;
    const int state = model->data(idx, TaskTableModel::StateRole).toInt();
    if (m_state && state != *m_state)
        return false;
    if (m_overdueOnly && state != int(TaskState::Overdue))
        return false;
    if (m_dueDays && !isDueWithin(model->taskAt(sourceRow), m_asOf, *m_dueDays))
        return false;
    if (!m_search.isEmpty() &&
        !matchesFolded(model->data(idx, TaskTableModel::SearchTextRole).toString(), m_search))
        return false;
    return true;
}

} // namespace dx
