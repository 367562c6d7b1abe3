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
}

void TaskFilterProxy::setSearchText(const QString &text)
{
    const QString folded = foldForSearch(text);
    if (folded == m_search)
        return;
    m_search = folded;
    invalidateFilter();
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
