// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: `dxplanner collect` (data-entry workbooks out, or the collection status), `dxplanner import`
// (returned workbooks and CSV in) and `dxplanner export --format xlsx|csv`.
#include "Command.h"

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
    /// The rows of `collect` and `import` in CommandLine's table.
    static Command collectCommand();
    static Command importCommand();
    /// `dxplanner collect FILE --period P (--out DIR | --status) ...`: @p arguments is the plan file.
    static int collect(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                       QTextStream &err);
    /// `dxplanner import FILE RETURNED... ...`: @p arguments is the plan file, then the returned files.
    static int import(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                      QTextStream &err);
    /// `export --format xlsx|csv` (its --separator and --as-of are options of export's row).
    static int exportWorkbook(const QCommandLineParser &parser, PlanStore &store, QTextStream &out,
                              QTextStream &err);
};

} // namespace dx
