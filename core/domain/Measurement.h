// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one recorded value of an indicator for a period and (optionally) a locality.
#include "Ids.h"

#include <QDateTime>
#include <QString>

namespace dx {

struct Measurement
{
    Id id = 0;
    Id indicatorId = 0;
    Id localityId = 0; ///< 0: the plan area as a whole
    QString period;    ///< period key ("2023", "2023-H1", "2023-Q3")
    double value = 0.0;
    bool estimate = false; ///< true: ước tính (estimate); false: chính thức (official)
    QString source;
    QString note;
    QString recordedBy;
    QDateTime recordedAt; ///< UTC
    // Provenance of a collected or pasted value (empty when typed in): the file it came from, the unit
    // that sent it, the day it was received, who imported it. The "{}" initialisers let the aggregate
    // initialisations written before these fields ({id, indicator, ..., recordedAt}) stay warning-free.
    QString sourceFile{};
    QString sourceUnit{};
    QDate receivedAt{};
    QString importedBy{};
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
    /// A version that says "this cell was empty when I read it": storing the value is then refused when
    /// someone else recorded a value for the same cell meanwhile.
    static constexpr qint64 kEmpty = -1;
};

} // namespace dx
