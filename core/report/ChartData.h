// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what a chart of one indicator (or of overdue tasks) shows, computed from the analysis layer:
// series, target markers, the expected path, the forecast, per-locality bars. Plain data: no colours,
// fonts or chart classes; ui/charts/ChartBuilder turns it into a chart for the screen or for paper. Every
// word the chart shows (legend, caption, axis titles, bar labels) is computed here, in the language of a
// Vocabulary: the window's on screen, the report's on paper; the builder only paints them.
#include "Vocabulary.h"
#include "analysis/IndicatorStatus.h"
#include "domain/Agency.h"
#include "domain/Enums.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Locality.h"
#include "domain/Measurement.h"
#include "domain/Task.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>

namespace dx {

/**
 * A point of a chart.
 *
 * x is the chart's year axis: a value recorded for year Y sits at x = Y (the state at the end of Y),
 * a first half of Y at Y - 0.5, a target "by 2025" at 2025. This is the analysis layer's x
 * (PathPoint: end of the period as a fractional year) minus one, so that the axis label "2023" stands
 * under the 2023 figure.
 */
struct ChartPoint
{
    double x = 0.0;
    double y = 0.0;
    bool estimate = false; ///< ước tính: drawn with a different marker
    QString period;        ///< period key of a recorded value, empty for computed points
};

/// A target drawn on the chart, with its label ("2025: ≤ 20").
struct ChartTarget
{
    int year = 0;
    double x = 0.0; ///< = year (see ChartPoint)
    double value = 0.0;
    Comparison comparison = Comparison::AtLeast;
    QString label;  ///< on the chart, beside the marker
    QString legend; ///< in the legend: "Target 2025: ≤ 20"
    bool met = false;
};

/// One locality's bar in a per-locality chart (Localities scope).
struct LocalityBar
{
    Id localityId = 0;
    QString name;                ///< unique among the bars (a bar category axis merges duplicate labels)
    std::optional<double> value; ///< latest value on the as-of date; unset: nothing recorded
    bool estimate = false;
    QString period;
    QString label; ///< on the category axis: the name, "(no data)" added when nothing is recorded
};

/// A bar of a yearly-rate chart: the rate recorded for a year and the bar it had to clear.
struct YearBar
{
    int year = 0;
    std::optional<double> value; ///< unset: nothing recorded for the year (yet)
    bool estimate = false;
    std::optional<double> threshold; ///< the target in force for that year (targetInForce())
    bool met = false;
    QString label; ///< on the category axis: "2024", "2024 (est.)"
};

/// The names of the series of an indicator's chart, in the legend.
struct ChartLegend
{
    QString expectedPath;
    QString trendForecast;
    QString recordedValues;
    QString official; ///< official values (markers, bars)
    QString estimate; ///< estimates (markers, hatched bars)
    QString yearMet;
    QString yearMissed;
    QString requiredEachYear;
    QString notStarted; ///< the stage axis' label for stage 0
};

/// What the chart of one indicator shows.
struct IndicatorChartData
{
    enum class Layout
    {
        Line,         ///< plan scope share / count / rank: actual, expected path, targets, forecast
        YearlyBars,   ///< yearly rate: a bar per year against the threshold line
        LocalityBars, ///< Localities scope counts or shares: a bar per locality against the targets
        StageBars     ///< Stage kind: each locality at its stage, target stages as lines
    };

    Id indicatorId = 0;
    QString code;
    QString title; ///< "KTS-01 Tỷ trọng kinh tế số trong GRDP"
    QString unit;
    QString source; ///< the data source line ("Source: ..."), empty when none is recorded
    IndicatorKind kind = IndicatorKind::Share;
    Layout layout = Layout::Line;
    bool lowerIsBetter = false; ///< ranks: the value axis is drawn with 1 at the top
    int rankOutOf = 0;
    IndicatorStatus status = IndicatorStatus::NoData;
    QString statusText; ///< the status in words, for the subtitle

    QList<ChartPoint> actual;   ///< recorded plan-area values, oldest first (Line layout)
    QList<ChartPoint> expected; ///< the expected path (ProgressPath::chartPoints())
    bool stepped = false;       ///< the expected path is a staircase (yearly rates)
    QList<ChartTarget> targets; ///< plan-area targets, ascending by year
    QList<ChartPoint> forecast; ///< the fitted trend, from the first value to the last target; empty without
    QList<YearBar> years;       ///< YearlyBars layout: every year from firstYear to lastYear
    QList<LocalityBar> localities; ///< LocalityBars and StageBars layouts, in scope order
    QStringList stageNames;        ///< Stage kind: names of stages 1..n (0 is "not started")

    ChartLegend legend; ///< the series' names
    QString caption;    ///< under the chart: "Unit: % · Status: On track · Source: ..."
    QLocale locale;     ///< of the numbers on the value axis

    int firstYear = 0; ///< the year axis runs from firstYear to lastYear (whole years)
    int lastYear = 0;
    double minValue = 0.0; ///< the value range of everything drawn (targets included)
    double maxValue = 0.0;
};

/// Options for chartDataFor().
struct ChartDataOptions
{
    QList<Locality> localities; ///< to name the localities of a Localities-scope indicator
    bool english = false;       ///< use the English names (nameEn, unitEn) when they are given
    int firstYear = 0;          ///< 0: from the baseline or first value
    int lastYear = 0;           ///< 0: to the last target
    Vocabulary words;           ///< the language of the chart's words; default: the window's
    /// Only these targets' markers are drawn (a report shows the milestones its Biểu 01 lists); empty: all.
    QList<int> targetYears{};
};

/**
 * Sets the words @p data shows from its fields, in @p words' language: the legend, the caption (unit,
 * status text, source), the targets' legends, the bars' labels and the locale of the axes.
 * chartDataFor() calls it; call it again after changing the title, unit, status text, source, target
 * labels or bar names (the report words them in its own terms).
 */
void labelChart(IndicatorChartData &data, const Vocabulary &words);

/**
 * The chart of @p indicator on @p asOf from @p measurements (others' values are ignored). Built on
 * assessIndicator(), indicatorSeries(), ProgressPath and fitTrend(): the chart shows what the status
 * is judged on.
 */
IndicatorChartData chartDataFor(const Indicator &indicator, const QList<Measurement> &measurements,
                                const QDate &asOf, const ChartDataOptions &options = {});

/// One bar of the "overdue tasks per agency" chart.
struct AgencyOverdue
{
    Id agencyId = 0; ///< 0: tasks without a lead agency
    QString name;    ///< unique among the bars
    int overdue = 0;
};

/// The overdue-tasks-per-agency chart.
struct OverdueChartData
{
    QString title;
    QString subtitle;              ///< "As of 05/06/2023"
    QList<AgencyOverdue> agencies; ///< only agencies with overdue tasks, most overdue first
    QString seriesName;            ///< "Overdue tasks"
    QString emptyLabel;            ///< the only category when no task is overdue
    QString axisTitle;             ///< of the count axis: "Tasks"
    QLocale locale;                ///< of the numbers on the count axis
};

/// Counts the overdue tasks of each lead agency on @p asOf (rollUpTasksByAgency()), worded in @p words'
/// language.
OverdueChartData overdueByAgency(const QList<Agency> &agencies, const QList<Task> &tasks, const QDate &asOf,
                                 const Vocabulary &words = Vocabulary());

/// Words and numbers of charts in the window's language, for the screens that show them beside a chart.
class ChartText
{
public:
    static QString status(IndicatorStatus status);
    /// "≥", ">", "≤", "=".
    static QString comparison(Comparison c);
    /// A value in the user's locale, at most @p decimals decimals, trailing zeros dropped ("1.234,5").
    static QString number(double value, int decimals = 2);
};

} // namespace dx
