// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the parts of a plan that collection reads, taken once: who reports what, and each row's version.
#include "CollectRow.h"
#include "CollectUnit.h"
#include "domain/Agency.h"
#include "domain/Indicator.h"
#include "domain/Locality.h"
#include "domain/Measurement.h"
#include "domain/Plan.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <optional>

namespace dx {

class PlanStore;

/**
 * A plan read once for making workbooks and for checking returned ones: the units that report and,
 * for each, the rows they fill (docs/collecting-data.md).
 *
 * An agency reports the indicators it owns (one row per locality in scope, or one for the plan area)
 * and the tasks it leads or cooperates on. A locality reports the indicators whose scope lists it and
 * the tasks led or co-run by an agency of that locality (its people's committee).
 */
class CollectSnapshot
{
public:
    static CollectSnapshot read(const PlanStore &store);

    Plan plan;
    QList<Agency> agencies;
    QList<Locality> localities;
    QList<Indicator> indicators;
    QList<Task> tasks;
    QList<TaskGroup> groups;
    QMap<QString, QString> settings;

    /// What identifies the plan in a workbook's keys: its code and place.
    QString planIdentity() const;
    /// Every unit with at least one row, agencies or localities, in the plan's order.
    QList<CollectUnit> units(CollectUnit::Kind kind) const;
    /// The rows @p unit fills (sheetRow not set).
    QList<CollectRow> rows(const CollectUnit &unit) const;

    const Indicator *indicator(Id id) const;
    const Task *task(Id id) const;
    QString agencyName(Id id) const;
    QString localityName(Id id) const;
    QString groupTitle(Id id) const;
    /// The value recorded for (indicator, locality, period), if any.
    std::optional<Measurement> value(Id indicatorId, Id localityId, const QString &period) const;
    /// The latest value of (indicator, locality) by period, if any.
    std::optional<Measurement> latest(Id indicatorId, Id localityId) const;

    /// A short fingerprint of the value at a key ("" when there is none): changes with any edit to it.
    static QString valueVersion(const std::optional<Measurement> &m);
    /// A short fingerprint of what a task's return can change (status, percent, dates, output, notes).
    static QString taskVersion(const Task &t);
    static QString valueKey(Id indicatorId, Id localityId, const QString &period);

private:
    /// (indicator, locality, period): a key without building a string for each of the plan's values.
    struct Cell
    {
        Id indicatorId;
        Id localityId;
        QString period;
        bool operator==(const Cell &o) const
        {
            return indicatorId == o.indicatorId && localityId == o.localityId && period == o.period;
        }
        friend size_t qHash(const Cell &c, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, c.indicatorId, c.localityId, c.period);
        }
    };
    QHash<Id, int> m_indicatorIndex, m_taskIndex;
    /// Every value of the plan once; the two indexes below point into it (a plan holds 150,000 and more,
    /// and copies of them in two hashes cost a third of reading a snapshot).
    QList<Measurement> m_measurements;
    QHash<Cell, qsizetype> m_values;
    QHash<QPair<Id, Id>, qsizetype> m_latest; ///< by (indicator, locality)
};

} // namespace dx
