// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the keys of the plan JSON document's own structure (docs/template-format.md): the format marker
// and the names of its collections. The keys of each entity's fields come from the field tables
// (domain/Fields.h); these are the keys around them, written once for the exporter and the importer.
#include <QString>

namespace dx::json {

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
    return QStringLiteral("plan");
}
inline QString localities()
{
    return QStringLiteral("localities");
}
inline QString agencies()
{
    return QStringLiteral("agencies");
}
inline QString persons()
{
    return QStringLiteral("persons");
}
inline QString groups()
{
    return QStringLiteral("groups");
}
inline QString tasks()
{
    return QStringLiteral("tasks");
}
inline QString subtasks()
{
    return QStringLiteral("subtasks");
}
inline QString indicators()
{
    return QStringLiteral("indicators");
}
inline QString measurements()
{
    return QStringLiteral("measurements");
}
inline QString reportSettings()
{
    return QStringLiteral("reportSettings");
}
inline QString baseline()
{
    return QStringLiteral("baseline");
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
