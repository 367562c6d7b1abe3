// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the keys of the plan JSON document's own structure (docs/template-format.md): the format marker
// and the names of its collections. The keys of each entity's fields come from the field tables
// (domain/Fields.h); these are the keys around them, written once for the exporter and the importer.
#include <QString>

namespace dx::json {

/// The names as JsonReader takes them.
namespace names {
constexpr const char *plan = "plan";
constexpr const char *localities = "localities";
constexpr const char *agencies = "agencies";
constexpr const char *persons = "persons";
constexpr const char *groups = "groups";
constexpr const char *tasks = "tasks";
constexpr const char *subtasks = "subtasks";
constexpr const char *indicators = "indicators";
constexpr const char *measurements = "measurements";
constexpr const char *reportSettings = "reportSettings";
constexpr const char *baseline = "baseline";
} // namespace names

inline QString format()
{
    return QStringLiteral("format");
}
inline QString formatName()
{
    return QStringLiteral("dxplanner-plan");
}
inline QString formatVersion()
{
    return QStringLiteral("formatVersion");
}
inline QString plan()
{
    return QLatin1String(names::plan);
}
inline QString localities()
{
    return QLatin1String(names::localities);
}
inline QString agencies()
{
    return QLatin1String(names::agencies);
}
inline QString persons()
{
    return QLatin1String(names::persons);
}
inline QString groups()
{
    return QLatin1String(names::groups);
}
inline QString tasks()
{
    return QLatin1String(names::tasks);
}
inline QString subtasks()
{
    return QLatin1String(names::subtasks);
}
inline QString indicators()
{
    return QLatin1String(names::indicators);
}
inline QString measurements()
{
    return QLatin1String(names::measurements);
}
inline QString reportSettings()
{
    return QLatin1String(names::reportSettings);
}
inline QString baseline()
{
    return QLatin1String(names::baseline);
}
/// A row's number in the file that wrote it, and the key other rows refer to it by ("A12", "L3").
inline QString id()
{
    return QStringLiteral("id");
}
inline QString key()
{
    return QStringLiteral("key");
}

} // namespace dx::json
