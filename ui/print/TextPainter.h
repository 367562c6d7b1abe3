// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: wraps and paints text on paper with QTextLayout: paragraphs that break across pages, and
// blocks measured before they are placed. Text is wrapped, never elided or clipped.
#include <QFont>
#include <QString>
#include <QTextLayout>
#include <memory>

class QPaintDevice;
class QPainter;

namespace dx {

class PageWriter;

class TextPainter
{
public:
    /// @p text laid out in lines of @p width device pixels, the first line indented by @p firstIndent;
    /// metrics of @p device (the printer's, not the screen's). Line tops start at 0.
    static std::unique_ptr<QTextLayout> layout(const QString &text, const QFont &font,
                                               const QPaintDevice *device, double width, Qt::Alignment align,
                                               double firstIndent = 0.0);
    /// The height of a laid-out block.
    static double height(const QTextLayout &layout);
    /// Paints every line of @p layout with its top-left at @p topLeft (no page breaks).
    static void draw(QPainter &painter, const QTextLayout &layout, const QPointF &topLeft);

    /// Paints a paragraph at the writer's position across the body's width (or from @p indentLeft),
    /// starting a new page of the same orientation whenever the next line does not fit; then moves
    /// the position below it plus @p spaceAfter points.
    static void paragraph(PageWriter &writer, const QString &text, const QFont &font, Qt::Alignment align,
                          double firstIndentMm = 0.0, double spaceAfterPt = 0.0);
};

} // namespace dx
