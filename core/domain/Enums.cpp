// SPDX-License-Identifier: GPL-3.0-or-later
#include "Enums.h"

#include <array>
#include <cmath>
#include <utility>

namespace dx {
namespace {

template <typename E, std::size_t N>
QString keyOf(const std::array<std::pair<E, const char *>, N> &table, E v)
{
    for (const auto &[e, k] : table)
        if (e == v)
            return QString::fromLatin1(k);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromKey(const std::array<std::pair<E, const char *>, N> &table, const QString &key)
{
    for (const auto &[e, k] : table)
        if (key == QLatin1String(k))
            return e;
    return std::nullopt;
}

constexpr std::array<std::pair<IndicatorKind, const char *>, 5> kKinds{
    {{IndicatorKind::Share, "share"},
     {IndicatorKind::Count, "count"},
     {IndicatorKind::YearlyRate, "yearly_rate"},
     {IndicatorKind::Rank, "rank"},
     {IndicatorKind::Stage, "stage"}}};
constexpr std::array<std::pair<Direction, const char *>, 2> kDirections{
    {{Direction::Increase, "increase"}, {Direction::Decrease, "decrease"}}};
constexpr std::array<std::pair<Comparison, const char *>, 4> kComparisons{{{Comparison::AtLeast, "at_least"},
                                                                           {Comparison::Above, "above"},
                                                                           {Comparison::AtMost, "at_most"},
                                                                           {Comparison::Equal, "equal"}}};
constexpr std::array<std::pair<Comparison, const char *>, 4> kSymbols{{{Comparison::AtLeast, ">="},
                                                                       {Comparison::Above, ">"},
                                                                       {Comparison::AtMost, "<="},
                                                                       {Comparison::Equal, "="}}};
constexpr std::array<std::pair<Scope, const char *>, 2> kScopes{
    {{Scope::Plan, "plan"}, {Scope::Localities, "localities"}}};
constexpr std::array<std::pair<TaskStatus, const char *>, 3> kStatuses{
    {{TaskStatus::NotStarted, "not_started"},
     {TaskStatus::InProgress, "in_progress"},
     {TaskStatus::Done, "done"}}};
constexpr std::array<std::pair<LocalityKind, const char *>, 6> kLocalityKinds{
    {{LocalityKind::Province, "province"},
     {LocalityKind::City, "city"},
     {LocalityKind::Town, "town"},
     {LocalityKind::District, "district"},
     {LocalityKind::Commune, "commune"},
     {LocalityKind::Other, "other"}}};
} // namespace

QString toKey(IndicatorKind v)
{
    return keyOf(kKinds, v);
}
QString toKey(Direction v)
{
    return keyOf(kDirections, v);
}
QString toKey(Comparison v)
{
    return keyOf(kComparisons, v);
}
QString toKey(Scope v)
{
    return keyOf(kScopes, v);
}
QString toKey(TaskStatus v)
{
    return keyOf(kStatuses, v);
}
QString toKey(LocalityKind v)
{
    return keyOf(kLocalityKinds, v);
}

std::optional<IndicatorKind> indicatorKindFromKey(const QString &key)
{
    return fromKey(kKinds, key);
}
std::optional<Direction> directionFromKey(const QString &key)
{
    return fromKey(kDirections, key);
}
std::optional<Comparison> comparisonFromKey(const QString &key)
{
    return fromKey(kComparisons, key);
}
std::optional<Scope> scopeFromKey(const QString &key)
{
    return fromKey(kScopes, key);
}
std::optional<TaskStatus> taskStatusFromKey(const QString &key)
{
    return fromKey(kStatuses, key);
}
std::optional<LocalityKind> localityKindFromKey(const QString &key)
{
    return fromKey(kLocalityKinds, key);
}

QString comparisonSymbol(Comparison c)
{
    return keyOf(kSymbols, c);
}
std::optional<Comparison> comparisonFromSymbol(const QString &symbol)
{
    return fromKey(kSymbols, symbol);
}

bool compareMeets(Comparison c, double actual, double target)
{
    // Values come from decimal input; treat differences below a millionth as equal.
    constexpr double eps = 1e-9;
    switch (c) {
    case Comparison::AtLeast:
        return actual >= target - eps;
    case Comparison::Above:
        return actual > target + eps;
    case Comparison::AtMost:
        return actual <= target + eps;
    case Comparison::Equal:
        return std::fabs(actual - target) <= eps;
    }
    return false;
}

} // namespace dx
