// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: how task states look to people: their words (the ones planners use, report-format.md 3),
// colours that are never the only signal, and the rule applied when a status is chosen.
#include "analysis/TaskState.h"
#include "domain/Fields.h"
#include "domain/Task.h"

#include <QBrush>
#include <QCoreApplication>

namespace dx {

class PlanDocument;

/// A task whose deadline is this many days away or fewer is "due soon".
constexpr int kDueSoonDays = 14;

class TaskPresentation
{
    Q_DECLARE_TR_FUNCTIONS(TaskPresentation)
public:
    /// "Done on time", "Overdue" ... in the user's language.
    static QString stateName(TaskState state);
    /// The recorded status: "Not started", "In progress", "Done".
    static QString statusName(TaskStatus status);
    /// The state with what matters next: "Overdue (35 days)", "In progress, due in 5 days".
    static QString stateText(const Task &task, const QDate &asOf);
    /// A field's value as people read it, from its change-log text (fieldLogText): names for ids, dates
    /// in the user's locale, status words; "—" for none. Used by the history and the undo texts.
    static QString fieldText(const PlanDocument &document, TaskField field, const QString &logText);
};

inline QString stateText(const Task &task, const QDate &asOf)
{
    return TaskPresentation::stateText(task, asOf);
}

/// Overdue first, then due soon, in progress, not started, done late, done on time.
int stateSortKey(TaskState state);

/// A light background for overdue (red) or due-soon (amber) rows; the text and icon say the same.
QBrush stateBackground(bool overdue);

/// Sets @p status on @p task: Done fills the completion date (the as-of date when none) and 100 %;
/// going back from Done clears the completion date.
void applyStatus(Task &task, TaskStatus status, const QDate &asOf);

} // namespace dx
