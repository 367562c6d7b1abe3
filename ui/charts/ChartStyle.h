// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: how a chart is drawn: on screen (colour, animations allowed) or on paper (black and grey,
// no animation, explicit fonts in points). Every series differs by line style and marker shape too,
// so a photocopied handout stays readable (report-format.md §3).
#include <QColor>
#include <QFont>
#include <QString>

namespace dx {

struct ChartStyle
{
    enum class Medium
    {
        Screen,
        Paper
    };
    Medium medium = Medium::Screen;
    bool colour = true;      ///< false: black and greys only
    bool animations = false; ///< never on paper
    QString fontFamily;      ///< empty: the application font
    double titlePointSize = 11.0;
    double labelPointSize = 8.5;
    double lineWidthPt = 2.0;  ///< width of the actual-value line, in points
    double markerSizePt = 8.0; ///< marker diameter, in points
    /// Logical resolution the point sizes above are converted at (96 on screen; the printing helper
    /// builds charts at the scene's logical dpi and scales the scene onto the printer).
    double dpi = 96.0;
    bool showLegend = true;
    /// false: the title, caption and legend are kept with the chart (ChartBuilder::titleText,
    /// captionText, wantsLegend) but not put into it (no title, no caption text item, the legend hidden
    /// from the start), for a painter that draws them itself (ChartPainter wraps them on paper). Hiding a
    /// legend once the chart has its series costs a layout pass.
    bool decorationsInChart = true;

    static ChartStyle screen();
    /// Greyscale, animations off, fonts at fixed point sizes (@p family: e.g. "Noto Serif").
    static ChartStyle paper(const QString &family = {});

    /// A length in points, in the chart's pixels.
    double px(double points) const { return points * dpi / 72.0; }
    QFont font(double pointSize, bool bold = false) const;

    // Colours of the series roles; on paper, black and greys.
    QColor actualColour() const;
    QColor estimateColour() const;
    QColor expectedColour() const;
    QColor forecastColour() const;
    QColor targetColour(int index) const;
    QColor barColour() const;
    QColor barMissColour() const;
};

} // namespace dx
