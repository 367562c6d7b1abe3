// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the follow-up list of the dashboard: which indicator values are missing, and from whom (the
// indicator's owner agency for a plan-wide figure, the locality for a per-locality one), on a date.
#include "IndicatorAssessment.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dx {

/// One figure to ask for: an indicator (for one locality, or the plan area) with no recent value.
struct FollowUpItem
{
    Id indicatorId = 0;
    Id localityId = 0;  ///< 0: the plan area as a whole (ask the owner agency)
    Id agencyId = 0;    ///< the indicator's owner agency (0: none set)
    QString lastPeriod; ///< the period key of the latest value known on the date; empty: no value at all
};

/**
 * The figures missing on @p asOf, in the order of @p indicators (and of each indicator's localities).
 *
 * A figure is missing when it has no value for a period that ended within the year before @p asOf, or
 * later (a running period's estimate counts): as of 02/12/2026 a 2025 value is recent, a 2024 value is
 * not. A plan-scope indicator is asked of its owner agency; a Localities-scope indicator of each of its
 * localities separately. Monitoring indicators (no target) are included: their values are still due.
 * Values are those known on @p asOf (indicatorSeries()). Linear in the values: each indicator's own list
 * from @p byIndicator is read once per locality split (valuesByLocality()).
 */
QList<FollowUpItem> dataFollowUp(const QList<Indicator> &indicators,
                                 const MeasurementsByIndicator &byIndicator, const QDate &asOf);

/// The first day a value's period may have ended for it to count as recent on @p asOf.
QDate followUpCutOff(const QDate &asOf);

} // namespace dx
