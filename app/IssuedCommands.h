// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the command line's issued reports: `dxplanner report --since-last` and `--issue` (called from
// ReportCommand), and `dxplanner reports FILE`, the list of the reports issued from a plan.
#include "Command.h"

#include <QCoreApplication>

namespace dx {

class PlanStore;
struct ReportContent;
struct ReportSettings;

class IssuedCommands
{
    Q_DECLARE_TR_FUNCTIONS(IssuedCommands)
public:
    /// The options `report` takes for issued reports: --since-last and --issue.
    static QList<QCommandLineOption> reportOptions();
    /// `report --since-last`: sets @p settings to compare with the last issued report. Without one, says so
    /// and returns CommandLine::Usage (nothing is written); else CommandLine::Ok.
    static int applySinceLast(const QCommandLineParser &parser, const PlanStore &store,
                              ReportSettings &settings, QTextStream &err);
    /// True when `report --issue` was given.
    static bool wantsIssue(const QCommandLineParser &parser);
    /// `report --issue`: opens @p file for writing, stores @p content (built from @p figures) with its PDF
    /// as issued, then writes the same PDF to @p pdfPath. Returns the exit code.
    static int issue(const QString &file, const PlanStore &figures, const ReportContent &content,
                     const QString &pdfPath, QTextStream &out, QTextStream &err);
    /// `dxplanner reports FILE`.
    static Command reportsCommand();

private:
    static int list(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err);
};

} // namespace dx
