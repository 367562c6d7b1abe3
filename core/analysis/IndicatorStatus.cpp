// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorStatus.h"

#include <array>
#include <utility>

namespace dx {
namespace {

// Keys are written to exports: never rename one.
constexpr std::array<std::pair<IndicatorStatus, const char *>, 6> kKeys{
    {{IndicatorStatus::Achieved, "achieved"},
     {IndicatorStatus::OnTrack, "on_track"},
     {IndicatorStatus::AtRisk, "at_risk"},
     {IndicatorStatus::OffTrack, "off_track"},
     {IndicatorStatus::NoData, "no_data"},
     {IndicatorStatus::Monitoring, "monitoring"}}};

} // namespace

QString toKey(IndicatorStatus status)
{
    for (const auto &[s, k] : kKeys)
        if (s == status)
            return QString::fromLatin1(k);
    return {};
}

std::optional<IndicatorStatus> indicatorStatusFromKey(const QString &key)
{
    for (const auto &[s, k] : kKeys)
        if (key == QLatin1String(k))
            return s;
    return std::nullopt;
}

} // namespace dx
