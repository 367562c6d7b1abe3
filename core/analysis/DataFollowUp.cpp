// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFollowUp.h"

#include "IndicatorSeries.h"

namespace dx {

namespace {

/// The period of the latest value known on @p asOf, and whether it is recent.
struct Latest
{
    QString period;
    bool recent = false;
};

Latest latestOf(const QList<Measurement> &values, Id indicatorId, Id localityId, const QDate &asOf)
{
    // indicatorSeries() applies the program's one rule for which value counts (official over estimate,
    // later over earlier, only periods begun on asOf); its points are ordered by period end.
    const QList<SeriesPoint> series = indicatorSeries(values, indicatorId, localityId, asOf);
    if (series.isEmpty())
        return {};
    const Period &last = series.constLast().period;
    return {last.key(), last.endDate() >= followUpCutOff(asOf)};
}

} // namespace

QDate followUpCutOff(const QDate &asOf)
{
    return asOf.addYears(-1);
}

QList<FollowUpItem> dataFollowUp(const QList<Indicator> &indicators,
                                 const MeasurementsByIndicator &byIndicator, const QDate &asOf)
{
    QList<FollowUpItem> items;
    for (const Indicator &ind : indicators) {
        const QList<Measurement> values = byIndicator.value(ind.id);
        if (ind.scope == Scope::Localities) {
            const QHash<Id, QList<Measurement>> byLocality = valuesByLocality(values, ind.id);
            for (const Id locality : ind.localityIds) {
                const Latest l = latestOf(byLocality.value(locality), ind.id, locality, asOf);
                if (!l.recent)
                    items.append({ind.id, locality, ind.ownerAgencyId, l.period});
            }
            continue;
        }
        const Latest l = latestOf(values, ind.id, 0, asOf);
        if (!l.recent)
            items.append({ind.id, 0, ind.ownerAgencyId, l.period});
    }
    return items;
}

} // namespace dx
