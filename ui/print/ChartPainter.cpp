// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPainter.h"

#include "BundledFonts.h"
#include "TextPainter.h"
#include "charts/ChartBuilder.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QtMath>

namespace dx {
namespace {

/// One legend entry as it is drawn on paper: a line sample, a marker shape or a filled box.
struct LegendEntry
{
    enum class Kind
    {
        Line,
        Shape,
        Box
    };
    Kind kind = Kind::Line;
    QString label;
    QPen pen;
    QBrush brush;
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle;
};

QList<LegendEntry> legendEntries(QChart *chart)
{
    QList<LegendEntry> entries;
    for (QLegendMarker *marker : chart->legend()->markers()) {
        // (QLegendMarker::isVisible() is false until the legend is first laid out: not a test here.)
        if (marker->label().isEmpty())
            continue;
        LegendEntry e;
        e.label = marker->label();
        e.pen = marker->pen();
        e.brush = marker->brush();
        QAbstractSeries *series = marker->series();
        if (auto *scatter = qobject_cast<QScatterSeries *>(series)) {
            e.kind = LegendEntry::Kind::Shape;
            e.shape = scatter->markerShape();
            e.pen = scatter->pen();
            e.brush = scatter->brush();
        } else if (auto *xy = qobject_cast<QXYSeries *>(series)) {
            e.kind = LegendEntry::Kind::Line;
            e.pen = xy->pen();
        } else {
            e.kind = LegendEntry::Kind::Box;
        }
        entries << e;
    }
    return entries;
}

QPolygonF regular(const QPointF &c, double r, int corners, double innerRatio = 1.0)
{
    // corners points (a star alternates outer and inner radius), the first one straight up.
    QPolygonF p;
    const int n = innerRatio < 1.0 ? corners * 2 : corners;
    for (int i = 0; i < n; ++i) {
        const double a = -M_PI / 2 + 2 * M_PI * i / n;
        const double rr = (innerRatio < 1.0 && i % 2) ? r * innerRatio : r;
        p << c + QPointF(rr * std::cos(a), rr * std::sin(a));
    }
    return p;
}

/// Draws the sample of @p e in @p box (device pixels); chart pens are in points, scaled by @p ppt.
void drawSample(QPainter &p, const LegendEntry &e, const QRectF &box, double ppt)
{
    p.save();
    QPen pen = e.pen;
    pen.setWidthF(std::max(0.5, pen.widthF()) * ppt);
    p.setPen(pen);
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2;
    switch (e.kind) {
    case LegendEntry::Kind::Line:
        p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    case LegendEntry::Kind::Box: {
        // The sample's hatch as coarse as the bars' (a pattern scaled from points to device pixels).
        QBrush brush = e.brush;
        if (brush.style() >= Qt::Dense1Pattern && brush.style() <= Qt::DiagCrossPattern)
            brush.setTransform(QTransform::fromScale(ppt, ppt));
        p.setBrush(brush);
        p.drawRect(QRectF(c.x() - r * 1.3, c.y() - r * 0.8, r * 2.6, r * 1.6));
        break;
    }
    case LegendEntry::Kind::Shape:
        p.setBrush(e.brush);
        switch (e.shape) {
        case QScatterSeries::MarkerShapeRectangle:
            p.drawRect(QRectF(c.x() - r * 0.8, c.y() - r * 0.8, r * 1.6, r * 1.6));
            break;
        case QScatterSeries::MarkerShapeRotatedRectangle:
            p.drawPolygon(regular(c, r, 4));
            break;
        case QScatterSeries::MarkerShapeTriangle:
            p.drawPolygon(regular(c, r, 3));
            break;
        case QScatterSeries::MarkerShapeStar:
            p.drawPolygon(regular(c, r, 5, 0.45));
            break;
        case QScatterSeries::MarkerShapePentagon:
            p.drawPolygon(regular(c, r, 5));
            break;
        default:
            p.drawEllipse(c, r * 0.8, r * 0.8);
            break;
        }
        break;
    }
    p.restore();
}

/// Long labels of a horizontal category axis (stage names: "Cơ bản xây dựng đô thị thông minh") are
/// broken onto two lines (axis labels are rich text) where they would run into their neighbours.
void wrapCategoryLabels(QCategoryAxis *axis, double chartWidthPt)
{
    const QStringList labels = axis->categoriesLabels();
    if (labels.isEmpty())
        return;
    const QFontMetricsF fm(axis->labelsFont());
    const double room = chartWidthPt * 0.8 / labels.size();
    for (const QString &label : labels) {
        if (fm.horizontalAdvance(label) <= room || !label.contains(QLatin1Char(' ')))
            continue;
        // Break at the space nearest the middle.
        int best = -1;
        for (int i = 0; i < label.size(); ++i)
            if (label.at(i) == QLatin1Char(' ') &&
                (best < 0 || std::abs(i - label.size() / 2) < std::abs(best - label.size() / 2)))
                best = i;
        axis->replaceLabel(label, label.left(best).toHtmlEscaped() + QStringLiteral("<br>") +
                                      label.mid(best + 1).toHtmlEscaped());
    }
}

} // namespace

ChartStyle ChartPainter::paperStyle()
{
    ChartStyle style = ChartStyle::paper(chartFontFamily());
    style.dpi = 72.0; // scene units are points: the chart is laid out at the size it has on paper
    style.showLegend = true;
    style.decorationsInChart = false; // paint() wraps and paints the caption and legend itself
    return style;
}

void ChartPainter::paint(QPainter &painter, QChart *chart, const QRectF &target, double pixelsPerPoint)
{
    const ChartStyle style = paperStyle();
    const QPaintDevice *device = painter.device();
    const double ppt = pixelsPerPoint;
    QGraphicsScene scene; // owns the chart from addItem() on and deletes it
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);

    // QtCharts elides a long title, legend entry or axis label to fit; on paper nothing may be cut. So
    // the title, legend and caption are set here, wrapped, and axis labels are never truncated.
    const QString title = ChartBuilder::titleText(chart);
    const QString caption = ChartBuilder::captionText(chart);
    const QList<LegendEntry> legend =
        ChartBuilder::wantsLegend(chart) ? legendEntries(chart) : QList<LegendEntry>();
    if (!chart->title().isEmpty())
        chart->setTitle(QString());
    if (chart->legend()->isVisible())
        chart->legend()->setVisible(false);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setTruncateLabels(false);
        if (auto *categories = qobject_cast<QCategoryAxis *>(axis);
            categories && axis->orientation() == Qt::Horizontal)
            wrapCategoryLabels(categories, target.width() / pixelsPerPoint);
    }

    const QFont titleFont = [&] {
        QFont f(chartFontFamily());
        f.setPointSizeF(style.titlePointSize);
        f.setBold(true);
        return f;
    }();
    QFont labelFont(chartFontFamily());
    labelFont.setPointSizeF(style.labelPointSize);
    const auto titleLayout = TextPainter::layout(title, titleFont, device, target.width(), Qt::AlignHCenter);
    const auto captionLayout = TextPainter::layout(caption, labelFont, device, target.width(), Qt::AlignLeft);
    const double titleH = title.isEmpty() ? 0.0 : TextPainter::height(*titleLayout) + 4 * ppt;
    const double captionH = caption.isEmpty() ? 0.0 : TextPainter::height(*captionLayout) + 2 * ppt;

    // Legend entries flow in rows; an entry wider than the row wraps its own text.
    const QFontMetricsF fm(labelFont, device);
    const double sample = 18 * ppt, gap = 4 * ppt, spacing = 12 * ppt, lineH = fm.lineSpacing();
    struct Placed
    {
        int entry;
        QPointF at;
        std::shared_ptr<QTextLayout> text;
    };
    QList<Placed> placed;
    double x = 0.0, y = 0.0, rowH = lineH;
    for (int i = 0; i < legend.size(); ++i) {
        const double textW =
            std::min(fm.horizontalAdvance(legend[i].label) + 1, target.width() - sample - gap);
        const double w = sample + gap + textW;
        if (x > 0 && x + w > target.width()) {
            x = 0;
            y += rowH + 2 * ppt;
            rowH = lineH;
        }
        std::shared_ptr<QTextLayout> text =
            TextPainter::layout(legend[i].label, labelFont, device, textW, Qt::AlignLeft);
        rowH = std::max(rowH, TextPainter::height(*text));
        placed << Placed{i, QPointF(x, y), text};
        x += w + spacing;
    }
    const double legendH = legend.isEmpty() ? 0.0 : y + rowH + 6 * ppt;

    QRectF plot = target.adjusted(0, titleH, 0, -(legendH + captionH));
    const QSizeF size(plot.width() / ppt, plot.height() / ppt);
    // The builder's own caption item (charts built with another style) is replaced by the wrapped
    // caption painted below.
    for (QGraphicsItem *item : chart->childItems())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->toPlainText() == caption)
            text->setVisible(false);
    // The title and caption are painted outside the chart: keep only room for point labels at the top.
    // Set before the size, so the chart is laid out once.
    QMargins m = chart->margins();
    m.setBottom(4);
    m.setTop(12);
    chart->setMargins(m);
    chart->resize(size);
    if (chart->layout())
        chart->layout()->activate(); // lay out axes now, not on a later event
    scene.setSceneRect(QRectF(QPointF(0, 0), size));

    painter.save();
    // Hatched bars (missed years, estimates) are Qt pattern brushes, which are drawn in device pixels:
    // at 1200 dpi their lines are too fine to survive a copy. Scaled with the scene, they are a coarse
    // hatch (a line every few points) that does (Qt 6.4's NonCosmeticBrushPatterns).
    painter.setRenderHint(QPainter::NonCosmeticBrushPatterns);
    // A scaled scene: QtCharts draws lines, markers and text with the painter, so the PDF gets vectors.
    scene.render(&painter, plot, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.setPen(Qt::black);
    painter.setFont(titleFont);
    if (!title.isEmpty())
        TextPainter::draw(painter, *titleLayout, target.topLeft());
    painter.setFont(labelFont);
    const double legendTop = plot.bottom() + 2 * ppt;
    // Centre the legend's rows as a block under the plot.
    double widest = 0.0;
    for (const Placed &p : placed)
        widest = std::max(widest, p.at.x() + sample + gap + p.text->boundingRect().width());
    const double legendLeft = target.left() + std::max(0.0, (target.width() - widest) / 2);
    for (const Placed &p : placed) {
        const QPointF at(legendLeft + p.at.x(), legendTop + p.at.y());
        drawSample(painter, legend[p.entry], QRectF(at.x(), at.y() + lineH * 0.15, sample, lineH * 0.7), ppt);
        painter.setPen(Qt::black);
        TextPainter::draw(painter, *p.text, QPointF(at.x() + sample + gap, at.y()));
    }
    // Black, not grey: a photocopy thins grey text until the marks of its diacritics drop out.
    painter.setPen(Qt::black);
    if (!caption.isEmpty())
        TextPainter::draw(painter, *captionLayout, QPointF(target.left(), plot.bottom() + legendH));
    painter.restore();
}

} // namespace dx
