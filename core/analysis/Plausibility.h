// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: warnings, never refusals, for data that is allowed but unlikely: a status that contradicts the
// percent done, a completion date after the "as of" date, a value that jumps by more than a set share since
// the previous period. Shown in the rows and in the "check the data" list the planner works through.
#include "domain/Indicator.h"
#include "domain/Measurement.h"
#include "domain/Task.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace dx {

struct PlausibilityWarning
{
    enum class Kind
    {
        StatusVsPercent,     ///< "not started" with work done, "done" below 100 %...
        CompletionVsStatus,  ///< a completion date on a task that is not done
        CompletionAfterAsOf, ///< completed after the date the plan is judged at
        ValueJump            ///< a value changed by more than the set share since the previous period
    };
    Kind kind = Kind::StatusVsPercent;
    Id taskId = 0;      ///< for task warnings
    Id indicatorId = 0; ///< for value warnings
    Id localityId = 0;
    QString period;  ///< the period of the value warned about
    QString message; ///< one sentence in the user's language
};

class Plausibility
{
    Q_DECLARE_TR_FUNCTIONS(Plausibility)
public:
    /// A value jumping by more than this share of the previous one is worth a look (0.5: by half).
    static constexpr double kDefaultJumpShare = 0.5;

    /// The warnings of one task on @p asOf.
    static QList<PlausibilityWarning> task(const Task &t, const QDate &asOf);
    /// The warnings of one indicator's values (any order): each value against the previous period of the
    /// same length and locality. Ranks and stages move in steps and are left alone.
    static QList<PlausibilityWarning> values(const Indicator &indicator, const QList<Measurement> &values,
                                             double jumpShare = kDefaultJumpShare);
};

} // namespace dx
