// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: which of an indicator's targets apply to a place, and which one is "the next milestone"
// on a given date. Every status, path and forecast chooses its targets through these functions.
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Target.h"

#include <QDate>
#include <QList>
#include <optional>

namespace dx {

/// The x of a target "by year Y": the end of year Y as a fractional year (Y + 1.0), the same x at
/// which the value recorded for year Y is plotted.
double targetYearEnd(int year);

/**
 * The targets of @p indicator that apply to the plan area (@p localityId 0) or to one locality, one
 * per year, ascending by year.
 *
 * For the plan area: targets with localityId 0. For a locality: a target naming that locality
 * replaces the general target (localityId 0, "each locality in scope") of the same year.
 * Targets with a year <= 0 are ignored.
 */
QList<Target> applicableTargets(const Indicator &indicator, Id localityId);

/**
 * The milestone that a status on @p asOf refers to: the first target whose year has not ended on
 * @p asOf (31 December of its year >= @p asOf); once every target year is over, the last target.
 * @p targets must be ascending by year (as applicableTargets() returns them); std::nullopt when empty.
 * An invalid @p asOf selects the first target.
 */
std::optional<Target> nextMilestone(const QList<Target> &targets, const QDate &asOf);

/**
 * The target in force for the value of @p year: the first target whose year is >= @p year, else the
 * last one. This is the bar a yearly rate of that year must clear (2023 under "8 %/year by 2025",
 * 2027 under "10 %/year by 2030"). std::nullopt when @p targets is empty.
 */
std::optional<Target> targetInForce(const QList<Target> &targets, int year);

/// The localities an indicator is judged in: its localityIds without duplicates or 0, in their order;
/// empty for a Plan-scope indicator.
QList<Id> localitiesInScope(const Indicator &indicator);

/// The target of @p targets that comes before @p target (by year); std::nullopt for the first.
std::optional<Target> previousTarget(const QList<Target> &targets, const Target &target);

} // namespace dx
