// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the command-line interface (new, export, check, status, report): parses the arguments,
// runs the command with no display and returns the process exit code.
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace dx {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    /// Exit codes: 0 success, 1 bad usage, 2 the file is missing, unreadable, not a plan, damaged or newer.
    enum ExitCode
    {
        Ok = 0,
        Usage = 1,
        FileError = 2
    };

    /// True when @p arguments name a command that runs without the window.
    static bool isCommand(const QStringList &arguments);
    /// Runs the command in @p arguments (arguments[0] is the program).
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    static QStringList commandNames();
};

} // namespace dx
