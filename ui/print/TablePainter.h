// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: paints a report table across pages: column widths from weights, every cell wrapped (never
// elided), the header row repeated on each page, a row taller than a page split between lines, group
// headings spanning the row, and overdue rows marked for black-and-white copies (bold, grey fill).
#include "report/ReportContent.h"

#include <QList>
#include <QPageLayout>
#include <QString>

namespace dx {

class PageWriter;

class TablePainter
{
public:
    /// @p weights: relative column widths (one per header); @p align: per column, left when missing.
    TablePainter(PageWriter &writer, QStringList headers, QList<double> weights, QList<Qt::Alignment> align,
                 QString family, double pointSize);

    /// Paints @p rows from the writer's position; new pages take @p orientation.
    void paint(const QList<ReportRow> &rows, QPageLayout::Orientation orientation);

    /// The grey of overdue rows: about 12 %, light enough to read black text on a photocopy.
    static QColor overdueFill();

private:
    struct Cell;
    struct LaidRow;
    LaidRow layRow(const QStringList &cells, bool bold, bool heading, bool header) const;
    void paintHeader();
    /// Paints the part of @p row from its y @p from, at most @p room high; returns the y reached.
    double paintSlice(const LaidRow &row, double from, double room, double top, bool fill);
    QList<double> columnLefts() const;
    void fitColumns(const QList<ReportRow> &rows);

    PageWriter &m_writer;
    QStringList m_headers;
    QList<double> m_widths; ///< device pixels
    QList<Qt::Alignment> m_align;
    QString m_family;
    double m_points;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
};

} // namespace dx
