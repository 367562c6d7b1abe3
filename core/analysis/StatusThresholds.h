// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the named thresholds that turn "actual compared with expected" into a status, and the
// direction-aware ratio they are applied to.
#include "IndicatorStatus.h"

namespace dx {

struct Indicator;

/**
 * Thresholds on the performance ratio (see performanceRatio()).
 *
 * A ratio of 1.0 means "exactly where the path says we should be". The defaults follow the usual
 * traffic-light reading of provincial progress reports: within 5 % of the path is on track, within
 * 15 % is at risk, further behind is off track. A value exactly on a threshold belongs to the better
 * status (exactly 0.95 is on track, exactly 0.85 at risk). Invariant: onTrack >= atRisk.
 */
struct StatusThresholds
{
    double onTrack = 0.95;
    double atRisk = 0.85;

    /// OnTrack when ratio >= onTrack, AtRisk when ratio >= atRisk, else OffTrack. Never Achieved or
    /// NoData: those are decided before a ratio is needed. Comparisons tolerate 1e-9 so a ratio that
    /// is mathematically on a threshold is not pushed below it by rounding.
    IndicatorStatus classify(double ratio) const;
};

/// True when smaller values are better: ranks always, and any indicator whose direction is Decrease.
bool lowerIsBetter(const Indicator &indicator);

/**
 * How far along an actual value is compared with the expected one, as a ratio where 1.0 means
 * "as expected" and larger is better.
 *
 * Higher-is-better: actual / expected. Lower-is-better (ranks): expected / actual, so rank 20 where
 * 19 was expected gives 0.95. When the divisor is zero or negative the ratio cannot be formed; then
 * the result is 1.0 if the actual value is at least as good as the expected one, else 0.0.
 */
double performanceRatio(double actual, double expected, bool lowerIsBetter);

} // namespace dx
