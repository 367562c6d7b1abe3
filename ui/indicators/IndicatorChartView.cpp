// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorChartView.h"

#include "IndicatorStatusCache.h"
#include "charts/ChartBuilder.h"
#include "document/PlanDocument.h"

#include <QChart>
#include <QLocale>

namespace dx {

IndicatorChartView::IndicatorChartView(IndicatorStatusCache &cache, QWidget *parent)
    : QChartView(parent), m_cache(cache)
{
    setObjectName(QStringLiteral("indicatorChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(260);
    connect(&cache, &IndicatorStatusCache::indicatorUpdated, this, [this](Id id) {
        if (id == m_id)
            rebuild();
    });
    connect(&cache, &IndicatorStatusCache::reset, this, &IndicatorChartView::rebuild);
    rebuild();
}

IndicatorChartView::~IndicatorChartView() = default;

IndicatorChartData IndicatorChartView::dataFor(const IndicatorStatusCache &cache, Id id)
{
    const Indicator *indicator = cache.indicator(id);
    if (!indicator)
        return {};
    ChartDataOptions options;
    options.localities = cache.document().localities();
    options.english = QLocale().language() != QLocale::Vietnamese;
    return chartDataFor(*indicator, cache.measurements(id), cache.document().asOf(), options);
}

void IndicatorChartView::showIndicator(Id id)
{
    if (id == m_id && m_builds > 0)
        return;
    m_id = id;
    rebuild();
}

void IndicatorChartView::rebuild()
{
    if (!m_cache.indicator(m_id)) {
        m_id = 0;
        m_data = {};
    } else {
        m_data = dataFor(m_cache, m_id);
    }
    ++m_builds;
    m_chartStale = true;
    if (isVisible())
        buildChart();
}

void IndicatorChartView::showEvent(QShowEvent *event)
{
    if (m_chartStale)
        buildChart();
    QChartView::showEvent(event);
}

void IndicatorChartView::buildChart()
{
    m_chartStale = false;
    QChart *old = chart();
    if (m_id == 0) {
        auto *empty = new QChart;
        empty->setTitle(tr("Choose an indicator to see its chart."));
        setChart(empty);
    } else {
        QChart *built = ChartBuilder::build(m_data, ChartStyle::screen());
        // Six legend entries do not fit under a chart beside the list: at its side they are never cut.
        built->legend()->setAlignment(Qt::AlignRight);
        // Fewer year labels when the chart is narrow, never cut ones.
        connect(built, &QChart::plotAreaChanged, built,
                [built](const QRectF &area) { ChartBuilder::fitYearAxis(built, area.width()); });
        // A long indicator name wraps above the chart rather than being cut to "...".
        const QString title = m_data.title;
        connect(built, &QGraphicsWidget::geometryChanged, built,
                [built, title] { ChartBuilder::fitTitle(built, title); });
        setChart(built);
    }
    // setChart() releases the previous chart without deleting it.
    delete old;
}

} // namespace dx
