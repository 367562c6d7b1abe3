// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartData.h"

#include "StatusReport.h"

#include "analysis/Forecast.h"
#include "analysis/IndicatorAssessment.h"
#include "analysis/IndicatorSeries.h"
#include "analysis/ProgressPath.h"
#include "analysis/StatusThresholds.h"
#include "analysis/TargetSelection.h"
#include "analysis/TaskRollUp.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace dx {

namespace {

// The contexts keep the catalogue entries these words had when the chart builder translated them.
const char *const kChartContext = "ChartBuilder";
const char *const kTextContext = "ChartText";

/// The chart's year axis puts a period's value at the end of the period minus one year (ChartPoint).
double chartX(double analysisX)
{
    return analysisX - 1.0;
}

QString targetLabel(const Indicator &indicator, const Target &t, const Vocabulary &words)
{
    if (indicator.kind == IndicatorKind::Stage) {
        const int stage = int(std::lround(t.value));
        const QString name = stage >= 1 && stage <= indicator.stageNames.size()
                                 ? indicator.stageNames.at(stage - 1)
                                 : words.number(t.value);
        return words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "%1: %2")).arg(t.year).arg(name);
    }
    return words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "%1: %2 %3"))
        .arg(t.year)
        .arg(ChartText::comparison(t.comparison), words.number(t.value));
}

/// Unique display names of the localities in scope (a bar category axis merges equal labels).
QList<LocalityBar> localityBars(const Indicator &indicator, const QList<Locality> &localities,
                                const Vocabulary &words)
{
    QHash<Id, QString> names;
    for (const Locality &l : localities)
        names.insert(l.id, l.name);
    QList<LocalityBar> bars;
    QSet<QString> used;
    for (Id id : localitiesInScope(indicator)) {
        LocalityBar bar;
        bar.localityId = id;
        QString name = names.value(id);
        if (name.isEmpty())
            name = words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "Locality %1")).arg(id);
        QString unique = name;
        for (int n = 2; used.contains(unique); ++n)
            unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
        used.insert(unique);
        bar.name = unique;
        bars << bar;
    }
    return bars;
}

void widen(IndicatorChartData &d, double y, bool &first)
{
    if (!std::isfinite(y))
        return;
    if (first) {
        d.minValue = d.maxValue = y;
        first = false;
        return;
    }
    d.minValue = std::min(d.minValue, y);
    d.maxValue = std::max(d.maxValue, y);
}

} // namespace

QString ChartText::status(IndicatorStatus status)
{
    return StatusReport::statusName(status);
}

QString ChartText::comparison(Comparison c)
{
    switch (c) {
    case Comparison::AtLeast:
        return QStringLiteral("≥");
    case Comparison::Above:
        return QStringLiteral(">");
    case Comparison::AtMost:
        return QStringLiteral("≤");
    case Comparison::Equal:
        return QStringLiteral("=");
    }
    return {};
}

QString ChartText::number(double value, int decimals)
{
    return Vocabulary().number(value, decimals);
}

void labelChart(IndicatorChartData &d, const Vocabulary &words)
{
    const auto word = [&words](const char *text) { return words.translate(kChartContext, text); };
    QStringList caption;
    if (!d.unit.isEmpty())
        caption << word(QT_TRANSLATE_NOOP("ChartBuilder", "Unit: %1")).arg(d.unit);
    caption << word(QT_TRANSLATE_NOOP("ChartBuilder", "Status: %1")).arg(d.statusText);
    if (!d.source.isEmpty())
        caption << d.source;
    d.caption = caption.join(QStringLiteral(" · "));

    ChartLegend &l = d.legend;
    l.expectedPath = word(QT_TRANSLATE_NOOP("ChartBuilder", "Expected path"));
    l.trendForecast = word(QT_TRANSLATE_NOOP("ChartBuilder", "Trend forecast"));
    l.recordedValues = word(QT_TRANSLATE_NOOP("ChartBuilder", "Recorded values"));
    l.official = word(QT_TRANSLATE_NOOP("ChartBuilder", "Official"));
    l.estimate = word(QT_TRANSLATE_NOOP("ChartBuilder", "Estimate"));
    l.yearMet = word(QT_TRANSLATE_NOOP("ChartBuilder", "Year met"));
    l.yearMissed = word(QT_TRANSLATE_NOOP("ChartBuilder", "Year missed"));
    l.requiredEachYear = word(QT_TRANSLATE_NOOP("ChartBuilder", "Required each year"));
    l.notStarted = word(QT_TRANSLATE_NOOP("ChartBuilder", "Not started"));

    const QString target = word(QT_TRANSLATE_NOOP("ChartBuilder", "Target %1"));
    for (ChartTarget &t : d.targets)
        t.legend = target.arg(t.label);
    const QString estimated = word(QT_TRANSLATE_NOOP("ChartBuilder", "%1 (est.)"));
    for (YearBar &b : d.years)
        b.label = b.estimate ? estimated.arg(b.year) : QString::number(b.year);
    const QString noData = word(QT_TRANSLATE_NOOP("ChartBuilder", "%1 (no data)"));
    for (LocalityBar &b : d.localities)
        b.label = b.value ? b.name : noData.arg(b.name);
    d.locale = words.locale();
}

IndicatorChartData chartDataFor(const Indicator &indicator, const QList<Measurement> &measurements,
                                const QDate &asOf, const ChartDataOptions &options)
{
    IndicatorChartData d;
    d.indicatorId = indicator.id;
    d.code = indicator.code;
    const QString name = options.english && !indicator.nameEn.isEmpty() ? indicator.nameEn : indicator.name;
    d.title = indicator.code.isEmpty() ? name : QStringLiteral("%1 %2").arg(indicator.code, name);
    d.unit = options.english && !indicator.unitEn.isEmpty() ? indicator.unitEn : indicator.unit;
    const Vocabulary &words = options.words;
    d.source = indicator.dataSource.isEmpty()
                   ? QString()
                   : words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "Source: %1"))
                         .arg(indicator.dataSource);
    d.kind = indicator.kind;
    d.lowerIsBetter = lowerIsBetter(indicator);
    d.rankOutOf = indicator.rankOutOf;
    d.stageNames = indicator.stageNames;

    const IndicatorAssessment assessment = assessIndicator(indicator, measurements, asOf);
    d.status = assessment.status;
    d.statusText = StatusReport::statusName(assessment.status, words);

    const QList<Target> planTargets = applicableTargets(indicator, 0);
    QHash<int, bool> metByYear;
    for (const TargetProgress &p : assessment.targets)
        metByYear.insert(p.target.year, p.met);
    for (const Target &t : planTargets)
        if (options.targetYears.isEmpty() || options.targetYears.contains(t.year))
            d.targets << ChartTarget{
                t.year, double(t.year),         t.value, t.comparison, targetLabel(indicator, t, words),
                {},     metByYear.value(t.year)};

    const bool localities = indicator.scope == Scope::Localities;
    if (indicator.kind == IndicatorKind::Stage)
        d.layout = IndicatorChartData::Layout::StageBars;
    else if (localities)
        d.layout = IndicatorChartData::Layout::LocalityBars;
    else if (indicator.kind == IndicatorKind::YearlyRate)
        d.layout = IndicatorChartData::Layout::YearlyBars;
    else
        d.layout = IndicatorChartData::Layout::Line;

    bool first = true;
    int lo = 0, hi = 0;
    auto years = [&](int y) {
        lo = lo == 0 ? y : std::min(lo, y);
        hi = std::max(hi, y);
    };
    for (const ChartTarget &t : d.targets) {
        widen(d, t.value, first);
        years(t.year);
    }

    if (localities) {
        d.localities = localityBars(indicator, options.localities, words);
        for (LocalityBar &bar : d.localities) {
            for (const LocalityProgress &p : assessment.localities) {
                if (p.localityId != bar.localityId || !p.latest)
                    continue;
                bar.value = p.latest->value;
                bar.estimate = p.latest->estimate;
                bar.period = p.latest->period.key();
                widen(d, p.latest->value, first);
            }
        }
    } else {
        const QList<SeriesPoint> series = indicatorSeries(measurements, indicator.id, 0, asOf);
        if (indicator.kind == IndicatorKind::YearlyRate) {
            for (const SeriesPoint &p : yearlyPoints(series)) {
                YearBar bar;
                bar.year = p.period.yearNumber();
                bar.value = p.value;
                bar.estimate = p.estimate;
                d.years << bar;
                widen(d, p.value, first);
                years(bar.year);
            }
        }
        for (const SeriesPoint &p : series) {
            d.actual << ChartPoint{chartX(p.x), p.value, p.estimate, p.period.key()};
            widen(d, p.value, first);
            // A half or quarter sits between two year ticks: the axis must reach both sides of it.
            years(int(std::floor(chartX(p.x))));
            years(int(std::ceil(chartX(p.x))));
        }
        const ProgressPath path = ProgressPath::forIndicator(indicator, series);
        d.stepped = path.shape() == ProgressPath::Shape::Stepped;
        for (const PathPoint &p : path.chartPoints()) {
            d.expected << ChartPoint{chartX(p.x), p.y, false, {}};
            widen(d, p.y, first);
            years(int(std::floor(chartX(p.x))));
        }
        if (assessment.trend && !series.isEmpty() && !planTargets.isEmpty() &&
            indicator.kind != IndicatorKind::YearlyRate) {
            const double from = series.first().x;
            const double to = std::max(targetYearEnd(planTargets.last().year), series.last().x);
            for (const PathPoint &p : trendLine(*assessment.trend, from, to)) {
                const double y = clampToKind(indicator, p.y);
                d.forecast << ChartPoint{chartX(p.x), y, false, {}};
                widen(d, y, first);
            }
        }
    }
    if (const auto baseline =
            indicator.baselinePeriod.isEmpty() ? std::nullopt : Period::parse(indicator.baselinePeriod))
        years(baseline->yearNumber());

    d.firstYear = options.firstYear > 0 ? options.firstYear : lo;
    d.lastYear = options.lastYear > 0 ? options.lastYear : hi;
    if (d.firstYear == 0)
        d.firstYear = d.lastYear = asOf.isValid() ? asOf.year() : 2025;
    // The axis spans the years with data or targets only: one year of data is one year on the axis, not
    // an empty next year that reads as "no data" (the line charts keep a margin around it).
    if (d.lastYear < d.firstYear)
        d.lastYear = d.firstYear;
    if (indicator.kind == IndicatorKind::Stage) {
        d.minValue = 0.0;
        d.maxValue = std::max(d.maxValue, double(indicator.stageNames.size()));
    }
    if (d.layout == IndicatorChartData::Layout::YearlyBars) {
        // One bar slot per year of the axis, each with the bar it had to clear (targetInForce()).
        QHash<int, YearBar> recorded;
        for (const YearBar &b : std::as_const(d.years))
            recorded.insert(b.year, b);
        d.years.clear();
        for (int y = d.firstYear; y <= d.lastYear; ++y) {
            YearBar bar = recorded.value(y, YearBar{y, std::nullopt, false, std::nullopt, false, {}});
            if (const auto t = targetInForce(planTargets, y)) {
                bar.threshold = t->value;
                bar.met = bar.value && compareMeets(t->comparison, *bar.value, t->value);
            }
            d.years << bar;
        }
    }
    labelChart(d, words);
    return d;
}

OverdueChartData overdueByAgency(const QList<Agency> &agencies, const QList<Task> &tasks, const QDate &asOf,
                                 const Vocabulary &words)
{
    OverdueChartData d;
    d.locale = words.locale();
    d.title = words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "Overdue tasks per lead agency"));
    d.subtitle = words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "As of %1"))
                     .arg(d.locale.toString(asOf, QLocale::ShortFormat));
    d.seriesName = words.translate(kChartContext, QT_TRANSLATE_NOOP("ChartBuilder", "Overdue tasks"));
    d.emptyLabel = words.translate(kChartContext, QT_TRANSLATE_NOOP("ChartBuilder", "No overdue tasks"));
    d.axisTitle = words.translate(kChartContext, QT_TRANSLATE_NOOP("ChartBuilder", "Tasks"));
    QHash<Id, QString> names;
    for (const Agency &a : agencies)
        names.insert(a.id, words.language() == ReportLanguage::English ? a.englishName() : a.displayName());
    QSet<QString> used;
    for (const AgencyTaskRollUp &r : rollUpTasksByAgency(agencies, tasks, asOf)) {
        if (r.counts.overdue == 0)
            continue;
        QString name = r.agencyId == 0
                           ? words.translate(kTextContext, QT_TRANSLATE_NOOP("ChartText", "No lead agency"))
                           : names.value(r.agencyId);
        const QString base = name;
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used.insert(name);
        d.agencies << AgencyOverdue{r.agencyId, name, r.counts.overdue};
    }
    std::stable_sort(d.agencies.begin(), d.agencies.end(),
                     [](const AgencyOverdue &a, const AgencyOverdue &b) { return a.overdue > b.overdue; });
    return d;
}

} // namespace dx
