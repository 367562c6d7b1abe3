// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan's indicators as a read-only table: code, name, status on the "as of" date, latest
// value, milestone targets, kind, unit, owner. A thin adapter over IndicatorStatusCache: an edit of one
// indicator changes its row only; the list is reset when indicators are added, removed or reordered.
#include "analysis/IndicatorAssessment.h"
#include "domain/Indicator.h"

#include <QAbstractTableModel>

namespace dx {

class IndicatorStatusCache;

class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        StatusColumn,
        LatestColumn,
        KindColumn,
        UnitColumn,
        OwnerColumn,
        FirstTargetColumn
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StatusRole
    };

    explicit IndicatorTableModel(IndicatorStatusCache &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    Id idAt(int row) const;
    int rowOf(Id id) const;

    /// The kind in words ("Share (0-100)", "Rank, lower is better"...).
    static QString kindName(IndicatorKind kind);
    /// A target in words: "≥ 80", "≤ 20", a stage name, "≥ 1 in each locality".
    static QString targetText(const Indicator &indicator, const Target &target);
    /// The latest value in words, with its period and "(est.)" for an estimate; empty without one.
    static QString latestText(const Indicator &indicator, const IndicatorAssessment &assessment);

private:
    void resetAll();
    void updateRow(Id id);

    IndicatorStatusCache &m_cache;
    QList<int> m_years; ///< milestone years shown as target columns
};

} // namespace dx
