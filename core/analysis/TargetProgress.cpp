// SPDX-License-Identifier: GPL-3.0-or-later
#include "TargetProgress.h"

#include "TargetSelection.h"

namespace dx {
namespace {

constexpr double kXTolerance = 1e-9;

TargetProgress yearlyRateProgress(const QList<Target> &targets, const Target &t,
                                  const QList<SeriesPoint> &years)
{
    TargetProgress p;
    p.target = t;
    p.x = targetYearEnd(t.year);
    const std::optional<Target> previous = previousTarget(targets, t);
    const int firstYear = previous ? previous->year + 1 : 0;
    bool ownYearRecorded = false;
    for (const SeriesPoint &y : years) {
        const int year = y.period.yearNumber();
        if (year < firstYear || year > t.year)
            continue;
        ++p.yearsRecorded;
        if (compareMeets(t.comparison, y.value, t.value))
            ++p.yearsMet;
        if (year == t.year)
            ownYearRecorded = true;
        p.judged = y; // ascending: ends on the last year governed
    }
    p.met = ownYearRecorded && p.yearsMet == p.yearsRecorded;
    return p;
}

} // namespace

std::optional<double> changePerYearNeeded(const SeriesPoint &latest, const Target &target)
{
    if (compareMeets(target.comparison, latest.value, target.value))
        return 0.0;
    const double years = targetYearEnd(target.year) - latest.x;
    if (years <= kXTolerance)
        return std::nullopt;
    return (target.value - latest.value) / years;
}

std::optional<SeriesPoint> judgedPoint(const QList<SeriesPoint> &series, double targetX)
{
    if (series.isEmpty())
        return std::nullopt;
    std::optional<SeriesPoint> judged;
    for (const SeriesPoint &p : series)
        if (p.x <= targetX + kXTolerance)
            judged = p;
    return judged ? judged : series.last();
}

QList<TargetProgress> planTargetProgress(const Indicator &indicator, const QList<SeriesPoint> &planSeries)
{
    const QList<Target> targets = applicableTargets(indicator, 0);
    QList<TargetProgress> out;
    if (indicator.kind == IndicatorKind::YearlyRate) {
        const QList<SeriesPoint> years = yearlyPoints(planSeries);
        for (const Target &t : targets)
            out.append(yearlyRateProgress(targets, t, years));
        return out;
    }
    for (const Target &t : targets) {
        TargetProgress p;
        p.target = t;
        p.x = targetYearEnd(t.year);
        p.judged = judgedPoint(planSeries, p.x);
        if (p.judged) {
            p.met = compareMeets(t.comparison, p.judged->value, t.value);
            p.changePerYear = changePerYearNeeded(planSeries.last(), t);
        }
        out.append(p);
    }
    return out;
}

QList<TargetProgress> localityTargetProgress(const Indicator &indicator,
                                             const QMap<Id, QList<SeriesPoint>> &seriesByLocality)
{
    // Every year that has a target for some locality in scope, ascending.
    QMap<int, Target> yearTargets;
    const QList<Id> localities = localitiesInScope(indicator);
    for (const Id locality : localities)
        for (const Target &t : applicableTargets(indicator, locality))
            if (!yearTargets.contains(t.year) || t.localityId == 0)
                yearTargets.insert(t.year, t); // prefer the general target as the row's label

    QList<TargetProgress> out;
    for (auto it = yearTargets.cbegin(); it != yearTargets.cend(); ++it) {
        TargetProgress p;
        p.target = it.value();
        p.x = targetYearEnd(it.key());
        for (const Id locality : localities) {
            std::optional<Target> own;
            for (const Target &t : applicableTargets(indicator, locality))
                if (t.year == it.key())
                    own = t;
            if (!own)
                continue;
            ++p.localitiesTotal;
            const std::optional<SeriesPoint> judged = judgedPoint(seriesByLocality.value(locality), p.x);
            if (judged && compareMeets(own->comparison, judged->value, own->value))
                ++p.localitiesMet;
        }
        p.met = p.localitiesTotal > 0 && p.localitiesMet == p.localitiesTotal;
        out.append(p);
    }
    return out;
}

} // namespace dx
