// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the colour of each indicator status and task state on screen (colours live in ui only).
#include "analysis/IndicatorStatus.h"

#include <QColor>

namespace dx {

class StatusColours
{
public:
    static QColor colour(IndicatorStatus status);
    /// A light tint of colour() for tile backgrounds.
    static QColor tint(IndicatorStatus status);
};

} // namespace dx
