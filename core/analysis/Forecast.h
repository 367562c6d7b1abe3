// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a straight-line trend fitted to recorded values, and what it says about each milestone.
#include "PathPoint.h"
#include "domain/Enums.h"
#include "domain/Indicator.h"

#include <QList>
#include <optional>

namespace dx {

/// Fewer points than this give no forecast: two points always fit a line perfectly and say nothing
/// about a trend.
constexpr int kMinTrendPoints = 3;

/**
 * A least-squares straight line through recorded values.
 *
 * Stored around the mean of the data (value = meanY + slope * (x - meanX)) rather than as an
 * intercept at year 0, which would lose precision to cancellation around x = 2000.
 */
struct Forecast
{
    double slope = 0.0; ///< change per year, in the indicator's unit
    double meanX = 0.0;
    double meanY = 0.0;
    int pointCount = 0;
    double rSquared = 0.0; ///< share of the variance the line explains, 0-1 (1 when all values are equal)

    /// The value the trend gives at fractional year @p x (not clamped to the indicator's range).
    double valueAt(double x) const { return meanY + slope * (x - meanX); }
};

/**
 * Fits y = a + b x by ordinary least squares.
 * std::nullopt with fewer than kMinTrendPoints points, or when all points share one x.
 */
std::optional<Forecast> fitTrend(const QList<PathPoint> &points);

/// The trend's verdict on one milestone target.
struct MilestoneForecast
{
    int year = 0;   ///< the target year
    double x = 0.0; ///< where the forecast is read: end of the target year (targetYearEnd())
    Comparison comparison = Comparison::AtLeast;
    double target = 0.0;
    double value = 0.0;    ///< forecast value at x, clamped to the indicator kind's range
    bool onCourse = false; ///< value meets target with comparison ("on course for 2025")
};

/**
 * The trend read at each plan-area target of @p indicator (applicableTargets(indicator, 0)).
 *
 * The forecast is clamped to what the kind allows before judging it (clampToKind()), so a falling
 * rank cannot go past 1st and a share cannot pass 100 %.
 */
QList<MilestoneForecast> forecastMilestones(const Indicator &indicator, const Forecast &forecast);

/**
 * Limits @p value to the valid range of the indicator's kind: Share 0-100; Count >= 0; Rank >= 1
 * and <= rankOutOf when known; Stage 0..number of stage names (when names are given). YearlyRate is
 * not limited (growth can be negative).
 */
double clampToKind(const Indicator &indicator, double value);

/// Two points drawing the trend line from @p fromX to @p toX, for charts.
QList<PathPoint> trendLine(const Forecast &forecast, double fromX, double toX);

} // namespace dx
