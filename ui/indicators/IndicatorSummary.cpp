// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorSummary.h"

#include "models/IndicatorTableModel.h"
#include "report/ChartData.h"
#include "report/StatusReport.h"

#include <QStringList>

namespace dx {

QString IndicatorSummary::latestAgainstTarget(const Indicator &indicator, const IndicatorAssessment &a)
{
    const QString target = a.milestone ? tr("%1 by %2")
                                             .arg(IndicatorTableModel::targetText(indicator, *a.milestone))
                                             .arg(a.milestone->year)
                                       : QString();
    if (!a.milestone) { // a monitoring indicator: its latest value, never "no data ... against no target"
        if (indicator.scope == Scope::Localities || !a.latest)
            return tr("No value yet; no target, followed for information");
        return tr("%1; no target, followed for information")
            .arg(IndicatorTableModel::latestText(indicator, a));
    }
    if (indicator.scope == Scope::Localities)
        return tr("%1 of %2 localities reached %3")
            .arg(a.localitiesReached)
            .arg(a.localitiesTotal)
            .arg(target);
    if (!a.latest)
        return tr("No value yet; target %1").arg(target);
    if (indicator.kind == IndicatorKind::YearlyRate)
        return tr("%1 in %2 (%3 of %4 years met); target %5")
            .arg(ChartText::number(a.latest->value), QString::number(a.latest->period.yearNumber()))
            .arg(a.yearsMet)
            .arg(a.yearsRecorded)
            .arg(target);
    return tr("%1 against %2").arg(IndicatorTableModel::latestText(indicator, a), target);
}

QString IndicatorSummary::details(const Indicator &indicator, const IndicatorAssessment &a, const QDate &asOf)
{
    QStringList parts;
    if (a.expected && indicator.scope == Scope::Plan && indicator.kind != IndicatorKind::YearlyRate)
        parts << tr("Expected by now: %1").arg(ChartText::number(*a.expected));
    for (const TargetProgress &p : a.targets)
        if (p.target.localityId == 0)
            parts << StatusReport::targetVerdict(indicator, p, asOf);
    for (const MilestoneForecast &f : a.milestoneForecasts)
        if (!StatusReport::targetYearPassed(f.year, asOf))
            parts << (f.onCourse ? tr("trend on course for %1").arg(f.year)
                                 : tr("trend short of %1 (%2)").arg(f.year).arg(ChartText::number(f.value)));
    return parts.join(QStringLiteral(" · "));
}

} // namespace dx
