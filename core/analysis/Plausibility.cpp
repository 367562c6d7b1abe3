// SPDX-License-Identifier: GPL-3.0-or-later
#include "Plausibility.h"

#include "domain/Period.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace dx {

QList<PlausibilityWarning> Plausibility::task(const Task &t, const QDate &asOf)
{
    QList<PlausibilityWarning> out;
    const auto warn = [&](PlausibilityWarning::Kind kind, const QString &message) {
        PlausibilityWarning w;
        w.kind = kind;
        w.taskId = t.id;
        w.message = message;
        out << w;
    };
    using K = PlausibilityWarning::Kind;
    if (t.status == TaskStatus::NotStarted && t.percentComplete > 0)
        warn(K::StatusVsPercent, tr("Not started, but %1% is done.").arg(t.percentComplete));
    else if (t.status == TaskStatus::Done && t.percentComplete < 100)
        warn(K::StatusVsPercent, tr("Marked done at %1%.").arg(t.percentComplete));
    else if (t.status == TaskStatus::InProgress && t.percentComplete == 100)
        warn(K::StatusVsPercent, tr("100% done but still in progress."));
    if (t.completionDate.isValid() && t.status != TaskStatus::Done)
        warn(K::CompletionVsStatus, tr("Has a completion date (%1) but is not done.")
                                        .arg(QLocale().toString(t.completionDate, QLocale::ShortFormat)));
    if (t.completionDate.isValid() && asOf.isValid() && t.completionDate > asOf)
        warn(K::CompletionAfterAsOf, tr("Completed on %1, after the \"as of\" date %2.")
                                         .arg(QLocale().toString(t.completionDate, QLocale::ShortFormat),
                                              QLocale().toString(asOf, QLocale::ShortFormat)));
    return out;
}

QList<PlausibilityWarning> Plausibility::values(const Indicator &indicator, const QList<Measurement> &values,
                                                double jumpShare)
{
    QList<PlausibilityWarning> out;
    if (indicator.kind == IndicatorKind::Rank || indicator.kind == IndicatorKind::Stage)
        return out;
    // By locality and period length, in time order: one pass after one sort, so linear in the values
    // apart from the sort.
    struct Point
    {
        Period period;
        const Measurement *value;
    };
    QHash<QString, QList<Point>> series;
    for (const Measurement &m : values) {
        const auto p = Period::parse(m.period);
        if (!p)
            continue;
        series[QStringLiteral("%1/%2").arg(m.localityId).arg(int(p->kind()))].append({*p, &m});
    }
    const QLocale locale;
    for (auto it = series.begin(); it != series.end(); ++it) {
        QList<Point> &points = *it;
        std::sort(points.begin(), points.end(),
                  [](const Point &a, const Point &b) { return a.period < b.period; });
        for (int i = 1; i < points.size(); ++i) {
            const double before = points[i - 1].value->value, now = points[i].value->value;
            if (before == 0.0 || !std::isfinite(before) || !std::isfinite(now))
                continue;
            const double change = (now - before) / std::abs(before);
            if (std::abs(change) <= jumpShare)
                continue;
            PlausibilityWarning w;
            w.kind = PlausibilityWarning::Kind::ValueJump;
            w.indicatorId = indicator.id;
            w.localityId = points[i].value->localityId;
            w.period = points[i].period.key();
            w.message =
                (change < 0 ? tr("%1 %2: fell from %3 (%4) to %5, by %6%.")
                            : tr("%1 %2: rose from %3 (%4) to %5, by %6%."))
                    .arg(indicator.code, w.period, locale.toString(before), points[i - 1].period.key(),
                         locale.toString(now), locale.toString(std::round(std::abs(change) * 100)));
            out << w;
        }
    }
    std::sort(out.begin(), out.end(), [](const PlausibilityWarning &a, const PlausibilityWarning &b) {
        return std::make_pair(a.localityId, a.period) < std::make_pair(b.localityId, b.period);
    });
    return out;
}

} // namespace dx
