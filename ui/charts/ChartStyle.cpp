// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartStyle.h"

#include <QGuiApplication>

namespace dx {

ChartStyle ChartStyle::screen()
{
    ChartStyle s;
    s.medium = Medium::Screen;
    return s;
}

ChartStyle ChartStyle::paper(const QString &family)
{
    ChartStyle s;
    s.medium = Medium::Paper;
    s.colour = false;
    s.animations = false;
    s.fontFamily = family;
    s.titlePointSize = 12.0;
    s.labelPointSize = 10.5; // over 10 pt: at 9 pt the marks of the diacritics dropped out of a copy
    s.lineWidthPt = 1.5;
    s.markerSizePt = 7.0;
    return s;
}

QFont ChartStyle::font(double pointSize, bool bold) const
{
    QFont f = fontFamily.isEmpty() ? QGuiApplication::font() : QFont(fontFamily);
    // Pixel size derived from points at the style's dpi, so the chart looks the same whatever device
    // it is later rendered on (a QGraphicsScene scaled onto a 1200 dpi printer included).
    f.setPixelSize(qMax(1, qRound(px(pointSize))));
    f.setBold(bold);
    return f;
}

QColor ChartStyle::actualColour() const
{
    return colour ? QColor(0x1f, 0x4e, 0x9a) : QColor(Qt::black);
}
QColor ChartStyle::estimateColour() const
{
    return colour ? QColor(0x1f, 0x4e, 0x9a) : QColor(Qt::black);
}
QColor ChartStyle::expectedColour() const
{
    return colour ? QColor(0x6b, 0x6b, 0x6b) : QColor(0x60, 0x60, 0x60);
}
QColor ChartStyle::forecastColour() const
{
    return colour ? QColor(0xc2, 0x5e, 0x00) : QColor(0x40, 0x40, 0x40);
}

QColor ChartStyle::targetColour(int index) const
{
    if (!colour)
        return index == 0 ? QColor(Qt::black) : QColor(0x50, 0x50, 0x50);
    return index == 0 ? QColor(0xb0, 0x1e, 0x2d) : QColor(0x6a, 0x1b, 0x9a);
}

QColor ChartStyle::barColour() const
{
    // On paper a dark grey: a light one turns white on a black-and-white copy, and the bar's kind is lost.
    return colour ? QColor(0x4a, 0x7f, 0xc1) : QColor(0x50, 0x50, 0x50);
}
QColor ChartStyle::barMissColour() const
{
    return colour ? QColor(0xe0, 0x8a, 0x3c) : QColor(0xd8, 0xd8, 0xd8);
}

} // namespace dx
