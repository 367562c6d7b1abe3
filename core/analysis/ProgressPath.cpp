// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressPath.h"

#include "TargetSelection.h"
#include "domain/Period.h"

#include <utility>

namespace dx {
namespace {
// x values are sums of whole years and day fractions; treat sub-second differences as equal.
constexpr double kXTolerance = 1e-9;
} // namespace

ProgressPath::ProgressPath(std::optional<PathPoint> start, QList<PathPoint> targets, Shape shape)
    : m_start(start), m_targets(std::move(targets)), m_shape(shape)
{
    // No target: nothing is expected, so not even a start is drawn. A start at or after the first
    // target would make the path run backwards in time.
    if (m_targets.isEmpty() || (m_start && m_start->x >= m_targets.first().x - kXTolerance))
        m_start.reset();
}

ProgressPath ProgressPath::forIndicator(const Indicator &indicator, const QList<SeriesPoint> &series,
                                        Id localityId)
{
    const QList<Target> applicable = applicableTargets(indicator, localityId);
    QList<PathPoint> targets;
    for (const Target &t : applicable)
        targets.append({targetYearEnd(t.year), t.value});

    std::optional<PathPoint> start;
    const std::optional<Period> baseline = Period::parse(indicator.baselinePeriod);
    if (indicator.baselineValue && baseline)
        start = PathPoint{baseline->endAsYear(), *indicator.baselineValue};
    else if (!series.isEmpty())
        start = PathPoint{series.first().x, series.first().value};
    // A start that already meets the first target: the path holds that target's level (a threshold)
    // instead of running from the start toward a looser value, as if falling back were expected (DTI
    // rank 14 against "<= 20 by 2025": the path is 20 until 2025, then runs to 15 by 2030).
    if (start && !applicable.isEmpty() &&
        compareMeets(applicable.first().comparison, start->y, applicable.first().value))
        start->y = applicable.first().value;

    return ProgressPath(start, targets, shapeFor(indicator.kind));
}

ProgressPath::Shape ProgressPath::shapeFor(IndicatorKind kind)
{
    return kind == IndicatorKind::YearlyRate ? Shape::Stepped : Shape::Linear;
}

QList<PathPoint> ProgressPath::points() const
{
    QList<PathPoint> all;
    if (m_start)
        all.append(*m_start);
    all.append(m_targets);
    return all;
}

std::optional<double> ProgressPath::expectedAt(double x) const
{
    if (m_targets.isEmpty())
        return std::nullopt;

    if (m_shape == Shape::Stepped) {
        for (const PathPoint &t : m_targets)
            if (t.x >= x - kXTolerance)
                return t.y;
        return m_targets.last().y;
    }

    const QList<PathPoint> all = points();
    if (x <= all.first().x)
        return all.first().y;
    for (qsizetype i = 1; i < all.size(); ++i) {
        const PathPoint &a = all.at(i - 1);
        const PathPoint &b = all.at(i);
        if (x <= b.x) {
            const double span = b.x - a.x;
            if (span <= kXTolerance)
                return b.y;
            return a.y + (b.y - a.y) * (x - a.x) / span;
        }
    }
    return all.last().y;
}

std::optional<double> ProgressPath::expectedOn(const QDate &date) const
{
    if (!date.isValid())
        return std::nullopt;
    return expectedAt(dateToYear(date));
}

QList<PathPoint> ProgressPath::chartPoints() const
{
    if (m_shape == Shape::Linear)
        return points();

    QList<PathPoint> out;
    if (m_targets.isEmpty())
        return out;
    double fromX = m_start ? m_start->x : m_targets.first().x;
    for (const PathPoint &t : m_targets) {
        if (t.x - fromX > kXTolerance)
            out.append({fromX, t.y});
        out.append(t);
        fromX = t.x;
    }
    return out;
}

} // namespace dx
