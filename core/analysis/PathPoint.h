// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one (x, y) point of a path, a recorded series or a forecast line, the unit of chart data.
#include <QList>

namespace dx {

/**
 * A point of a chart series.
 *
 * x is a fractional year (2024.0 is 1 January 2024). A value recorded for a period sits at the
 * *end* of that period (Period::endAsYear), so the value of the year 2023 is plotted at 2024.0 and a
 * target "by 2025" at 2026.0. y is in the indicator's own unit.
 */
struct PathPoint
{
    double x = 0.0;
    double y = 0.0;

    friend bool operator==(const PathPoint &a, const PathPoint &b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(const PathPoint &a, const PathPoint &b) { return !(a == b); }
};

} // namespace dx
