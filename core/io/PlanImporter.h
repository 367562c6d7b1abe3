// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: fills a plan from the JSON plan format (docs/template-format.md): bundled templates,
// planners' own templates and earlier exports.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <memory>

namespace dx {

class PlanStore;
struct Plan;

class PlanImporter
{
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)
public:
    /// Names of the templates that ship inside the program, e.g. "resolution-06".
    static QStringList bundledTemplates();
    /// Reads a bundled template by name, or a template/export file by path.
    static Result<QJsonObject> load(const QString &nameOrPath);
    /// Parses a template or export document from @p bytes (@p path names it in messages); the checks
    /// of load() on format and version included. Used by load() and by the fuzz target.
    static Result<QJsonObject> parse(const QByteArray &bytes, const QString &path);
    /// The plan metadata of a template document (to create the file with).
    static Result<Plan> planOf(const QJsonObject &doc);
    /// Writes the whole content of @p doc into @p store in one transaction; nothing is written on error.
    static Status import(const QJsonObject &doc, PlanStore &store);
    /// Creates the plan file @p path from a template (bundled name or file path); refuses an existing
    /// file and leaves no file behind on failure.
    static Result<std::unique_ptr<PlanStore>> createFromTemplate(const QString &path,
                                                                 const QString &templateName);
};

} // namespace dx
