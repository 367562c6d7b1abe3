// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the closed vocabularies of the domain and their stable storage keys.
// Keys are written to plan files and JSON exports: never rename one without a migration.
#include <QString>
#include <optional>

namespace dx {

/// What an indicator measures; decides which values are valid and how progress is judged.
enum class IndicatorKind
{
    Share,      ///< a percentage 0-100
    Count,      ///< a non-negative count (enterprises, smart urban areas)
    YearlyRate, ///< a rate every single year must meet (growth %/year)
    Rank,       ///< a position, 1 is best, lower is better
    Stage       ///< per-locality milestone stage (0 = none, 1.. = named stages)
};

/// Which way is better.
enum class Direction
{
    Increase,
    Decrease
};

/// How an actual value is compared with a target value.
enum class Comparison
{
    AtLeast,
    Above,
    AtMost,
    Equal
};

/// Where an indicator is measured: the whole plan area, or each listed locality.
enum class Scope
{
    Plan,
    Localities
};

/// The status a planner records for a task. Lateness is derived, never stored (see TaskState).
enum class TaskStatus
{
    NotStarted,
    InProgress,
    Done
};

/// Kinds of places.
enum class LocalityKind
{
    Province,
    City,
    Town,
    District,
    Commune,
    Other
};

QString toKey(IndicatorKind v);
QString toKey(Direction v);
QString toKey(Comparison v);
QString toKey(Scope v);
QString toKey(TaskStatus v);
QString toKey(LocalityKind v);

/// Parsers from storage keys; std::nullopt for an unknown key.
std::optional<IndicatorKind> indicatorKindFromKey(const QString &key);
std::optional<Direction> directionFromKey(const QString &key);
std::optional<Comparison> comparisonFromKey(const QString &key);
std::optional<Scope> scopeFromKey(const QString &key);
std::optional<TaskStatus> taskStatusFromKey(const QString &key);
std::optional<LocalityKind> localityKindFromKey(const QString &key);

/// The mathematical sign of a comparison (">=", ">", "<=", "=").
QString comparisonSymbol(Comparison c);
std::optional<Comparison> comparisonFromSymbol(const QString &symbol);

/// True when @p actual satisfies "actual <comparison> target".
bool compareMeets(Comparison c, double actual, double target);

} // namespace dx
