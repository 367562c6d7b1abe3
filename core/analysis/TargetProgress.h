// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: for each target of an indicator, whether it is met and what change per year is still
// needed to reach it from the latest value.
#include "IndicatorSeries.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Target.h"

#include <QList>
#include <QMap>
#include <optional>

namespace dx {

/// Where one target stands.
struct TargetProgress
{
    Target target;
    double x = 0.0; ///< end of the target year (targetYearEnd())
    bool met = false;

    /// Plan scope: the value the verdict rests on, the latest recorded up to the end of the target
    /// year, or the latest of all when nothing was recorded by then. Unset without data.
    std::optional<SeriesPoint> judged;

    /**
     * Level kinds (Share, Count, Rank, Stage) in plan scope: the change per year still needed from
     * the latest value, (target - latest) / (x - latest.x). Negative when the value must fall (a
     * rank must climb from 20 to 15: -1.0 a year over five years). 0.0 when the target is already
     * met; unset when it is not met and no time is left (the target year's value is in), when there
     * is no value, for YearlyRate (each year must itself reach target.value) and for locality scope.
     */
    std::optional<double> changePerYear;

    int yearsRecorded = 0; ///< YearlyRate: recorded years this target governs (see planTargetProgress())
    int yearsMet = 0;      ///< YearlyRate: how many of them met it

    int localitiesTotal = 0; ///< Localities scope: localities in scope the target applies to
    int localitiesMet = 0;   ///< Localities scope: how many of them meet it
};

/**
 * The change per year needed to go from @p latest to @p target by the end of its year; 0.0 when
 * already met, std::nullopt when not met and the target year's end is not after @p latest's period end.
 */
std::optional<double> changePerYearNeeded(const SeriesPoint &latest, const Target &target);

/**
 * Progress on every plan-area target of @p indicator (applicableTargets(indicator, 0)) from its
 * plan-area series (localityId 0).
 *
 * Level kinds: met when the judged value (see TargetProgress::judged) meets the target with its
 * comparison. YearlyRate: a target governs the years after the previous target's year up to its own
 * year (the first target: every year up to its own); it is met when its own year is recorded and
 * every recorded year it governs met it. Sub-year values are ignored for yearly rates.
 */
QList<TargetProgress> planTargetProgress(const Indicator &indicator, const QList<SeriesPoint> &planSeries);

/**
 * Progress on every target year of a Localities-scope @p indicator: for each year, each locality in
 * scope with a target that year (its own, else the general one) is judged on its latest value up to
 * the end of that year (else its latest); a locality without values does not meet it. Met when every
 * such locality meets it. @p seriesByLocality maps locality id to that locality's series.
 */
QList<TargetProgress> localityTargetProgress(const Indicator &indicator,
                                             const QMap<Id, QList<SeriesPoint>> &seriesByLocality);

/// The point of @p series judged for a target ending at @p targetX (see TargetProgress::judged).
std::optional<SeriesPoint> judgedPoint(const QList<SeriesPoint> &series, double targetX);

} // namespace dx
