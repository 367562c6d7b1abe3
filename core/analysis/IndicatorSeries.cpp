// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorSeries.h"

#include <QMap>

#include <algorithm>

namespace dx {
namespace {

// True when measurement @p a should replace @p b as the value of their common period.
bool preferred(const Measurement &a, const Measurement &b)
{
    if (a.estimate != b.estimate)
        return !a.estimate;
    if (a.recordedAt != b.recordedAt) {
        // An unknown recording time loses against a known one.
        if (!b.recordedAt.isValid())
            return true;
        if (!a.recordedAt.isValid())
            return false;
        return a.recordedAt > b.recordedAt;
    }
    return a.id > b.id;
}

thread_local quint64 tExamined = 0; // see seriesMeasurementsExamined()

} // namespace

quint64 seriesMeasurementsExamined()
{
    return tExamined;
}

bool isAvailableOn(const Period &period, const QDate &asOf)
{
    if (!asOf.isValid())
        return true;
    return period.startDate() <= asOf;
}

QList<SeriesPoint> indicatorSeries(const QList<Measurement> &measurements, Id indicatorId, Id localityId,
                                   const QDate &asOf)
{
    // The value that counts for each period (key: the normalised period key), pointed to, not copied: a
    // copy of each value (eight strings and dates) was most of this function's cost in a large plan.
    struct Chosen
    {
        const Measurement *value;
        Period period;
    };
    QMap<QString, Chosen> byPeriod;
    tExamined += quint64(measurements.size());
    for (const Measurement &m : measurements) {
        if (m.indicatorId != indicatorId || m.localityId != localityId)
            continue;
        const std::optional<Period> period = Period::parse(m.period);
        if (!period || !isAvailableOn(*period, asOf))
            continue;
        const QString key = period->key();
        const auto it = byPeriod.find(key);
        if (it == byPeriod.end())
            byPeriod.insert(key, {&m, *period});
        else if (preferred(m, *it->value))
            *it = {&m, *period};
    }

    QList<SeriesPoint> series;
    series.reserve(byPeriod.size());
    for (const Chosen &c : std::as_const(byPeriod))
        series.append({c.period, c.period.endAsYear(), c.value->value, c.value->estimate, c.value->id});
    std::sort(series.begin(), series.end(), [](const SeriesPoint &a, const SeriesPoint &b) {
        if (a.x != b.x)
            return a.x < b.x;
        return b.period.startDate() < a.period.startDate(); // later start (shorter period) first
    });
    return series;
}

QHash<Id, QList<Measurement>> valuesByLocality(const QList<Measurement> &measurements, Id indicatorId)
{
    QHash<Id, QList<Measurement>> out;
    tExamined += quint64(measurements.size());
    for (const Measurement &m : measurements)
        if (m.indicatorId == indicatorId && m.localityId != 0)
            out[m.localityId] << m;
    return out;
}

QList<SeriesPoint> yearlyPoints(const QList<SeriesPoint> &series)
{
    QList<SeriesPoint> years;
    for (const SeriesPoint &p : series)
        if (p.period.kind() == Period::Kind::Year)
            years.append(p);
    return years;
}

QList<PathPoint> toPathPoints(const QList<SeriesPoint> &series)
{
    QList<PathPoint> points;
    points.reserve(series.size());
    for (const SeriesPoint &p : series)
        points.append({p.x, p.value});
    return points;
}

} // namespace dx
