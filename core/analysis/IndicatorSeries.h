// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the recorded values of one indicator for one place, as an ordered series the other
// analysis functions (and charts) work on.
#include "PathPoint.h"
#include "domain/Ids.h"
#include "domain/Measurement.h"
#include "domain/Period.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace dx {

/// One recorded value placed on the time axis.
struct SeriesPoint
{
    Period period;
    double x = 0.0; ///< period end as a fractional year (Period::endAsYear): 2023 -> 2024.0
    double value = 0.0;
    bool estimate = false; ///< ước tính; estimates count as values, but reports must say so
    Id measurementId = 0;
};

/**
 * True when a value for @p period can exist on @p asOf: the period has started by then.
 *
 * A period that has begun may carry an estimate (reports in December routinely give "ước thực hiện"
 * for the year still running), so the cut-off is the period's start, not its end. An invalid
 * @p asOf means "no cut-off" (charts of everything recorded).
 */
bool isAvailableOn(const Period &period, const QDate &asOf);

/**
 * The values of indicator @p indicatorId for @p localityId (0 = the plan area as a whole), oldest
 * first, as known on @p asOf.
 *
 * Rules:
 * - measurements of other indicators or localities, with an unparsable period, or whose period has
 *   not started on @p asOf (isAvailableOn()) are left out;
 * - one value per period: an official value wins over an estimate, then the later recordedAt, then
 *   the higher id (a correction recorded later replaces the earlier figure);
 * - ordered by period end; periods ending together put the longest last (the year after its second
 *   half), so the last point is the most complete latest figure.
 */
QList<SeriesPoint> indicatorSeries(const QList<Measurement> &measurements, Id indicatorId, Id localityId,
                                   const QDate &asOf);

/// The values of indicator @p indicatorId recorded per locality (localityId != 0), in one pass over
/// @p measurements: each locality's series is then built from its own values only.
QHash<Id, QList<Measurement>> valuesByLocality(const QList<Measurement> &measurements, Id indicatorId);

/**
 * How many measurements indicatorSeries() and valuesByLocality() have looked at in the calling thread so far.
 *
 * A work counter for tests only (tests/core/test_analysis_scaling.cpp): comparing it before and after
 * assessing a plan, and again on a plan twice as large, shows whether the work grows linearly with the
 * values, which wall time on a shared machine cannot. Nothing decides anything on it. Per thread, so
 * the window's parallel assessment needs no synchronisation.
 */
quint64 seriesMeasurementsExamined();

/// The points of @p series whose period is a whole year (what a yearly-rate target is judged on).
QList<SeriesPoint> yearlyPoints(const QList<SeriesPoint> &series);

/// The series as chart points (x, value).
QList<PathPoint> toPathPoints(const QList<SeriesPoint> &series);

} // namespace dx
