// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the status of every indicator on an "as of" date, as rows a person or a program reads: the
// content of `dxplanner status` (text or JSON) and of the report's targets table. Computed here in
// core from the analysis layer; the command line and the user interface only format it.
#include "Vocabulary.h"
#include "analysis/IndicatorAssessment.h"
#include "domain/Indicator.h"
#include "domain/Measurement.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace dx {

class PlanStore;

/// One indicator's line in the status report.
struct StatusRow
{
    Indicator indicator;
    IndicatorAssessment assessment;
    /// The value expected on the as-of date itself, on the path baseline -> targets (plan scope).
    std::optional<double> expectedAsOf;
};

class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)
public:
    /// Each indicator's row, judged by assessIndicators() on its own values (@p byIndicator).
    static QList<StatusRow> rows(const QList<Indicator> &indicators,
                                 const MeasurementsByIndicator &byIndicator, const QDate &asOf);
    /// The same rows for @p store's plan, its values read indicator by indicator (the store lists them
    /// in indicator order), so only one indicator's values are in memory at a time (`dxplanner status`).
    static QList<StatusRow> rows(const PlanStore &store, const QDate &asOf);

    /// Status in words, in @p words' language (by default the user's): "On track", "Đúng tiến độ"...
    static QString statusName(IndicatorStatus status, const Vocabulary &words = Vocabulary());

    /// A target's level in words: "≥ 20", or the stage's name for a Stage indicator.
    static QString targetLevel(const Indicator &indicator, const Target &target);

    /**
     * One target's verdict on @p asOf, the one wording the window, the dashboard and `status` use:
     * - a target whose year has ended is judged once: "2025: not met, 17.5 against ≥ 20" / "2025: met, ...";
     * - a target still ahead: "2030: not yet met, 86 against ≥ 100 (needs +3.5 a year)" / "already met";
     * - without a value to judge, only the target: "2030: target ≥ 100" (no "not met" for no data);
     * - yearly rates count the years met, Localities scope the localities that met it.
     */
    static QString targetVerdict(const Indicator &indicator, const TargetProgress &progress,
                                 const QDate &asOf);
    /// Whether @p year's target is behind @p asOf (the year has ended): judged once, no longer tracked.
    static bool targetYearPassed(int year, const QDate &asOf);

    /// Machine-readable: {"asOf": ..., indicators: [{code, name, unit, kind, latest: {value, period,
    /// estimate}, expectedAsOf, status, targets: [{year, comparison, value, met, changePerYear}],
    /// forecast: [{year, value, onCourse}]}]}. Keys and status keys are stable.
    static QJsonObject toJson(const QList<StatusRow> &rows, const QDate &asOf);

    /// Human-readable, in the user's language and number format, one block per indicator.
    static QString toText(const QList<StatusRow> &rows, const QDate &asOf);
};

} // namespace dx
