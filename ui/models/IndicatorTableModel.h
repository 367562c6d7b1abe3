#pragma once
// Purpose: the plan's indicators as a read-only table: code, name, unit, kind, 2025/2030 targets,
// latest value, owner.
#include "domain/Indicator.h"
#include "domain/Measurement.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dx {

class PlanDocument;

class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CodeColumn, NameColumn, UnitColumn, KindColumn, LatestColumn, FirstTargetColumn };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit IndicatorTableModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The kind in words ("Share (0-100)", "Rank, lower is better"...).
    static QString kindName(IndicatorKind kind);

private:
    void reload();
    QString targetText(const Indicator &i, int year) const;
    QString latestText(const Indicator &i) const;

    PlanDocument &m_document;
    QList<Indicator> m_indicators;
    QList<int> m_years;                      ///< milestone years shown as target columns
    QHash<Id, QList<Measurement>> m_values;  ///< per indicator, by period
};

} // namespace dx
