// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one indicator's standing in words, shared by the indicator panel and the dashboard tiles:
// "13 (2022) against ≤ 20 by 2025", "2 of 3 localities reached by 2025", what the trend says.
#include "analysis/IndicatorAssessment.h"
#include "domain/Indicator.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace dx {

class IndicatorSummary
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorSummary)
public:
    /// The latest value against the next milestone target.
    static QString latestAgainstTarget(const Indicator &indicator, const IndicatorAssessment &assessment);
    /// Per target on @p asOf: a passed milestone judged once, one ahead with the change per year still
    /// needed (StatusReport::targetVerdict(), as `status` words it); the trend's verdict on those ahead.
    static QString details(const Indicator &indicator, const IndicatorAssessment &assessment,
                           const QDate &asOf);
};

} // namespace dx
