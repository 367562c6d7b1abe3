#include "IndicatorTableModel.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QLocale>

namespace dx {

IndicatorTableModel::IndicatorTableModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    reload();
    PlanStore *store = &m_document.store();
    for (auto signal : {&PlanStore::indicatorInserted, &PlanStore::indicatorChanged, &PlanStore::indicatorRemoved,
                        &PlanStore::measurementsChanged})
        connect(store, signal, this, &IndicatorTableModel::reload);
    connect(store, &PlanStore::planReloaded, this, &IndicatorTableModel::reload);
}

void IndicatorTableModel::reload()
{
    beginResetModel();
    m_indicators = m_document.store().indicators();
    m_years = m_document.store().plan().milestoneYears;
    m_values.clear();
    for (const Measurement &m : m_document.store().allMeasurements())
        m_values[m.indicatorId] << m;
    endResetModel();
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstTargetColumn + int(m_years.size());
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

QString IndicatorTableModel::targetText(const Indicator &i, int year) const
{
    const QLocale locale;
    for (const Target &t : i.targets) {
        if (t.year != year || t.localityId != 0)
            continue;
        if (i.kind == IndicatorKind::Stage) {
            const int stage = int(t.value);
            const QString name = stage >= 1 && stage <= i.stageNames.size() ? i.stageNames[stage - 1]
                                                                             : QString::number(stage);
            return name;
        }
        QString value = locale.toString(t.value, 'g', 6);
        if (i.scope == Scope::Localities)
            value = tr("%1 in each locality").arg(value);
        return QStringLiteral("%1 %2").arg(comparisonSymbol(t.comparison).replace(QLatin1String(">="), QStringLiteral("≥"))
                                               .replace(QLatin1String("<="), QStringLiteral("≤")),
                                           value);
    }
    return {};
}

QString IndicatorTableModel::latestText(const Indicator &i) const
{
    const QList<Measurement> &values = m_values.value(i.id);
    const Measurement *latest = nullptr;
    for (const Measurement &m : values)
        if (m.localityId == 0 && (!latest || latest->period < m.period))
            latest = &m;
    if (!latest) {
        if (!values.isEmpty())
            return tr("%n local value(s)", nullptr, int(values.size()));
        return {};
    }
    QString text = tr("%1 (%2)").arg(QLocale().toString(latest->value, 'g', 6), latest->period);
    if (latest->estimate)
        text += QStringLiteral(" ") + tr("estimate");
    return text;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Indicator &i = m_indicators.at(index.row());
    if (role == IdRole)
        return i.id;
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return i.notes.isEmpty() ? i.name : i.name + QStringLiteral("\n\n") + i.notes;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case CodeColumn:
        return i.code;
    case NameColumn:
        return i.name;
    case UnitColumn:
        return i.unit;
    case KindColumn:
        return kindName(i.kind);
    case LatestColumn:
        return latestText(i);
    default:
        return targetText(i, m_years.value(index.column() - FirstTargetColumn));
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
    case UnitColumn:
        return tr("Unit");
    case KindColumn:
        return tr("Kind");
    case LatestColumn:
        return tr("Latest value");
    default:
        return tr("Target %1").arg(m_years.value(section - FirstTargetColumn));
    }
}

} // namespace dx
