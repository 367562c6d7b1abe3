// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the verdict on one indicator's progress, and its stable storage key.
#include <QString>
#include <optional>

namespace dx {

/// How an indicator stands against its next milestone (see assessIndicator() for the rules).
enum class IndicatorStatus
{
    Achieved,  ///< the latest value already meets the next milestone target
    OnTrack,   ///< at or above StatusThresholds::onTrack of what the path expects
    AtRisk,    ///< at or above StatusThresholds::atRisk, below onTrack
    OffTrack,  ///< below StatusThresholds::atRisk
    NoData,    ///< the indicator has targets but no value recorded by the as-of date
    Monitoring ///< no target to judge against: the values are followed ("theo dõi"), not judged
};

/// Stable key for JSON and report data: "achieved", "on_track", "at_risk", "off_track", "no_data",
/// "monitoring".
QString toKey(IndicatorStatus status);

/// Parses a key written by toKey(IndicatorStatus); std::nullopt for an unknown key.
std::optional<IndicatorStatus> indicatorStatusFromKey(const QString &key);

} // namespace dx
