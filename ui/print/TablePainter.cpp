// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePainter.h"

#include "PageWriter.h"
#include "TextPainter.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <memory>
#include <numeric>

namespace dx {

struct TablePainter::Cell
{
    std::shared_ptr<QTextLayout> layout;
    double left = 0.0; ///< device x of the cell's left edge
    double width = 0.0;
};

struct TablePainter::LaidRow
{
    QList<Cell> cells;
    double contentHeight = 0.0; ///< the tallest cell's text, without padding
    bool fill = false;
    bool heading = false;
    bool centred = false; ///< the header row: cells centred vertically too
};

namespace {
constexpr double kPadXPt = 2.5;
constexpr double kPadYPt = 1.8;
constexpr double kRulePt = 0.5;
} // namespace

TablePainter::TablePainter(PageWriter &writer, QStringList headers, QList<double> weights,
                           QList<Qt::Alignment> align, QString family, double pointSize)
    : m_writer(writer), m_headers(std::move(headers)), m_align(std::move(align)), m_family(std::move(family)),
      m_points(pointSize)
{
    while (weights.size() < m_headers.size())
        weights << 1.0;
    weights = weights.mid(0, m_headers.size());
    m_widths = weights;
}

QColor TablePainter::overdueFill()
{
    return QColor(0xe0, 0xe0, 0xe0);
}

QList<double> TablePainter::columnLefts() const
{
    QList<double> lefts;
    double x = m_writer.body().left();
    for (double w : m_widths) {
        lefts << x;
        x += w;
    }
    return lefts;
}

TablePainter::LaidRow TablePainter::layRow(const QStringList &cells, bool bold, bool heading,
                                           bool header) const
{
    const QFont font = PageWriter::font(m_family, m_points, bold || heading || header);
    const double padX = m_writer.pt(kPadXPt);
    const QList<double> lefts = columnLefts();
    LaidRow row;
    row.heading = heading;
    row.centred = header;
    const int columns = int(m_widths.size());
    for (int c = 0; c < columns; ++c) {
        Cell cell;
        cell.left = lefts[c];
        cell.width = m_widths[c];
        if (heading && c == 1) // a group's title spans every column after the number
            cell.width = std::accumulate(m_widths.begin() + 1, m_widths.end(), 0.0);
        const Qt::Alignment align = header              ? Qt::AlignHCenter
                                    : heading && c == 1 ? Qt::AlignLeft
                                                        : m_align.value(c, Qt::AlignLeft);
        cell.layout =
            TextPainter::layout(cells.value(c), font, m_writer.device(), cell.width - 2 * padX, align);
        row.contentHeight = std::max(row.contentHeight, TextPainter::height(*cell.layout));
        row.cells << cell;
        if (heading && c == 1)
            break;
    }
    return row;
}

void TablePainter::paintHeader()
{
    const LaidRow header = layRow(m_headers, true, false, true);
    paintSlice(header, 0.0, header.contentHeight + 2 * m_writer.pt(kPadYPt), m_writer.y(), false);
}

double TablePainter::paintSlice(const LaidRow &row, double from, double room, double top, bool fill)
{
    const double padX = m_writer.pt(kPadXPt);
    const double padY = m_writer.pt(kPadYPt);
    const double limit = from + room - 2 * padY;
    double end = row.contentHeight;
    if (end > limit + 0.5) {
        // Split between lines: stop before the first line of any cell that would cross the limit.
        end = row.contentHeight;
        for (const Cell &cell : row.cells)
            for (int i = 0; i < cell.layout->lineCount(); ++i) {
                const QTextLine line = cell.layout->lineAt(i);
                if (line.y() + 0.5 >= from && line.y() + line.height() > limit + 0.5) {
                    end = std::min(end, line.y());
                    break;
                }
            }
        if (end <= from + 0.5) // a single line taller than the room: paint it anyway
            end = std::min(row.contentHeight, limit);
    }
    const double h = end - from + 2 * padY;
    const double totalWidth = std::accumulate(m_widths.begin(), m_widths.end(), 0.0);
    const QRectF box(m_writer.body().left(), top, totalWidth, h);
    QPainter &p = m_writer.painter();
    if (fill)
        p.fillRect(box, overdueFill());
    for (const Cell &cell : row.cells) {
        const double dy = row.centred ? (row.contentHeight - TextPainter::height(*cell.layout)) / 2 : 0.0;
        for (int i = 0; i < cell.layout->lineCount(); ++i) {
            const QTextLine line = cell.layout->lineAt(i);
            if (line.y() + 0.5 >= from && line.y() + line.height() <= end + 0.5)
                line.draw(&p, QPointF(cell.left + padX, top + padY - from + dy));
        }
    }
    QPen rule(Qt::black);
    rule.setWidthF(m_writer.pt(kRulePt));
    p.setPen(rule);
    p.setBrush(Qt::NoBrush);
    p.drawRect(box);
    for (int c = 1; c < row.cells.size(); ++c)
        p.drawLine(QPointF(row.cells[c].left, top), QPointF(row.cells[c].left, top + h));
    m_writer.setY(top + h);
    return end;
}

void TablePainter::fitColumns(const QList<ReportRow> &rows)
{
    // Widths in device pixels from the weights, on the body of the page the table starts on; then no
    // column narrower than its longest word ("31/12/2025", "UBMTTQ"), so words are never broken.
    const int n = int(m_widths.size());
    const double bodyWidth = m_writer.body().width();
    const double padX = m_writer.pt(kPadXPt);
    const QList<double> weights = m_widths;
    QList<double> minimum(n, 0.0);
    const QFontMetricsF regular(PageWriter::font(m_family, m_points), m_writer.device());
    const QFontMetricsF bold(PageWriter::font(m_family, m_points, true), m_writer.device());
    // Each distinct word is measured once per font (thousands of rows repeat the same dates, agencies
    // and progress words). Words are split at ASCII white space, as QString::split("\\s+") did (without
    // QRegularExpression::UseUnicodePropertiesOption, \s leaves a no-break space inside a word).
    const auto space = [](QChar ch) {
        return ch == QLatin1Char(' ') || (ch >= QLatin1Char('\t') && ch <= QLatin1Char('\r'));
    };
    QHash<QString, double> regularWidths, boldWidths;
    auto widen = [&](int c, const QString &text, const QFontMetricsF &fm, QHash<QString, double> &widths) {
        const qsizetype size = text.size();
        for (qsizetype i = 0; i < size;) {
            while (i < size && space(text.at(i)))
                ++i;
            qsizetype end = i;
            while (end < size && !space(text.at(end)))
                ++end;
            if (end > i) {
                const QString word = text.mid(i, end - i);
                auto it = widths.constFind(word);
                if (it == widths.cend())
                    it = widths.insert(word,
                                       fm.horizontalAdvance(word.normalized(QString::NormalizationForm_C)));
                minimum[c] = std::max(minimum[c], *it + 2 * padX + 1);
            }
            i = end;
        }
    };
    for (int c = 0; c < n; ++c)
        widen(c, m_headers.value(c), bold, boldWidths);
    for (const ReportRow &row : rows)
        if (row.kind == ReportRow::Kind::Data)
            for (int c = 0; c < n; ++c)
                widen(c, row.cells.value(c), row.overdue ? bold : regular,
                      row.overdue ? boldWidths : regularWidths);
    for (double &m : minimum)
        m = std::min(m, 0.3 * bodyWidth);
    QList<bool> fixed(n, false);
    for (int round = 0; round < n; ++round) {
        double free = bodyWidth, weight = 0.0;
        for (int c = 0; c < n; ++c)
            fixed[c] ? void(free -= minimum[c]) : void(weight += weights[c]);
        bool changed = false;
        for (int c = 0; c < n; ++c) {
            m_widths[c] = fixed[c] ? minimum[c] : weights[c] / std::max(weight, 1e-9) * free;
            if (!fixed[c] && m_widths[c] < minimum[c])
                fixed[c] = changed = true;
        }
        if (!changed)
            break;
    }
}

void TablePainter::paint(const QList<ReportRow> &rows, QPageLayout::Orientation orientation)
{
    m_orientation = orientation;
    fitColumns(rows);
    const double padY = m_writer.pt(kPadYPt);
    const LaidRow header = layRow(m_headers, true, false, true);
    const double headerHeight = header.contentHeight + 2 * padY;
    const double minLine = m_writer.pt(m_points * 1.6) + 2 * padY;
    auto newPage = [&] {
        m_writer.beginPage(m_orientation);
        paintHeader();
    };
    if (m_writer.remaining() < headerHeight + 2 * minLine)
        newPage();
    else
        paintHeader();
    const double pageTop = m_writer.body().top() + headerHeight; // the first row's top on every page
    const double pageRoom = m_writer.body().bottom() - pageTop;  // what one page holds below the header

    for (int r = 0; r < rows.size(); ++r) {
        const ReportRow &source = rows[r];
        const bool heading = source.kind == ReportRow::Kind::Heading;
        const LaidRow row = layRow(source.cells, source.overdue, heading, false);
        const double whole = row.contentHeight + 2 * padY;
        // A group heading stays with the whole of its first task (with its first lines when that task is
        // taller than a page): a heading is never left alone at the bottom of a page.
        double keep = whole;
        if (heading && r + 1 < rows.size()) {
            const ReportRow &next = rows[r + 1];
            const LaidRow first =
                layRow(next.cells, next.overdue, next.kind == ReportRow::Kind::Heading, false);
            const double firstWhole = first.contentHeight + 2 * padY;
            keep += firstWhole + whole <= pageRoom ? firstWhole : 2 * minLine;
        }
        if (m_writer.remaining() < std::min(keep, pageRoom) - 0.5 && m_writer.y() > pageTop + 0.5)
            newPage();
        double from = 0.0;
        while (from < row.contentHeight - 0.5) {
            const double needed = row.contentHeight - from + 2 * padY;
            const double room = m_writer.remaining();
            const bool atTop = m_writer.y() <= pageTop + 0.5;
            // A row is never split across pages unless it is taller than a whole page: it moves whole to
            // the next page; a taller one continues there between two lines (long text is never cut).
            if (needed > room + 0.5 && !atTop && needed <= pageRoom + 0.5) {
                newPage();
                continue;
            }
            if (room < minLine && !atTop) {
                newPage();
                continue;
            }
            from = paintSlice(row, from, room, m_writer.y(), source.overdue);
            if (from < row.contentHeight - 0.5)
                newPage();
        }
    }
}

} // namespace dx
