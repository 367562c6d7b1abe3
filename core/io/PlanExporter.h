// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: writes a whole plan in the JSON plan format (docs/template-format.md), which the importer reads
// back: so an export is also a template.
#include "domain/Result.h"

#include <QJsonObject>

class QIODevice;

namespace dx {

class PlanStore;

class PlanExporter
{
public:
    /// The whole plan: metadata, localities, agencies, persons, groups, tasks (sub-tasks nested),
    /// indicators with targets, measurements and report settings. Each entity carries its stored "id";
    /// references use keys "L<id>", "A<id>", "P<id>", "G<id>" and indicator codes.
    /// Holds the whole plan in memory: for small plans and tests; exports use write().
    static QJsonObject toJson(const PlanStore &store);
    /// Writes QJsonDocument(toJson(store)).toJson(QJsonDocument::Indented), the same bytes, to @p out,
    /// one entity at a time: memory stays a constant plus the largest entity (a top-level task with its
    /// sub-tasks), however many values the plan has. Fails (Io) when @p out refuses a write.
    static Status write(const PlanStore &store, QIODevice &out);
};

} // namespace dx
