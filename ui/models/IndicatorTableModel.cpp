// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorTableModel.h"

#include "charts/StatusColours.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorStatusCache.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"

#include <QBrush>
#include <QLocale>
#include <cmath>

namespace dx {

IndicatorTableModel::IndicatorTableModel(IndicatorStatusCache &cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    m_years = cache.document().plan().milestoneYears;
    connect(&cache, &IndicatorStatusCache::reset, this, &IndicatorTableModel::resetAll);
    connect(&cache, &IndicatorStatusCache::indicatorUpdated, this, &IndicatorTableModel::updateRow);
}

void IndicatorTableModel::resetAll()
{
    beginResetModel();
    m_years = m_cache.document().plan().milestoneYears;
    endResetModel();
}

void IndicatorTableModel::updateRow(Id id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cache.indicators().size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTargetColumn + int(m_years.size());
}

Id IndicatorTableModel::idAt(int row) const
{
    return row >= 0 && row < m_cache.indicators().size() ? m_cache.indicators().at(row).id : 0;
}

int IndicatorTableModel::rowOf(Id id) const
{
    return m_cache.indexOf(id);
}

QString IndicatorTableModel::kindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Share:
        return tr("Share (0-100)");
    case IndicatorKind::Count:
        return tr("Count");
    case IndicatorKind::YearlyRate:
        return tr("Yearly rate (every year)");
    case IndicatorKind::Rank:
        return tr("Rank (lower is better)");
    case IndicatorKind::Stage:
        return tr("Stage per locality");
    }
    return {};
}

QString IndicatorTableModel::targetText(const Indicator &i, const Target &t)
{
    if (i.kind == IndicatorKind::Stage) {
        const int stage = int(std::lround(t.value));
        return stage >= 1 && stage <= i.stageNames.size() ? i.stageNames.at(stage - 1)
                                                          : ChartText::number(t.value);
    }
    const QString text =
        QStringLiteral("%1 %2").arg(ChartText::comparison(t.comparison), ChartText::number(t.value));
    return i.scope == Scope::Localities ? tr("%1 in each locality").arg(text) : text;
}

QString IndicatorTableModel::latestText(const Indicator &i, const IndicatorAssessment &a)
{
    if (!a.latest)
        return {};
    if (i.scope == Scope::Localities)
        return tr("%1 of %2 localities").arg(a.localitiesReached).arg(a.localitiesTotal);
    QString text = tr("%1 (%2)").arg(ChartText::number(a.latest->value), a.latest->period.key());
    if (a.latestIsEstimate)
        text = tr("%1, est.").arg(text);
    return text;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Indicator &i = m_cache.indicators().at(index.row());
    const IndicatorAssessment a = m_cache.assessment(i.id);
    if (role == IdRole)
        return i.id;
    if (role == StatusRole)
        return int(a.status);
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return i.notes.isEmpty() ? i.name : i.name + QStringLiteral("\n\n") + i.notes;
    if (role == Qt::DecorationRole && index.column() == StatusColumn)
        return StatusColours::colour(a.status);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return i.code;
    case NameColumn:
        // In English, the plan's English name where it has one, as the chart beside the list shows it.
        return QLocale().language() != QLocale::Vietnamese && !i.nameEn.isEmpty() ? i.nameEn : i.name;
    case StatusColumn:
        return ChartText::status(a.status);
    case LatestColumn:
        return latestText(i, a);
    case KindColumn:
        return kindName(i.kind);
    case UnitColumn:
        return i.unit;
    case OwnerColumn:
        return m_cache.document().agencyName(i.ownerAgencyId);
    default: {
        const int year = m_years.value(index.column() - FirstTargetColumn);
        for (const Target &t : i.targets)
            if (t.year == year && t.localityId == 0)
                return targetText(i, t);
        return {};
    }
    }
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Indicator");
    case StatusColumn:
        return tr("Status");
    case LatestColumn:
        return tr("Latest value");
    case KindColumn:
        return tr("Kind");
    case UnitColumn:
        return tr("Unit");
    case OwnerColumn:
        return tr("Owner");
    default:
        return tr("Target %1").arg(m_years.value(section - FirstTargetColumn));
    }
}

} // namespace dx
