// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the one place that turns core's chart data into QtCharts objects, for the screen and for
// paper alike (docs/architecture.md §5). No QWidget here: the printing code puts the QChart into a
// QGraphicsScene and renders it onto the printer; screens show it in a QChartView. Every word and the
// locale of the numbers come with the data (core's Vocabulary): a chart is in the data's language, which
// need not be the window's.
#include "ChartStyle.h"
#include "report/ChartData.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QChart;
class QAbstractAxis;
class QAbstractSeries;
class QLocale;
class QXYSeries;
QT_END_NAMESPACE

class QScatterSeries;

namespace dx {

class ChartBuilder
{
public:
    /**
     * A new chart of one indicator; the caller owns it. Layouts (IndicatorChartData::Layout):
     * - Line: recorded values solid with round markers (estimates square and hollow), the expected
     *   path dashed, the trend forecast dotted, each target a distinct marker with its label; ranks
     *   are drawn with 1 at the top;
     * - YearlyBars: a bar per year (years that missed the bar hatched) against the required rate, a
     *   dashed staircase;
     * - LocalityBars / StageBars: a horizontal bar per locality (estimates hatched), each target a
     *   vertical line of its own dash pattern; stages named on the value axis.
     * Every chart carries its title, and a caption with the unit, the status and the data source
     * (IndicatorChartData::caption).
     */
    static QChart *build(const IndicatorChartData &data, const ChartStyle &style);

    /// A horizontal bar chart of overdue tasks per lead agency, the agency with most at the top.
    static QChart *buildOverdueByAgency(const OverdueChartData &data, const ChartStyle &style);

    /// The caption under a chart (unit, status, source) as built into it; for tests.
    static QString captionText(const QChart *chart);
    /// The chart's title as built (also when ChartStyle::decorationsInChart left it out of the chart).
    static QString titleText(const QChart *chart);
    /// Whether @p chart has a legend to show (its style's showLegend; never the overdue chart), also when
    /// it was built without showing it (ChartStyle::decorationsInChart false).
    static bool wantsLegend(const QChart *chart);

    /// Labels every 1, 2 or 5 years on @p chart's year axis, the fewest that leave room for each label
    /// in @p plotWidth pixels, so no year is ever cut short. For views that resize (the chart beside the
    /// indicator list); returns whether the labels changed.
    static bool fitYearAxis(QChart *chart, double plotWidth);

    /// Sets @p chart's title to @p title broken into lines that fit the chart's width (at most
    /// @p maxLines, the last one elided only beyond that), since QChart elides a title to one line. For
    /// views that resize; call again when the chart's geometry changes. Returns whether it changed.
    static bool fitTitle(QChart *chart, const QString &title, int maxLines = 3);
    /// @p title broken at word boundaries into lines of at most @p width pixels in @p font, as HTML.
    static QString wrappedTitle(const QString &title, const QFont &font, double width, int maxLines = 3);

private:
    static QChart *newChart(const QString &title, const QString &caption, const QLocale &locale,
                            const ChartStyle &style);
    static void buildLine(QChart *chart, const IndicatorChartData &data, const ChartStyle &style);
    static void buildYearlyBars(QChart *chart, const IndicatorChartData &data, const ChartStyle &style);
    static QScatterSeries *targetSeries(const ChartTarget &target, int index, double x,
                                        const ChartStyle &style);
    static void buildLocalityBars(QChart *chart, const IndicatorChartData &data, const ChartStyle &style);
    static QAbstractAxis *yearAxis(int firstYear, int lastYear, double margin, const ChartStyle &style);
    static void setYearLabels(QCategoryAxis *axis, int firstYear, int lastYear, int every);
    static void styleAxis(QAbstractAxis *axis, const ChartStyle &style);
    static void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
};

} // namespace dx
