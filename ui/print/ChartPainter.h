// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: puts a chart on paper as vector drawing (docs/architecture.md §5): the chart is built for paper,
// laid out in a QGraphicsScene at the target's size in points and render()ed onto the printer's painter,
// never grabbed as a screen pixmap.
#include "charts/ChartStyle.h"

#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace dx {

class ChartPainter
{
public:
    /// The paper style of printed charts: greyscale, bundled sans-serif font, point sizes at 72 dpi
    /// (one scene unit is one point).
    static ChartStyle paperStyle();

    /// Renders @p chart (taken over and deleted) into @p target, in @p painter's device pixels;
    /// @p pixelsPerPoint converts the target to points, the chart's layout size.
    static void paint(QPainter &painter, QChart *chart, const QRectF &target, double pixelsPerPoint);
};

} // namespace dx
