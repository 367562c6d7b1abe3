// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorRollUp.h"

#include <QHash>

namespace dx {

void StatusCounts::add(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Achieved:
        ++achieved;
        break;
    case IndicatorStatus::OnTrack:
        ++onTrack;
        break;
    case IndicatorStatus::AtRisk:
        ++atRisk;
        break;
    case IndicatorStatus::OffTrack:
        ++offTrack;
        break;
    case IndicatorStatus::NoData:
        ++noData;
        break;
    case IndicatorStatus::Monitoring:
        break; // not one of the plan's targets: nothing to count
    }
}

int StatusCounts::count(IndicatorStatus status) const
{
    switch (status) {
    case IndicatorStatus::Achieved:
        return achieved;
    case IndicatorStatus::OnTrack:
        return onTrack;
    case IndicatorStatus::AtRisk:
        return atRisk;
    case IndicatorStatus::OffTrack:
        return offTrack;
    case IndicatorStatus::NoData:
        return noData;
    case IndicatorStatus::Monitoring:
        return 0;
    }
    return 0;
}

IndicatorRollUp rollUpIndicators(const QList<Indicator> &indicators,
                                 const QList<IndicatorAssessment> &assessments)
{
    QHash<Id, IndicatorStatus> statusOf;
    for (const IndicatorAssessment &a : assessments)
        statusOf.insert(a.indicatorId, a.status);

    IndicatorRollUp r;
    QHash<QString, qsizetype> pillarIndex;
    for (const Indicator &indicator : indicators) {
        if (indicator.targets.isEmpty())
            continue; // a monitoring indicator (no target) is not one of the plan's targets
        const IndicatorStatus status = statusOf.value(indicator.id, IndicatorStatus::NoData);
        r.overall.add(status);
        const QString pillar = indicator.pillar();
        auto it = pillarIndex.constFind(pillar);
        if (it == pillarIndex.cend()) {
            it = pillarIndex.insert(pillar, r.pillars.size());
            r.pillars.append({pillar, {}});
        }
        r.pillars[*it].counts.add(status);
    }
    return r;
}

} // namespace dx
