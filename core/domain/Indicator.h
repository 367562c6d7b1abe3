// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a measurable target of a plan (an indicator with its kind, direction, baseline, targets and
// scope).
#include "Enums.h"
#include "Ids.h"
#include "Target.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace dx {

struct Indicator
{
    Id id = 0;
    int sortOrder = 0;
    QString code; ///< e.g. "KTS-01"; the prefix before '-' is the pillar
    QString name;
    QString nameEn;
    QString unit; ///< e.g. "%", "doanh nghiệp"
    QString unitEn;
    IndicatorKind kind = IndicatorKind::Share;
    Direction direction = Direction::Increase;
    QString baselinePeriod; ///< period key, empty when none
    std::optional<double> baselineValue;
    Scope scope = Scope::Plan;
    QList<Id> localityIds; ///< when scope is Localities
    Id ownerAgencyId = 0;
    QString dataSource;
    QStringList stageNames; ///< Stage kind: names of stages 1..n (0 is "not started")
    int rankOutOf = 0;      ///< Rank kind: number of ranked units (e.g. 63), 0 if unknown
    QString notes;
    QList<Target> targets; ///< ascending by year
    QList<Id> groupIds;    ///< linked task groups

    /// The pillar: the code up to the first '-', e.g. "KTS" for "KTS-01".
    QString pillar() const
    {
        const int dash = code.indexOf(QLatin1Char('-'));
        return dash > 0 ? code.left(dash) : code;
    }
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
