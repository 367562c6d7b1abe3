// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the path an indicator is expected to follow, from its starting value through its targets
// (baseline -> 2025 target -> 2030 target), and the value expected on any date.
#include "IndicatorSeries.h"
#include "PathPoint.h"
#include "domain/Enums.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"

#include <QDate>
#include <QList>
#include <optional>

namespace dx {

/**
 * The expected path of one indicator for the plan area or one locality.
 *
 * The path is a start point followed by one point per target, x ascending (see PathPoint for the
 * x convention):
 * - start: the baseline (x = end of the baseline period, Period::endAsYear: baseline "2020" sits at
 *   2021.0, where the value recorded for 2020 sits too). Without a usable baseline (no value, or a
 *   period key that does not parse) the path starts at the first recorded value of the series given
 *   to forIndicator(); with neither, the path has no start point. A start at or after the first
 *   target is dropped: the targets alone then define the path.
 * - targets: x = end of the target year (targetYearEnd()), y = the target value.
 *
 * A path with no target is empty, start included: nothing is expected of an indicator without one.
 */
class ProgressPath
{
public:
    /// How the expected value moves between points.
    enum class Shape
    {
        Linear, ///< straight lines between consecutive points (levels: shares, counts, ranks, stages)
        Stepped ///< the target in force holds until its year ends, then the next one (yearly rates)
    };

    ProgressPath() = default;
    /// A path from explicit points. @p targets must be ascending by x.
    ProgressPath(std::optional<PathPoint> start, QList<PathPoint> targets, Shape shape);

    /**
     * The path of @p indicator for @p localityId (0 = the plan area) using applicableTargets().
     * @p series is that place's recorded series (indicatorSeries()); it is only consulted for the
     * start point when the indicator has no baseline. The baseline applies to every locality.
     */
    static ProgressPath forIndicator(const Indicator &indicator, const QList<SeriesPoint> &series,
                                     Id localityId = 0);

    /// Stepped for YearlyRate (each year must meet the target in force), Linear for every other kind.
    static Shape shapeFor(IndicatorKind kind);

    bool isEmpty() const { return m_targets.isEmpty(); }
    Shape shape() const { return m_shape; }
    const std::optional<PathPoint> &start() const { return m_start; }
    const QList<PathPoint> &targetPoints() const { return m_targets; }
    /// The start point (if any) followed by the target points.
    QList<PathPoint> points() const;

    /**
     * The value expected at @p x; std::nullopt for an empty path.
     *
     * Linear: interpolated between the two surrounding points; before the first point, the first
     * point's value; after the last target, the last target's value (a target, once due, stays the
     * bar). Stepped: the value of the first target whose x is >= @p x (the one in force), after the
     * last target the last one; the start point is history there, not a requirement.
     */
    std::optional<double> expectedAt(double x) const;
    /// expectedAt() for a date (dateToYear()); std::nullopt also for an invalid date.
    std::optional<double> expectedOn(const QDate &date) const;

    /**
     * Points that draw the path as a line series: points() for Linear; for Stepped, a horizontal
     * segment per target from the previous point's x to the target's x, joined by vertical jumps.
     */
    QList<PathPoint> chartPoints() const;

private:
    std::optional<PathPoint> m_start;
    QList<PathPoint> m_targets;
    Shape m_shape = Shape::Linear;
};

} // namespace dx
