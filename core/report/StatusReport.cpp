// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusReport.h"

#include "domain/Fields.h"
#include "io/JsonFormat.h"
#include "store/PlanStore.h"

#include "ChartData.h"
#include "analysis/ProgressPath.h"

#include <QJsonArray>
#include <QLocale>
#include <cmath>

namespace dx {
namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QString fmt(double v)
{
    return QLocale().toString(v, 'f', (v == std::floor(v)) ? 0 : 2);
}

QString fmtRate(double v)
{
    // A change per year: always signed so "+0,83" and "-1" read as directions.
    const QString s = QLocale().toString(v, 'f', (v == std::floor(v)) ? 0 : 2);
    return v > 0 ? QStringLiteral("+") + s : s;
}

} // namespace

QList<StatusRow> StatusReport::rows(const QList<Indicator> &indicators,
                                    const MeasurementsByIndicator &byIndicator, const QDate &asOf)
{
    QList<StatusRow> out;
    const QList<IndicatorAssessment> assessments = assessIndicators(indicators, byIndicator, asOf);
    for (int i = 0; i < indicators.size(); ++i) {
        StatusRow row{indicators[i], assessments[i], std::nullopt};
        if (indicators[i].scope == Scope::Plan) {
            const auto series =
                indicatorSeries(byIndicator.value(indicators[i].id), indicators[i].id, 0, asOf);
            const ProgressPath path = ProgressPath::forIndicator(indicators[i], series);
            // Without a starting point (no baseline, no value) nothing is "expected" yet.
            if (!path.isEmpty() && (assessments[i].latest || indicators[i].baselineValue))
                row.expectedAsOf = path.expectedOn(asOf);
        }
        out << row;
    }
    return out;
}

QList<StatusRow> StatusReport::rows(const PlanStore &store, const QDate &asOf)
{
    const QList<Indicator> indicators = store.indicators();
    QHash<Id, int> position;
    for (int i = 0; i < indicators.size(); ++i)
        position.insert(indicators.at(i).id, i);
    QList<std::optional<StatusRow>> found(indicators.size());
    // One indicator's values at a time, through the same rows() as a grouped plan.
    store.forEachIndicatorValues([&](Id id, QList<Measurement> &values) {
        if (const auto it = position.constFind(id); it != position.cend())
            found[*it] =
                rows({indicators.at(*it)}, MeasurementsByIndicator{{id, std::move(values)}}, asOf).first();
    });
    QList<StatusRow> out;
    out.reserve(indicators.size());
    for (int i = 0; i < indicators.size(); ++i)
        out << (found.at(i) ? *found.at(i) : rows({indicators.at(i)}, {}, asOf).first());
    return out;
}

QString StatusReport::statusName(IndicatorStatus status, const Vocabulary &words)
{
    const auto word = [&words](const char *text) { return words.translate("StatusReport", text); };
    switch (status) {
    case IndicatorStatus::Achieved:
        return word(QT_TRANSLATE_NOOP("StatusReport", "Achieved"));
    case IndicatorStatus::OnTrack:
        return word(QT_TRANSLATE_NOOP("StatusReport", "On track"));
    case IndicatorStatus::AtRisk:
        return word(QT_TRANSLATE_NOOP("StatusReport", "At risk"));
    case IndicatorStatus::OffTrack:
        return word(QT_TRANSLATE_NOOP("StatusReport", "Off track"));
    case IndicatorStatus::NoData:
        return word(QT_TRANSLATE_NOOP("StatusReport", "No data"));
    case IndicatorStatus::Monitoring:
        return word(QT_TRANSLATE_NOOP("StatusReport", "Monitoring"));
    }
    return {};
}

QString StatusReport::targetLevel(const Indicator &indicator, const Target &target)
{
    if (indicator.kind == IndicatorKind::Stage) {
        const int stage = int(std::lround(target.value));
        if (stage >= 1 && stage <= indicator.stageNames.size())
            return indicator.stageNames.at(stage - 1);
    }
    return QStringLiteral("%1 %2").arg(ChartText::comparison(target.comparison),
                                       ChartText::number(target.value));
}

bool StatusReport::targetYearPassed(int year, const QDate &asOf)
{
    return asOf.isValid() && asOf > QDate(year, 12, 31);
}

QString StatusReport::targetVerdict(const Indicator &indicator, const TargetProgress &p, const QDate &asOf)
{
    const int year = p.target.year;
    const bool passed = targetYearPassed(year, asOf);
    const QString level = targetLevel(indicator, p.target);
    QString detail;
    if (indicator.scope == Scope::Localities) {
        if (p.localitiesTotal == 0)
            return tr("%1: target %2").arg(year).arg(level);
        detail = tr("%1 of %2 localities at %3").arg(p.localitiesMet).arg(p.localitiesTotal).arg(level);
    } else if (!p.judged) {
        return passed ? tr("%1: no value for the year, target %2").arg(year).arg(level)
                      : tr("%1: target %2").arg(year).arg(level);
    } else if (indicator.kind == IndicatorKind::YearlyRate) {
        detail = tr("%1 of %2 years at %3").arg(p.yearsMet).arg(p.yearsRecorded).arg(level);
    } else {
        QString value = ChartText::number(p.judged->value);
        if (indicator.kind == IndicatorKind::Stage) {
            const int stage = int(std::lround(p.judged->value));
            if (stage >= 1 && stage <= indicator.stageNames.size())
                value = indicator.stageNames.at(stage - 1);
        }
        detail = tr("%1 against %2").arg(value, level);
    }
    QString line;
    if (passed)
        line = p.met ? tr("%1: met, %2").arg(year).arg(detail) : tr("%1: not met, %2").arg(year).arg(detail);
    else
        line = p.met ? tr("%1: already met, %2").arg(year).arg(detail)
                     : tr("%1: not yet met, %2").arg(year).arg(detail);
    if (!passed && !p.met && p.changePerYear && *p.changePerYear != 0.0 &&
        indicator.kind != IndicatorKind::Stage)
        line += QLatin1Char(' ') + tr("(needs %1 a year)").arg(fmtRate(*p.changePerYear));
    return line;
}

QJsonObject StatusReport::toJson(const QList<StatusRow> &rows, const QDate &asOf)
{
    QJsonArray list;
    for (const StatusRow &r : rows) {
        const IndicatorAssessment &a = r.assessment;
        QJsonObject o{{fieldKey(IndicatorField::Code), r.indicator.code},
                      {fieldKey(IndicatorField::Name), r.indicator.name},
                      {fieldKey(IndicatorField::Unit), r.indicator.unit},
                      {fieldKey(IndicatorField::Kind), toKey(r.indicator.kind)},
                      {QStringLiteral("status"), toKey(a.status)},
                      {QStringLiteral("expectedAsOf"), number(r.expectedAsOf)},
                      {QStringLiteral("ratio"), number(a.ratio)}};
        if (a.latest)
            o.insert(QStringLiteral("latest"), QJsonObject{{QStringLiteral("value"), a.latest->value},
                                                           {QStringLiteral("period"), a.latest->period.key()},
                                                           {QStringLiteral("estimate"), a.latestIsEstimate}});
        else
            o.insert(QStringLiteral("latest"), QJsonValue());
        if (r.indicator.scope == Scope::Localities)
            o.insert(fieldKey(IndicatorField::Localities),
                     QJsonObject{{QStringLiteral("total"), a.localitiesTotal},
                                 {QStringLiteral("reached"), a.localitiesReached}});
        QJsonArray targets;
        for (const TargetProgress &t : a.targets) {
            if (t.target.localityId != 0)
                continue;
            targets.append(QJsonObject{{QStringLiteral("year"), t.target.year},
                                       {QStringLiteral("comparison"), comparisonSymbol(t.target.comparison)},
                                       {QStringLiteral("value"), t.target.value},
                                       {QStringLiteral("met"), t.met},
                                       {QStringLiteral("changePerYear"), number(t.changePerYear)}});
        }
        o.insert(fieldKey(IndicatorField::Targets), targets);
        QJsonArray forecast;
        for (const MilestoneForecast &f : a.milestoneForecasts)
            forecast.append(QJsonObject{{QStringLiteral("year"), f.year},
                                        {QStringLiteral("value"), f.value},
                                        {QStringLiteral("onCourse"), f.onCourse}});
        o.insert(QStringLiteral("forecast"), forecast);
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("asOf"), asOf.toString(Qt::ISODate)}, {json::indicators(), list}};
}

QString StatusReport::toText(const QList<StatusRow> &rows, const QDate &asOf)
{
    const QLocale locale;
    QString out = tr("Status of the indicators as of %1").arg(locale.toString(asOf, QLocale::ShortFormat));
    out += QLatin1Char('\n');
    for (const StatusRow &r : rows) {
        const IndicatorAssessment &a = r.assessment;
        out += QStringLiteral("\n%1  %2\n").arg(r.indicator.code, r.indicator.name);
        out += QStringLiteral("  ") + tr("Status: %1").arg(statusName(a.status)) + QLatin1Char('\n');
        if (a.latest) {
            QString latest = tr("Latest value: %1 %2 (%3)")
                                 .arg(fmt(a.latest->value), r.indicator.unit, a.latest->period.key());
            if (a.latestIsEstimate)
                latest += QStringLiteral(", ") + tr("estimate");
            out += QStringLiteral("  ") + latest + QLatin1Char('\n');
        } else {
            out += QStringLiteral("  ") + tr("Latest value: none recorded") + QLatin1Char('\n');
        }
        if (r.indicator.scope == Scope::Localities && a.localitiesTotal > 0)
            out += QStringLiteral("  ") +
                   tr("Localities that reached the target: %1 of %2")
                       .arg(a.localitiesReached)
                       .arg(a.localitiesTotal) +
                   QLatin1Char('\n');
        if (r.expectedAsOf)
            out += QStringLiteral("  ") +
                   tr("Expected on %1: %2 %3")
                       .arg(locale.toString(asOf, QLocale::ShortFormat), fmt(*r.expectedAsOf),
                            r.indicator.unit) +
                   QLatin1Char('\n');
        for (const TargetProgress &t : a.targets)
            if (t.target.localityId == 0)
                out += QStringLiteral("  ") + targetVerdict(r.indicator, t, asOf) + QLatin1Char('\n');
        for (const MilestoneForecast &f : a.milestoneForecasts)
            if (!targetYearPassed(f.year, asOf)) // a passed milestone is judged, not forecast
                out += QStringLiteral("  ") +
                       (f.onCourse ? tr("On course for %1 (trend gives %2)")
                                   : tr("Not on course for %1 (trend gives %2)"))
                           .arg(f.year)
                           .arg(fmt(f.value)) +
                       QLatin1Char('\n');
        if (!a.trend && r.indicator.scope == Scope::Plan && !a.targets.isEmpty())
            out += QStringLiteral("  ") + tr("Forecast: needs at least 3 values") + QLatin1Char('\n');
    }
    return out;
}

} // namespace dx
