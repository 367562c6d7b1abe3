// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the figures a meeting report used, frozen when it is issued (PlanStore::issueReport) and
// compared with the plan as it is now for the next report's "since the last report" (ReportComparison).
// Made by one function for both sides (IssuedSnapshot::of), so an old and a new figure are always worked out
// the same way; kept in the plan as JSON (docs/plan-file.md "Issued reports").
#include "analysis/IndicatorStatus.h"
#include "analysis/TaskState.h"
#include "domain/Enums.h"
#include "domain/Ids.h"
#include "domain/IssuedReport.h"
#include "domain/Period.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace dx {

class PlanStore;
struct ReportContent;

/// One recorded value of the plan area (locality 0).
struct SnapshotValue
{
    QString period; ///< period key
    double value = 0.0;
    bool estimate = false;
    friend bool operator==(const SnapshotValue &a, const SnapshotValue &b)
    {
        return a.period == b.period && a.value == b.value && a.estimate == b.estimate;
    }
};

/// The values of the localities for one period: how many, and a digest of them (SHA-1 of the sorted
/// locality/value/estimate triples), so a revision is seen without keeping every locality's value.
struct SnapshotLocalityValues
{
    int count = 0;
    QByteArray digest; ///< hex
};

struct SnapshotIndicator
{
    Id id = 0;
    QString code;
    QString name;
    QString nameEn;
    bool localities = false;                          ///< Localities scope
    IndicatorStatus status = IndicatorStatus::NoData; ///< the judgement on the cut-off
    int milestoneYear = 0;                            ///< the target judged against (0: none)
    std::optional<double> periodValue; ///< plan scope: the value the report used for its period
    bool periodEstimate = false;
    int localitiesReached = 0; ///< Localities scope: on the cut-off
    int localitiesTotal = 0;
    QList<SnapshotValue> values;                          ///< plan area, by period
    QMap<QString, SnapshotLocalityValues> localityValues; ///< by period key
};

struct SnapshotTask
{
    Id id = 0;
    QString title;
    TaskStatus status = TaskStatus::NotStarted;
    int percent = 0;
    QDate deadline;
    QDate completionDate;
    TaskState state = TaskState::NotStarted; ///< on the cut-off
    int daysOverdue = 0;                     ///< on the cut-off
};

struct IssuedSnapshot
{
    static constexpr int kFormat = 1; ///< the JSON's "format"; a higher one is not read
    Period period = Period::year(2000);
    QDate asOf;
    QString reference; ///< the report's number as printed ("15/BC-STTTT"), for "since report No. ..."
    QList<SnapshotIndicator> indicators; ///< in the plan's order
    QList<SnapshotTask> tasks;           ///< in the plan's order

    /// The figures of @p store's plan for @p period on @p asOf, as the report computes them.
    static IssuedSnapshot of(const PlanStore &store, const Period &period, const QDate &asOf);
    QByteArray toJson() const;
    /// nullopt for text that is not a snapshot or of a newer format.
    static std::optional<IssuedSnapshot> fromJson(const QByteArray &json);

    const SnapshotIndicator *indicator(Id id) const;
    const SnapshotTask *task(Id id) const;
};

/// What PlanStore::issueReport() keeps of @p content, a report built from @p store: its number, date,
/// period, cut-off, format, language and the figures it used (IssuedSnapshot::of, with the printed number).
IssuedReport issuedRecord(const ReportContent &content, const PlanStore &store);

} // namespace dx
