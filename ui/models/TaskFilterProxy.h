// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: filters and sorts the task table: free text (with or without diacritics), group, lead
// agency, state, overdue only, due within N days.
#include "domain/Ids.h"

#include <QDate>
#include <QHash>
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

    /// While searching, the best matches come first (matchRank(): exact title, title prefix, phrase...),
    /// then the column the user sorts by, or the plan's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int rankOf(int sourceRow) const;
    QString m_search;
    bool m_rankOnly = false; ///< sorted by match rank then plan order (the user chose no column)
    bool m_sortingForSearch = false;
    mutable QHash<Id, int> m_ranks; ///< matchRank() of each task's title for m_search
    Id m_group = 0;
    Id m_agency = 0;
    std::optional<int> m_state;
    bool m_overdueOnly = false;
    std::optional<int> m_dueDays;
    QDate m_asOf;
};

} // namespace dx
