// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusColours.h"

namespace dx {

QColor StatusColours::colour(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Achieved:
        return QColor(0x1b, 0x7f, 0x3b);
    case IndicatorStatus::OnTrack:
        return QColor(0x2e, 0x7d, 0xc2);
    case IndicatorStatus::AtRisk:
        return QColor(0xd9, 0x8c, 0x00);
    case IndicatorStatus::OffTrack:
        return QColor(0xc6, 0x28, 0x28);
    case IndicatorStatus::NoData:
        return QColor(0x8a, 0x8a, 0x8a);
    case IndicatorStatus::Monitoring:
        return QColor(0x5b, 0x4b, 0x8a); // violet: followed, not judged; apart from "no data" grey
    }
    return Qt::gray;
}

QColor StatusColours::tint(IndicatorStatus status)
{
    QColor c = colour(status);
    return QColor::fromRgbF(0.85f + 0.15f * c.redF(), 0.85f + 0.15f * c.greenF(), 0.85f + 0.15f * c.blueF());
}

} // namespace dx
