// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartBuilder.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTextLayout>
#include <QValueAxis>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace dx {

namespace {

constexpr int kCaptionKey = 0;
const QString kCaptionTag = QStringLiteral("dx-chart-caption");
constexpr const char *kCaptionProperty = "dxCaption";
constexpr const char *kLegendProperty = "dxLegend";
constexpr const char *kTitleProperty = "dxTitle";

/// Dash patterns and marker shapes of the targets, in order: each target differs in grey too.
const Qt::PenStyle kTargetDashes[] = {Qt::DashLine, Qt::DashDotLine, Qt::DashDotDotLine};
const QScatterSeries::MarkerShape kTargetMarkers[] = {QScatterSeries::MarkerShapeTriangle,
                                                      QScatterSeries::MarkerShapeStar,
                                                      QScatterSeries::MarkerShapePentagon};

QPen pen(const ChartStyle &style, const QColor &colour, double widthPt, Qt::PenStyle dash)
{
    QPen p(colour);
    p.setWidthF(style.px(widthPt));
    p.setStyle(dash);
    p.setCapStyle(Qt::FlatCap);
    return p;
}

/// A step of 1, 2 or 5 times a power of ten giving about @p ticks intervals over @p span.
double niceStep(double span, int ticks = 5)
{
    if (!(span > 0))
        return 1.0;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10.0 * magnitude;
}

/// A value axis with round ticks covering [lo, hi] (widened a little), numbers in the chart's locale.
QValueAxis *valueAxis(double lo, double hi, IndicatorKind kind, bool reverse)
{
    auto *axis = new QValueAxis;
    if (kind == IndicatorKind::Rank) {
        // Ranks: 1 is best and drawn at the top (the axis is reversed); whole numbers only.
        const double top = std::max(5.0, std::ceil(hi + std::max(2.0, hi * 0.2)));
        const double step = std::max(1.0, niceStep(top - 1.0));
        axis->setRange(1.0, top);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setTickInterval(step);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->setReverse(reverse);
        return axis;
    }
    lo = std::min(0.0, lo);
    if (hi <= lo)
        hi = lo + 1.0;
    const double step = niceStep((hi - lo) * 1.1);
    double top = std::ceil(hi * 1.08 / step) * step;
    if (kind == IndicatorKind::Share && top > 100.0)
        top = 100.0;
    if (top <= hi && kind != IndicatorKind::Share)
        top += step;
    // Room above the highest point for the label drawn over its marker (a target of 100 %), so the label
    // stays inside the plot instead of running into the title. No tick falls in it (ticks are anchored at
    // 0 every step), so a share's axis still ends on a "100" label.
    top = std::max(top, hi + (hi - lo) * 0.14);
    const double bottom = std::floor(lo / step) * step;
    axis->setRange(bottom, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0.0);
    axis->setTickInterval(step);
    axis->setLabelFormat(step >= 1.0   ? QStringLiteral("%.0f")
                         : step >= 0.1 ? QStringLiteral("%.1f")
                                       : QStringLiteral("%.2f"));
    axis->setReverse(reverse);
    return axis;
}

/// The caption sits in the chart's bottom margin, which is reserved once for two lines of caption
/// text (setting margins while the chart lays itself out would not be laid out again).
double captionHeight(const ChartStyle &style)
{
    return QFontMetricsF(style.font(style.labelPointSize)).lineSpacing() * 2 + style.px(8);
}

void placeCaption(QChart *chart, QGraphicsTextItem *caption, const ChartStyle &style)
{
    const QRectF r = chart->rect();
    const double pad = style.px(6);
    caption->setTextWidth(std::max(10.0, r.width() - 2 * pad));
    caption->setPos(r.left() + pad, r.bottom() - captionHeight(style) + style.px(2));
}

} // namespace

QChart *ChartBuilder::newChart(const QString &title, const QString &caption, const QLocale &locale,
                               const ChartStyle &style)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(style.animations ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale); // the data's: a report's charts follow the report, not the window
    // A painter that draws the title itself gets it as a property: setting it, then clearing it, costs
    // the title item's text layout twice.
    chart->setProperty(kTitleProperty, title);
    if (style.decorationsInChart)
        chart->setTitle(title);
    chart->setTitleFont(style.font(style.titlePointSize, true));
    chart->setTitleBrush(QBrush(Qt::black));
    chart->setBackgroundRoundness(0);
    if (style.medium == ChartStyle::Medium::Paper) {
        chart->setBackgroundBrush(Qt::white);
        chart->setBackgroundPen(Qt::NoPen);
        chart->setDropShadowEnabled(false);
    }
    QLegend *legend = chart->legend();
    chart->setProperty(kLegendProperty, style.showLegend);
    legend->setVisible(style.showLegend && style.decorationsInChart);
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(style.font(style.labelPointSize));
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    legend->setLabelColor(Qt::black);

    chart->setProperty(kCaptionProperty, caption);
    if (!style.decorationsInChart)
        return chart;
    auto *text = new QGraphicsTextItem(chart);
    text->setData(kCaptionKey, kCaptionTag);
    text->setFont(style.font(style.labelPointSize));
    text->setDefaultTextColor(QColor(0x30, 0x30, 0x30));
    text->setPlainText(caption);
    QMargins margins = chart->margins();
    margins.setBottom(int(std::ceil(captionHeight(style))));
    chart->setMargins(margins);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart,
                     [chart, text, style] { placeCaption(chart, text, style); });
    placeCaption(chart, text, style);
    return chart;
}

QString ChartBuilder::captionText(const QChart *chart)
{
    if (const QVariant caption = chart->property(kCaptionProperty); caption.isValid())
        return caption.toString();
    for (QGraphicsItem *item : chart->childItems())
        if (item->data(kCaptionKey).toString() == kCaptionTag)
            return static_cast<QGraphicsTextItem *>(item)->toPlainText();
    return {};
}

void ChartBuilder::styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    axis->setLabelsFont(style.font(style.labelPointSize));
    axis->setTitleFont(style.font(style.labelPointSize, true));
    axis->setLabelsBrush(QBrush(Qt::black));
    axis->setTitleBrush(QBrush(Qt::black));
    axis->setGridLinePen(pen(style, QColor(0xd0, 0xd0, 0xd0), 0.5, Qt::SolidLine));
    axis->setLinePen(pen(style, QColor(0x40, 0x40, 0x40), 0.75, Qt::SolidLine));
}

void ChartBuilder::attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QAbstractAxis *ChartBuilder::yearAxis(int firstYear, int lastYear, double margin, const ChartStyle &style)
{
    // Years as whole numbers under the year they stand for (a QValueAxis would localise 2025 as
    // "2.025" in Vietnamese and place ticks between years).
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setProperty("dxFirstYear", firstYear);
    axis->setProperty("dxLastYear", lastYear);
    setYearLabels(axis, firstYear, lastYear, lastYear - firstYear > 14 ? 2 : 1);
    axis->setStartValue(firstYear - margin);
    axis->setRange(firstYear - margin, lastYear + margin);
    styleAxis(axis, style);
    return axis;
}

void ChartBuilder::setYearLabels(QCategoryAxis *axis, int firstYear, int lastYear, int every)
{
    for (const QString &label : axis->categoriesLabels())
        axis->remove(label);
    for (int y = firstYear; y <= lastYear; y += every)
        axis->append(QString::number(y), y);
    axis->setProperty("dxEvery", every);
}

QString ChartBuilder::wrappedTitle(const QString &title, const QFont &font, double width, int maxLines)
{
    // QTextLayout finds the break opportunities (Vietnamese words, codes such as "06-NQ/TU").
    QTextLayout layout(title, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << title.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (lines.size() > maxLines) {
        const QString rest = lines.mid(maxLines - 1).join(QLatin1Char(' '));
        lines = lines.mid(0, maxLines - 1);
        lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

bool ChartBuilder::fitTitle(QChart *chart, const QString &title, int maxLines)
{
    if (!chart)
        return false;
    const QMargins m = chart->margins();
    // The title's own text margins and rounding: a little short of the chart's inner width.
    const double width = std::max(40.0, (chart->size().width() - m.left() - m.right()) * 0.94 - 12.0);
    const QString html = wrappedTitle(title, chart->titleFont(), width, maxLines);
    if (html == chart->title())
        return false;
    chart->setTitle(html);
    return true;
}

QString ChartBuilder::titleText(const QChart *chart)
{
    const QVariant title = chart->property(kTitleProperty);
    return title.isValid() && chart->title().isEmpty() ? title.toString() : chart->title();
}

bool ChartBuilder::wantsLegend(const QChart *chart)
{
    const QVariant wanted = chart->property(kLegendProperty);
    return wanted.isValid() ? wanted.toBool() : chart->legend()->isVisible();
}

bool ChartBuilder::fitYearAxis(QChart *chart, double plotWidth)
{
    if (!chart || plotWidth <= 0)
        return false;
    for (QAbstractAxis *a : chart->axes(Qt::Horizontal)) {
        auto *axis = qobject_cast<QCategoryAxis *>(a);
        if (!axis || !axis->property("dxFirstYear").isValid())
            continue;
        const int first = axis->property("dxFirstYear").toInt();
        const int last = axis->property("dxLastYear").toInt();
        // A label needs its own width and as much again around it.
        const double label =
            QFontMetricsF(axis->labelsFont()).horizontalAdvance(QStringLiteral("2030")) * 2.0;
        const double perYear = plotWidth / std::max(1.0, axis->max() - axis->min());
        int every = 1;
        for (int candidate : {1, 2, 5, 10}) {
            every = candidate;
            if (perYear * candidate >= label)
                break;
        }
        if (axis->property("dxEvery").toInt() == every)
            return false;
        setYearLabels(axis, first, last, every);
        return true;
    }
    return false;
}

QChart *ChartBuilder::build(const IndicatorChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(data.title, data.caption, data.locale, style);
    switch (data.layout) {
    case IndicatorChartData::Layout::Line:
        buildLine(chart, data, style);
        break;
    case IndicatorChartData::Layout::YearlyBars:
        buildYearlyBars(chart, data, style);
        break;
    case IndicatorChartData::Layout::LocalityBars:
    case IndicatorChartData::Layout::StageBars:
        buildLocalityBars(chart, data, style);
        break;
    }
    return chart;
}

void ChartBuilder::buildLine(QChart *chart, const IndicatorChartData &data, const ChartStyle &style)
{
    QAbstractAxis *x = yearAxis(data.firstYear, data.lastYear, 0.4, style);
    // A target in the last year has its label centred over it ("2030: ≤ 15"): room for its right half.
    for (const ChartTarget &t : data.targets)
        if (t.x >= data.lastYear - 0.01)
            static_cast<QCategoryAxis *>(x)->setMax(data.lastYear + 1.0);
    QValueAxis *y = valueAxis(data.minValue, data.maxValue, data.kind,
                              data.lowerIsBetter && data.kind == IndicatorKind::Rank);
    y->setTitleText(data.unit);
    styleAxis(y, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    if (!data.expected.isEmpty()) {
        auto *s = new QLineSeries;
        s->setName(data.legend.expectedPath);
        for (const ChartPoint &p : data.expected)
            s->append(p.x, p.y);
        s->setPen(pen(style, style.expectedColour(), style.lineWidthPt * 0.75, Qt::DashLine));
        attach(chart, s, x, y);
    }
    if (!data.forecast.isEmpty()) {
        auto *s = new QLineSeries;
        s->setName(data.legend.trendForecast);
        for (const ChartPoint &p : data.forecast)
            s->append(p.x, p.y);
        s->setPen(pen(style, style.forecastColour(), style.lineWidthPt * 0.75, Qt::DotLine));
        attach(chart, s, x, y);
    }
    if (!data.actual.isEmpty()) {
        auto *line = new QLineSeries;
        line->setName(data.legend.recordedValues);
        auto *official = new QScatterSeries;
        official->setName(data.legend.official);
        auto *estimate = new QScatterSeries;
        estimate->setName(data.legend.estimate);
        for (const ChartPoint &p : data.actual) {
            line->append(p.x, p.y);
            (p.estimate ? estimate : official)->append(p.x, p.y);
        }
        line->setPen(pen(style, style.actualColour(), style.lineWidthPt, Qt::SolidLine));
        attach(chart, line, x, y);
        official->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        official->setMarkerSize(style.px(style.markerSizePt));
        official->setBrush(style.actualColour());
        official->setPen(pen(style, style.actualColour(), 0.75, Qt::SolidLine));
        // Estimates: hollow squares, told apart from official values without colour.
        estimate->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        estimate->setMarkerSize(style.px(style.markerSizePt));
        estimate->setBrush(Qt::white);
        estimate->setPen(pen(style, style.estimateColour(), 1.25, Qt::SolidLine));
        for (QScatterSeries *s : {official, estimate}) {
            if (s->count() == 0) {
                delete s;
                continue;
            }
            attach(chart, s, x, y);
        }
    }
    for (int i = 0; i < data.targets.size(); ++i) {
        const ChartTarget &t = data.targets.at(i);
        attach(chart, targetSeries(t, i, t.x, style), x, y);
    }
}

/// A labelled marker for target @p index (a distinct shape per target, readable in grey) at @p x.
QScatterSeries *ChartBuilder::targetSeries(const ChartTarget &t, int index, double x, const ChartStyle &style)
{
    auto *s = new QScatterSeries;
    s->setName(t.legend);
    s->append(x, t.value);
    s->setMarkerShape(kTargetMarkers[std::min(index, 2)]);
    s->setMarkerSize(style.px(style.markerSizePt * 1.6));
    s->setBrush(style.targetColour(index));
    s->setPen(pen(style, style.targetColour(index), 0.75, Qt::SolidLine));
    s->setPointLabelsFormat(QString(t.label).replace(QLatin1Char('@'), QLatin1Char(' ')));
    s->setPointLabelsVisible(true);
    s->setPointLabelsClipping(false);
    s->setPointLabelsFont(style.font(style.labelPointSize, true));
    s->setPointLabelsColor(Qt::black);
    return s;
}

void ChartBuilder::buildYearlyBars(QChart *chart, const IndicatorChartData &data, const ChartStyle &style)
{
    auto *met = new QBarSet(data.legend.yearMet);
    auto *missed = new QBarSet(data.legend.yearMissed);
    met->setBrush(style.barColour());
    met->setPen(pen(style, Qt::black, 0.5, Qt::SolidLine));
    // Missed years are hatched as well as lighter, so they still stand out on a grey photocopy.
    missed->setBrush(QBrush(style.colour ? style.barMissColour() : QColor(Qt::black), Qt::BDiagPattern));
    missed->setPen(pen(style, Qt::black, 0.75, Qt::SolidLine));
    // A year no target governs (a monitoring indicator's) was neither met nor missed: a plain bar.
    auto *recorded = new QBarSet(data.legend.recordedValues);
    recorded->setBrush(style.barColour());
    recorded->setPen(pen(style, Qt::black, 0.5, Qt::SolidLine));
    QStringList categories;
    auto *threshold = new QLineSeries;
    threshold->setName(data.legend.requiredEachYear);
    bool anyMet = false, anyMissed = false, anyRecorded = false;
    for (int i = 0; i < data.years.size(); ++i) {
        const YearBar &b = data.years.at(i);
        categories << b.label;
        const double v = b.value.value_or(0.0);
        const bool judged = b.value && b.threshold;
        met->append(judged && b.met ? v : 0.0);
        missed->append(judged && !b.met ? v : 0.0);
        recorded->append(b.value && !b.threshold ? v : 0.0);
        anyMet = anyMet || (judged && b.met);
        anyMissed = anyMissed || (judged && !b.met);
        anyRecorded = anyRecorded || (b.value && !b.threshold);
        if (b.threshold) {
            threshold->append(i - 0.5, *b.threshold);
            threshold->append(i + 0.5, *b.threshold);
        }
    }
    auto *bars = new QStackedBarSeries;
    // Only what the chart shows is in the legend; with targets, both kinds of year are named so the
    // reader knows what a hatched bar would mean.
    const bool targets = threshold->count() > 0;
    for (auto [set, shown] : {std::pair{met, targets || anyMet}, std::pair{missed, targets || anyMissed},
                              std::pair{recorded, anyRecorded}}) {
        if (shown)
            bars->append(set);
        else
            delete set;
    }
    bars->setBarWidth(0.6);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    styleAxis(x, style);
    QValueAxis *y = valueAxis(data.minValue, data.maxValue, data.kind, false);
    y->setTitleText(data.unit);
    styleAxis(y, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    threshold->setPen(pen(style, style.targetColour(0), style.lineWidthPt, Qt::DashLine));
    if (targets)
        attach(chart, threshold, x, y);
    else
        delete threshold;
    for (int i = 0; i < data.targets.size(); ++i) {
        const ChartTarget &t = data.targets.at(i);
        const int pos = t.year - data.firstYear;
        if (pos < 0 || pos >= data.years.size())
            continue;
        attach(chart, targetSeries(t, i, pos, style), x, y);
    }
}

void ChartBuilder::buildLocalityBars(QChart *chart, const IndicatorChartData &data, const ChartStyle &style)
{
    const bool stages = data.layout == IndicatorChartData::Layout::StageBars;
    auto *official = new QBarSet(data.legend.official);
    auto *estimate = new QBarSet(data.legend.estimate);
    official->setBrush(style.barColour());
    official->setPen(pen(style, Qt::black, 0.5, Qt::SolidLine));
    estimate->setBrush(QBrush(style.colour ? style.barColour() : QColor(Qt::black), Qt::FDiagPattern));
    estimate->setPen(pen(style, Qt::black, 0.75, Qt::SolidLine));
    QStringList categories;
    // A horizontal bar chart draws its first category at the bottom: reverse, so the list reads down.
    for (auto it = data.localities.crbegin(); it != data.localities.crend(); ++it) {
        categories << it->label;
        official->append(it->value && !it->estimate ? *it->value : 0.0);
        estimate->append(it->value && it->estimate ? *it->value : 0.0);
    }
    auto *bars = new QHorizontalStackedBarSeries;
    bars->append(official);
    bars->append(estimate);
    bars->setBarWidth(0.6);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    styleAxis(y, style);
    QAbstractAxis *x = nullptr;
    if (stages) {
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setStartValue(-0.0001);
        axis->append(data.legend.notStarted, 0.0);
        for (int i = 0; i < data.stageNames.size(); ++i)
            axis->append(data.stageNames.at(i), i + 1.0);
        axis->setRange(0.0, std::max(1.0, double(data.stageNames.size())) + 0.15);
        x = axis;
    } else {
        x = valueAxis(data.minValue, data.maxValue, data.kind, false);
    }
    x->setTitleText(data.unit);
    styleAxis(x, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    const double n = data.localities.size();
    for (int i = 0; i < data.targets.size(); ++i) {
        const ChartTarget &t = data.targets.at(i);
        auto *s = new QLineSeries;
        s->setName(t.legend);
        s->append(t.value, -0.5);
        s->append(t.value, n - 0.5);
        s->setPen(pen(style, style.targetColour(i), style.lineWidthPt, kTargetDashes[std::min(i, 2)]));
        attach(chart, s, x, y);
    }
}

QChart *ChartBuilder::buildOverdueByAgency(const OverdueChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(data.title, data.subtitle, data.locale, style);
    auto *set = new QBarSet(data.seriesName);
    set->setBrush(style.colour ? QColor(0xc6, 0x28, 0x28) : QColor(0x70, 0x70, 0x70));
    set->setPen(pen(style, Qt::black, 0.5, Qt::SolidLine));
    set->setLabelColor(Qt::black);
    set->setLabelFont(style.font(style.labelPointSize));
    QStringList categories;
    int most = 0;
    for (auto it = data.agencies.crbegin(); it != data.agencies.crend(); ++it) {
        categories << it->name;
        set->append(it->overdue);
        most = std::max(most, it->overdue);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(QStringLiteral("@value"));
    auto *y = new QBarCategoryAxis;
    y->append(categories.isEmpty() ? QStringList{data.emptyLabel} : categories);
    styleAxis(y, style);
    auto *x = new QValueAxis;
    const double step = std::max(1.0, niceStep(most, 5));
    x->setRange(0, std::max(1.0, std::ceil((most + 0.5) / step) * step));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(step);
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTitleText(data.axisTitle);
    styleAxis(x, style);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    attach(chart, bars, x, y);
    chart->legend()->setVisible(false);
    chart->setProperty(kLegendProperty, false);
    return chart;
}

} // namespace dx
