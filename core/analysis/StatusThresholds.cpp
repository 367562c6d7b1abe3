// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusThresholds.h"

#include "domain/Indicator.h"

namespace dx {
namespace {
// Ratios come from divisions of decimal input: 95 / 100 must count as "exactly 95 %".
constexpr double kTolerance = 1e-9;
} // namespace

IndicatorStatus StatusThresholds::classify(double ratio) const
{
    if (ratio >= onTrack - kTolerance)
        return IndicatorStatus::OnTrack;
    if (ratio >= atRisk - kTolerance)
        return IndicatorStatus::AtRisk;
    return IndicatorStatus::OffTrack;
}

bool lowerIsBetter(const Indicator &indicator)
{
    return indicator.kind == IndicatorKind::Rank || indicator.direction == Direction::Decrease;
}

double performanceRatio(double actual, double expected, bool lowerIsBetter)
{
    if (lowerIsBetter) {
        if (actual > 0.0)
            return expected / actual;
        return actual <= expected ? 1.0 : 0.0;
    }
    if (expected > 0.0)
        return actual / expected;
    return actual >= expected ? 1.0 : 0.0;
}

} // namespace dx
