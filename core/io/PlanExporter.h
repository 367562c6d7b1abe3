// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: writes a whole plan in the JSON plan format (docs/template-format.md), which the importer reads
// back: so an export is also a template.
#include <QJsonObject>

namespace dx {

class PlanStore;

class PlanExporter
{
public:
    /// The whole plan: metadata, localities, agencies, persons, groups, tasks (sub-tasks nested),
    /// indicators with targets, measurements and report settings. Each entity carries its stored "id";
    /// references use keys "L<id>", "A<id>", "P<id>", "G<id>" and indicator codes.
    static QJsonObject toJson(const PlanStore &store);
};

} // namespace dx
