// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what changed since the last issued report: the figures frozen in its snapshot against the same
// figures worked out now (IssuedSnapshot::of) - tasks completed, tasks newly overdue, deadlines moved,
// values added, revised or removed, and targets whose judgement changed. The report's appendix "Những thay
// đổi kể từ báo cáo trước" (Biểu 03), its Biểu 01 column "Kỳ trước", `dxplanner report --since-last` and
// the window's "Compare with now" all read it.
#include "IssuedSnapshot.h"
#include "ReportContent.h"
#include "domain/IssuedReport.h"

#include <QList>
#include <optional>

namespace dx {

class PlanStore;

struct ReportComparison
{
    struct TaskChange
    {
        Id id = 0;
        QString title;
        TaskState before = TaskState::NotStarted; ///< on the last report's cut-off (NotStarted: not there)
        bool known = false;                       ///< the task was in the last report
        TaskState now = TaskState::NotStarted;
        QDate completionDate; ///< completed: when
        int daysOverdue = 0;  ///< newly overdue: by how many days on the new cut-off
    };
    struct DeadlineMove
    {
        Id id = 0;
        QString title;
        QDate from, to; ///< an invalid date: no deadline ("Thường xuyên")
    };
    struct ValueChange
    {
        enum class Kind
        {
            Added,
            Revised,
            Removed,
            Localities ///< the localities' values of the period changed (count from -> to)
        };
        Kind kind = Kind::Added;
        Id indicatorId = 0;
        QString code;
        QString period;
        std::optional<double> from, to;
        bool fromEstimate = false, toEstimate = false;
        int fromCount = 0, toCount = 0; ///< Localities
    };
    struct JudgementChange
    {
        Id indicatorId = 0;
        QString code;
        QString name, nameEn;
        IndicatorStatus from = IndicatorStatus::NoData, to = IndicatorStatus::NoData;
        int fromYear = 0, toYear = 0; ///< the milestone judged against
    };

    QList<TaskChange> completed;    ///< in the plan's task order
    QList<TaskChange> newlyOverdue; ///< in the plan's task order
    QList<DeadlineMove> deadlinesMoved;
    QList<ValueChange> values; ///< by indicator (plan order), then period
    QList<JudgementChange> judgements;

    bool isEmpty() const
    {
        return completed.isEmpty() && newlyOverdue.isEmpty() && deadlinesMoved.isEmpty() &&
               values.isEmpty() && judgements.isEmpty();
    }

    /// What differs between @p before (the last issued report's figures) and @p now.
    static ReportComparison compare(const IssuedSnapshot &before, const IssuedSnapshot &now);

    /// The appendix table in @p t's language: a heading row per kind of change that has any, then one row
    /// each (No., what, in the last report, now); "No change." when there is none. @p last: the report
    /// compared with (its number and date in the subtitle).
    static ReportTable table(const ReportComparison &changes, const IssuedReport &last,
                             const IssuedSnapshot &lastFigures, const ReportText &t);

    /// "Kỳ trước" of Biểu 01 for an indicator: the value the last report used for its period
    /// ("17,5 (ước tính)", "3/12 địa phương"), "-" when it had none.
    static QString previousCell(const SnapshotIndicator *indicator, const ReportText &t);

    /// Adds to @p content (built for @p store) the comparison with the last issued report: the column "Kỳ
    /// trước" in Biểu 01 and the appendix. Without an issued report, a warning says so and nothing is added.
    static void addTo(ReportContent &content, const PlanStore &store);
};

} // namespace dx
