// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorAssessment.h"

#include "ProgressPath.h"
#include "TargetSelection.h"
#include "domain/Period.h"

#include <QMap>

#include <algorithm>

namespace dx {
namespace {

constexpr double kXTolerance = 1e-9;

// Share, Count, Rank, Stage in plan scope.
void judgeLevel(IndicatorAssessment &a, const Indicator &indicator, const QList<SeriesPoint> &series,
                const StatusThresholds &thresholds)
{
    const SeriesPoint &latest = *a.latest;
    const ProgressPath path = ProgressPath::forIndicator(indicator, series, 0);
    a.expected = path.expectedAt(latest.x);
    if (a.expected)
        a.ratio = performanceRatio(latest.value, *a.expected, lowerIsBetter(indicator));
    if (compareMeets(a.milestone->comparison, latest.value, a.milestone->value))
        a.status = IndicatorStatus::Achieved;
    else if (a.ratio)
        a.status = thresholds.classify(*a.ratio);
}

void judgeYearlyRate(IndicatorAssessment &a, const Indicator &indicator, const QList<SeriesPoint> &years,
                     const StatusThresholds &thresholds)
{
    const QList<Target> targets = applicableTargets(indicator, 0);
    for (const SeriesPoint &y : years) {
        const Target bar = *targetInForce(targets, y.period.yearNumber());
        ++a.yearsRecorded;
        if (compareMeets(bar.comparison, y.value, bar.value))
            ++a.yearsMet;
    }
    const SeriesPoint &latest = *a.latest;
    const Target bar = *targetInForce(targets, latest.period.yearNumber());
    a.expected = bar.value;
    a.ratio = performanceRatio(latest.value, bar.value, lowerIsBetter(indicator));
    const bool latestMet = compareMeets(bar.comparison, latest.value, bar.value);
    const bool noMiss = a.yearsMet == a.yearsRecorded;

    if (noMiss && latest.period.yearNumber() >= a.milestone->year) {
        a.status = IndicatorStatus::Achieved;
    } else if (latestMet) {
        const double shareMet = static_cast<double>(a.yearsMet) / static_cast<double>(a.yearsRecorded);
        a.status = thresholds.classify(shareMet) == IndicatorStatus::OnTrack ? IndicatorStatus::OnTrack
                                                                             : IndicatorStatus::AtRisk;
    } else {
        const IndicatorStatus byRatio = thresholds.classify(*a.ratio);
        a.status = byRatio == IndicatorStatus::OffTrack ? IndicatorStatus::OffTrack : IndicatorStatus::AtRisk;
    }
}

void assessPlanScope(IndicatorAssessment &a, const Indicator &indicator,
                     const QList<Measurement> &measurements, const QDate &asOf,
                     const StatusThresholds &thresholds)
{
    const QList<SeriesPoint> series = indicatorSeries(measurements, indicator.id, 0, asOf);
    a.targets = planTargetProgress(indicator, series);
    a.milestone = nextMilestone(applicableTargets(indicator, 0), asOf);

    const bool yearly = indicator.kind == IndicatorKind::YearlyRate;
    const QList<SeriesPoint> values = yearly ? yearlyPoints(series) : series;
    if (const std::optional<Forecast> trend = fitTrend(toPathPoints(values))) {
        a.trend = trend;
        a.milestoneForecasts = forecastMilestones(indicator, *trend);
    }
    if (!a.milestone)
        a.status = IndicatorStatus::Monitoring; // no target: followed with its latest value, not judged
    if (values.isEmpty())
        return;
    a.latest = values.last();
    a.latestIsEstimate = a.latest->estimate;
    if (!a.milestone)
        return;
    if (yearly)
        judgeYearlyRate(a, indicator, values, thresholds);
    else
        judgeLevel(a, indicator, series, thresholds);
}

// The 0-1 ramp of one locality toward its milestone target (see the header for the rule).
double expectedShare(const Indicator &indicator, const QList<Target> &targets, const Target &target,
                     const QList<SeriesPoint> &series, double earliestX, double atX)
{
    const double targetX = targetYearEnd(target.year);
    double startX = earliestX;
    bool metAtStart = false;
    const std::optional<Period> baseline = Period::parse(indicator.baselinePeriod);
    if (const std::optional<Target> previous = previousTarget(targets, target)) {
        startX = targetYearEnd(previous->year);
        metAtStart = compareMeets(target.comparison, previous->value, target.value);
    } else if (indicator.baselineValue && baseline) {
        startX = baseline->endAsYear();
        metAtStart = compareMeets(target.comparison, *indicator.baselineValue, target.value);
    } else if (!series.isEmpty()) {
        startX = series.first().x;
        metAtStart = compareMeets(target.comparison, series.first().value, target.value);
    }
    if (metAtStart || atX >= targetX - kXTolerance)
        return 1.0;
    if (atX <= startX)
        return 0.0;
    return (atX - startX) / (targetX - startX);
}

void assessLocalityScope(IndicatorAssessment &a, const Indicator &indicator,
                         const QList<Measurement> &measurements, const QDate &asOf,
                         const StatusThresholds &thresholds)
{
    const QList<Id> localities = localitiesInScope(indicator);
    // One pass splits the values by locality; each locality's series then reads only its own, so the
    // work is the indicator's values, not values x localities.
    const QHash<Id, QList<Measurement>> byLocality = valuesByLocality(measurements, indicator.id);
    QMap<Id, QList<SeriesPoint>> seriesBy;
    double earliestX = 0.0;
    bool anyData = false;
    for (const Id locality : localities) {
        const QList<SeriesPoint> s =
            indicatorSeries(byLocality.value(locality), indicator.id, locality, asOf);
        seriesBy.insert(locality, s);
        if (s.isEmpty())
            continue;
        if (!anyData || s.first().x < earliestX)
            earliestX = s.first().x;
        if (!a.latest || s.last().x > a.latest->x)
            a.latest = s.last();
        anyData = true;
    }
    a.targets = localityTargetProgress(indicator, seriesBy);
    QList<Target> milestones;
    for (const TargetProgress &p : a.targets)
        milestones.append(p.target);
    a.milestone = nextMilestone(milestones, asOf);

    const double dataX = a.latest ? a.latest->x : 0.0;
    double expected = 0.0;
    for (const Id locality : localities) {
        LocalityProgress lp;
        lp.localityId = locality;
        const QList<SeriesPoint> &s = seriesBy[locality];
        if (!s.isEmpty())
            lp.latest = s.last();
        const QList<Target> targets = applicableTargets(indicator, locality);
        if (a.milestone)
            lp.target = targetInForce(targets, a.milestone->year);
        if (lp.target) {
            ++a.localitiesTotal;
            lp.reached = lp.latest && compareMeets(lp.target->comparison, lp.latest->value, lp.target->value);
            if (lp.reached)
                ++a.localitiesReached;
            if (lp.latest && lp.latest->estimate)
                a.latestIsEstimate = true;
            if (anyData)
                lp.expectedShare = expectedShare(indicator, targets, *lp.target, s, earliestX, dataX);
            expected += lp.expectedShare;
        }
        a.localities.append(lp);
    }
    if (!a.milestone)
        a.status = IndicatorStatus::Monitoring;
    if (!anyData || a.localitiesTotal == 0)
        return;
    a.expected = expected;
    a.ratio = expected > kXTolerance ? a.localitiesReached / expected : 1.0;
    a.status =
        a.localitiesReached == a.localitiesTotal ? IndicatorStatus::Achieved : thresholds.classify(*a.ratio);
}

} // namespace

IndicatorAssessment assessIndicator(const Indicator &indicator, const QList<Measurement> &measurements,
                                    const QDate &asOf, const StatusThresholds &thresholds)
{
    IndicatorAssessment a;
    a.indicatorId = indicator.id;
    if (indicator.scope == Scope::Localities)
        assessLocalityScope(a, indicator, measurements, asOf, thresholds);
    else
        assessPlanScope(a, indicator, measurements, asOf, thresholds);
    return a;
}

MeasurementsByIndicator groupByIndicator(QList<Measurement> measurements)
{
    MeasurementsByIndicator out;
    for (Measurement &m : measurements)
        out[m.indicatorId].append(std::move(m));
    return out;
}

QList<IndicatorAssessment> assessIndicators(const QList<Indicator> &indicators,
                                            const MeasurementsByIndicator &byIndicator, const QDate &asOf,
                                            const StatusThresholds &thresholds)
{
    QList<IndicatorAssessment> out;
    out.reserve(indicators.size());
    for (const Indicator &indicator : indicators)
        out.append(assessIndicator(indicator, byIndicator.value(indicator.id), asOf, thresholds));
    return out;
}

QList<IndicatorAssessment> assessIndicators(const QList<Indicator> &indicators,
                                            const QList<Measurement> &measurements, const QDate &asOf,
                                            const StatusThresholds &thresholds)
{
    return assessIndicators(indicators, groupByIndicator(measurements), asOf, thresholds);
}

} // namespace dx
