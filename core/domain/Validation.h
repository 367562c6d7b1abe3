// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the domain's validation rules, one place for every entry path (editors, import, command line).
// The database CHECK constraints and triggers mirror these rules as a backstop.
#include "Agency.h"
#include "Indicator.h"
#include "Locality.h"
#include "Measurement.h"
#include "Person.h"
#include "Plan.h"
#include "Task.h"
#include "TaskGroup.h"

#include <QCoreApplication>
#include <QString>

namespace dx {

/// Each function returns an empty string when the value is valid, else one translated sentence saying
/// why not, fit to show the user as it is.
class Validation
{
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    /// Longest name, title, code, unit, source or other one-line text (characters). Long enough for any
    /// official title; short enough that every window, table and report lays it out at once.
    static constexpr qsizetype kMaxLineLength = 2000;
    /// Longest note, summary or description (characters).
    static constexpr qsizetype kMaxTextLength = 20000;
    /// Empty when @p value has at most @p max characters, else a sentence naming the field @p what.
    static QString length(const QString &value, qsizetype max, const QString &what);

    static QString plan(const Plan &p);
    static QString group(const TaskGroup &g);
    static QString task(const Task &t);
    static QString agency(const Agency &a);
    static QString person(const Person &p);
    static QString locality(const Locality &l);
    static QString indicator(const Indicator &i);
    /// A value for an indicator of @p kind: shares 0-100, ranks >= 1, counts and stages >= 0.
    static QString value(IndicatorKind kind, double value);
    static QString measurement(const Measurement &m, IndicatorKind kind);

    /// Translates a constraint name or trigger message raised by the database into a sentence.
    static QString fromDatabaseError(const QString &databaseText);
};

} // namespace dx
