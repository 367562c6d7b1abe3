// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetSelection.h"

#include "domain/Period.h"

#include <QMap>

namespace dx {

double targetYearEnd(int year)
{
    return Period::year(year).endAsYear();
}

QList<Target> applicableTargets(const Indicator &indicator, Id localityId)
{
    QMap<int, Target> byYear; // ascending by year by construction
    for (const Target &t : indicator.targets) {
        if (t.year <= 0)
            continue;
        if (t.localityId == 0) {
            if (!byYear.contains(t.year))
                byYear.insert(t.year, t);
        } else if (localityId != 0 && t.localityId == localityId) {
            byYear.insert(t.year, t); // the locality's own target beats the general one
        }
    }
    return byYear.values();
}

std::optional<Target> nextMilestone(const QList<Target> &targets, const QDate &asOf)
{
    if (targets.isEmpty())
        return std::nullopt;
    if (!asOf.isValid())
        return targets.first();
    for (const Target &t : targets)
        if (QDate(t.year, 12, 31) >= asOf)
            return t;
    return targets.last();
}

std::optional<Target> targetInForce(const QList<Target> &targets, int year)
{
    if (targets.isEmpty())
        return std::nullopt;
    for (const Target &t : targets)
        if (t.year >= year)
            return t;
    return targets.last();
}

QList<Id> localitiesInScope(const Indicator &indicator)
{
    QList<Id> out;
    if (indicator.scope != Scope::Localities)
        return out;
    for (const Id id : indicator.localityIds)
        if (id != 0 && !out.contains(id))
            out.append(id);
    return out;
}

std::optional<Target> previousTarget(const QList<Target> &targets, const Target &target)
{
    std::optional<Target> previous;
    for (const Target &t : targets) {
        if (t.year >= target.year)
            break;
        previous = t;
    }
    return previous;
}

} // namespace dx
