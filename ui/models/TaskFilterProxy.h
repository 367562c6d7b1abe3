// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: filters and sorts the task table: free text (with or without diacritics), group, lead
// agency, state, overdue only, due within N days.
#include "domain/Ids.h"

#include <QDate>
#include <QSortFilterProxyModel>
#include <optional>

namespace dx {

class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setGroup(Id groupId);               ///< 0: every group
    void setLeadAgency(Id agencyId);         ///< 0: every agency
    void setState(std::optional<int> state); ///< an int(TaskState), or every state
    void setOverdueOnly(bool on);
    void setDueWithin(std::optional<int> days, const QDate &asOf);
    Id group() const { return m_group; }
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    Id m_group = 0;
    Id m_agency = 0;
    std::optional<int> m_state;
    bool m_overdueOnly = false;
    std::optional<int> m_dueDays;
    QDate m_asOf;
};

} // namespace dx
