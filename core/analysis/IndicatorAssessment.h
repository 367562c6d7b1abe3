// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the status of one indicator on an "as of" date, with everything a report shows beside it
// (latest value, expected value, ratio, per-target progress, trend verdicts).
#include "Forecast.h"
#include "IndicatorSeries.h"
#include "IndicatorStatus.h"
#include "StatusThresholds.h"
#include "TargetProgress.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Measurement.h"
#include "domain/Target.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

namespace dx {

/// Where one locality of a Localities-scope indicator stands against the next milestone.
struct LocalityProgress
{
    Id localityId = 0;
    std::optional<SeriesPoint> latest; ///< its latest value on the as-of date
    std::optional<Target> target;      ///< the target it must meet for the milestone; unset: none applies
    bool reached = false;              ///< latest meets target
    /// How much of "reached" is expected by the data date, 0-1 (see assessIndicator(), localities).
    double expectedShare = 0.0;
};

/// The verdict on one indicator and the figures behind it.
struct IndicatorAssessment
{
    Id indicatorId = 0;
    IndicatorStatus status = IndicatorStatus::NoData;
    std::optional<Target> milestone; ///< the next milestone (nextMilestone()) the status refers to

    /// Plan scope: the latest value used (YearlyRate: the latest whole year). Localities scope: the
    /// most recent value among the localities, which tells how recent the data is.
    std::optional<SeriesPoint> latest;
    /// True when a value the status rests on is an estimate (any counted locality's, in Localities scope).
    bool latestIsEstimate = false;

    /// Plan scope: the path's value at latest->x (YearlyRate: the bar the latest year had to clear).
    /// Localities scope: the number of localities expected to have reached the milestone by then.
    std::optional<double> expected;
    std::optional<double> ratio; ///< performanceRatio() of actual and expected; 1.0 = as expected

    int yearsRecorded = 0; ///< YearlyRate: whole years recorded
    int yearsMet = 0;      ///< YearlyRate: of those, years that met the target in force for them

    int localitiesTotal = 0;   ///< Localities scope: localities with a target for the milestone
    int localitiesReached = 0; ///< Localities scope: of those, localities whose latest value meets it
    QList<LocalityProgress> localities; ///< Localities scope, in the indicator's order

    QList<TargetProgress> targets; ///< every target, ascending by year

    /// Plan scope with at least kMinTrendPoints values (YearlyRate: whole years): the fitted trend.
    std::optional<Forecast> trend;
    QList<MilestoneForecast> milestoneForecasts; ///< the trend read at each target year
};

/**
 * Assesses @p indicator on @p asOf from @p measurements: its own values (values of other indicators are
 * ignored, but each one is still looked at, so a caller assessing several indicators groups them
 * first: assessIndicators(), groupByIndicator()).
 *
 * Common rules:
 * - values are those available on @p asOf (indicatorSeries()); estimates count as values and the
 *   result says when one is used;
 * - Monitoring when the indicator has no target (its values are followed, latest still set); NoData
 *   when it has targets but no value;
 * - the milestone is the first target whose year has not ended on @p asOf, else the last target;
 * - "Achieved" means the latest value already meets that next milestone target with its comparison.
 *   A later target may or may not be met too; see targets for each one (DTI rank 13 meets both
 *   "<= 20 by 2025" and "<= 15 by 2030": Achieved as of 2024, both targets met).
 *
 * Plan scope (values with localityId 0), Share / Count / Rank / Stage: Achieved as above; else the
 * latest value is compared with the ProgressPath value at the end of its period (so a 2023 figure
 * is judged against what was expected for the end of 2023, however late it is read), ratio =
 * performanceRatio() (lower is better for ranks and Decrease), status = thresholds.classify(ratio).
 * Without a baseline the path starts at the first value, so a single value is on its own path.
 *
 * Plan scope, YearlyRate (only whole-year values count): each recorded year is judged against the
 * target in force for it (targetInForce()); a year that does not meet it is a miss.
 * - Achieved: no year missed and the milestone's own year is recorded;
 * - the latest year met: OnTrack when the share of years met is >= thresholds.onTrack, else AtRisk
 *   (the "every year" condition was broken earlier, even though the latest year recovered);
 * - the latest year missed: AtRisk when its ratio to the bar is >= thresholds.atRisk, else OffTrack.
 *   A missed year is never OnTrack, however close.
 *
 * Localities scope (values per locality, localityId != 0): each locality in scope is judged on its
 * latest value against its target in force for the milestone year (a "stage" reached, ">= 1 smart
 * urban area"); a locality without values has not reached it.
 * - Achieved when every locality with a target has reached it;
 * - else ratio = reached / expected, where expected is the sum over localities of a 0-1 ramp read
 *   at the most recent data date: 1 if the locality already met the requirement at the ramp start,
 *   else 0 at the start rising linearly to 1 at the end of the milestone year. The ramp starts at the
 *   previous target's year end (met at start if that target's value satisfies this one), else at the
 *   baseline (applied to each locality), else at the locality's first value, else at the earliest
 *   value of any locality. Nothing expected yet (expected 0) gives ratio 1.0.
 * - no trend forecast is made in Localities scope.
 */
IndicatorAssessment assessIndicator(const Indicator &indicator, const QList<Measurement> &measurements,
                                    const QDate &asOf, const StatusThresholds &thresholds = {});

/// Every indicator's own values, keyed by indicator id, each list in the order it was given.
using MeasurementsByIndicator = QHash<Id, QList<Measurement>>;

/// Groups @p measurements by indicator in one pass (the store lists them by indicator already).
MeasurementsByIndicator groupByIndicator(QList<Measurement> measurements);

/**
 * The one way the program assesses a plan's indicators: assessIndicator() for each of @p indicators, in
 * their order, on that indicator's own values from @p byIndicator.
 *
 * `dxplanner status`, the report (Biểu 01, the targets part, the charts), the window's status cache (which
 * runs the same per-indicator call on the cores) and the dashboard all judge an indicator on exactly
 * these values, so their figures cannot differ; and each value is looked at a fixed number of times, so
 * the work is linear in the plan (tests/core/test_analysis_scaling.cpp).
 */
QList<IndicatorAssessment> assessIndicators(const QList<Indicator> &indicators,
                                            const MeasurementsByIndicator &byIndicator, const QDate &asOf,
                                            const StatusThresholds &thresholds = {});

/// assessIndicators() on a flat list of values (grouped first, in one pass).
QList<IndicatorAssessment> assessIndicators(const QList<Indicator> &indicators,
                                            const QList<Measurement> &measurements, const QDate &asOf,
                                            const StatusThresholds &thresholds = {});

} // namespace dx
