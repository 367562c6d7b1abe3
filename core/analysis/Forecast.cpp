// SPDX-License-Identifier: GPL-3.0-or-later
#include "Forecast.h"

#include "TargetSelection.h"

#include <algorithm>
#include <cmath>

namespace dx {

std::optional<Forecast> fitTrend(const QList<PathPoint> &points)
{
    if (points.size() < kMinTrendPoints)
        return std::nullopt;

    const double n = static_cast<double>(points.size());
    double sumX = 0.0, sumY = 0.0;
    for (const PathPoint &p : points) {
        sumX += p.x;
        sumY += p.y;
    }
    const double meanX = sumX / n;
    const double meanY = sumY / n;

    double sxx = 0.0, sxy = 0.0, syy = 0.0;
    for (const PathPoint &p : points) {
        const double devX = p.x - meanX;
        const double devY = p.y - meanY;
        sxx += devX * devX;
        sxy += devX * devY;
        syy += devY * devY;
    }
    // All values in one period: no time axis to fit a slope along.
    if (sxx <= 1e-12)
        return std::nullopt;

    Forecast f;
    f.slope = sxy / sxx;
    f.meanX = meanX;
    f.meanY = meanY;
    f.pointCount = static_cast<int>(points.size());
    f.rSquared = syy <= 1e-12 ? 1.0 : (sxy * sxy) / (sxx * syy);
    return f;
}

double clampToKind(const Indicator &indicator, double value)
{
    switch (indicator.kind) {
    case IndicatorKind::Share:
        return std::clamp(value, 0.0, 100.0);
    case IndicatorKind::Count:
        return std::max(value, 0.0);
    case IndicatorKind::Rank:
        value = std::max(value, 1.0);
        return indicator.rankOutOf > 0 ? std::min(value, static_cast<double>(indicator.rankOutOf)) : value;
    case IndicatorKind::Stage:
        value = std::max(value, 0.0);
        return indicator.stageNames.isEmpty()
                   ? value
                   : std::min(value, static_cast<double>(indicator.stageNames.size()));
    case IndicatorKind::YearlyRate:
        return value;
    }
    return value;
}

QList<MilestoneForecast> forecastMilestones(const Indicator &indicator, const Forecast &forecast)
{
    QList<MilestoneForecast> out;
    for (const Target &t : applicableTargets(indicator, 0)) {
        MilestoneForecast m;
        m.year = t.year;
        m.x = targetYearEnd(t.year);
        m.comparison = t.comparison;
        m.target = t.value;
        m.value = clampToKind(indicator, forecast.valueAt(m.x));
        m.onCourse = compareMeets(t.comparison, m.value, t.value);
        out.append(m);
    }
    return out;
}

QList<PathPoint> trendLine(const Forecast &forecast, double fromX, double toX)
{
    return {{fromX, forecast.valueAt(fromX)}, {toX, forecast.valueAt(toX)}};
}

} // namespace dx
