// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: `dxplanner collect` (data-entry workbooks out, or the collection status), `dxplanner import`
// (returned workbooks and CSV in) and `dxplanner export --format xlsx|csv`.
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace dx {

class PlanStore;

class CollectCommands
{
    Q_DECLARE_TR_FUNCTIONS(CollectCommands)
public:
    /// Exit codes of import beyond CommandLine's: a file was refused (nothing imported unless
    /// --skip-refused), or conflicts stopped it.
    enum ExitCode
    {
        Refused = 2,
        Conflicts = 3
    };
    static int collect(const QStringList &arguments, QTextStream &out, QTextStream &err);
    static int import(const QStringList &arguments, QTextStream &out, QTextStream &err);
    /// --separator and --as-of for `export --format xlsx|csv`.
    static void addExportOptions(QCommandLineParser &parser);
    static int exportWorkbook(const QCommandLineParser &parser, PlanStore &store, QTextStream &out,
                              QTextStream &err);
};

} // namespace dx
