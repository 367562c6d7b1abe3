// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: how many indicators are achieved / on track / at risk / off track / without data, per
// pillar and for the whole plan (the summary table of a progress report).
#include "IndicatorAssessment.h"
#include "IndicatorStatus.h"
#include "domain/Indicator.h"

#include <QList>
#include <QString>

namespace dx {

/// Number of indicators in each status.
struct StatusCounts
{
    int achieved = 0; ///< targets met: the latest value meets the next milestone
    int onTrack = 0;
    int atRisk = 0;
    int offTrack = 0;
    int noData = 0;

    void add(IndicatorStatus status);
    int count(IndicatorStatus status) const;
    int total() const { return achieved + onTrack + atRisk + offTrack + noData; }

    friend bool operator==(const StatusCounts &a, const StatusCounts &b)
    {
        return a.achieved == b.achieved && a.onTrack == b.onTrack && a.atRisk == b.atRisk &&
               a.offTrack == b.offTrack && a.noData == b.noData;
    }
};

/// The counts of one pillar (Indicator::pillar(), e.g. "KTS").
struct PillarStatusCounts
{
    QString pillar;
    StatusCounts counts;
};

/// Counts per pillar and overall.
struct IndicatorRollUp
{
    StatusCounts overall;
    QList<PillarStatusCounts> pillars; ///< in order of first appearance in the indicator list
};

/**
 * Rolls up @p assessments by the pillar of their indicator.
 *
 * Only indicators with at least one target count: an indicator kept for monitoring (no target) is
 * not one of the plan's targets. Each such indicator of @p indicators is counted once, with the status of the
 * assessment whose indicatorId matches its id; an indicator without an assessment counts as NoData, an
 * assessment without an indicator is ignored. Pillars keep the order of @p indicators (pass them sorted).
 */
IndicatorRollUp rollUpIndicators(const QList<Indicator> &indicators,
                                 const QList<IndicatorAssessment> &assessments);

} // namespace dx
