// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the command-line interface (new, export, check, status, report, collect, import, and the window's
// own arguments). One table of commands (commands()) gives dispatch, --help, the command list and the man
// page; every command, --help and --version run with no display.
#include "Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <vector>

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

    /// What the program must create before CommandLine::run() or the window can handle the arguments.
    enum class Mode
    {
        Headless, ///< a QCoreApplication: a command, --help, --version or a usage error
        Painting, ///< a QApplication on the offscreen platform: a command that paints (report)
        Window    ///< a QApplication on the desktop: the window opens (arguments[1] may be a plan)
    };

    /// The table of commands, in the order of the help text. Strings are translated when called.
    static std::vector<Command> commands();
    static QStringList commandNames();
    /// True when @p arguments name a command that runs without the window.
    static bool isCommand(const QStringList &arguments);
    /// Decides from @p arguments (arguments[0] is the program) alone, before any application object exists.
    static Mode mode(const QStringList &arguments);

    /// Runs the command in @p arguments (arguments[0] is the program), or answers the top-level --help,
    /// --version or a usage error; returns the process exit code.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Sets up @p parser with the window's own arguments (FILE, --help, --version).
    static void describeWindow(QCommandLineParser &parser);
    /// "DX Planner 1.2.3", what --version prints.
    static QString versionText();
    /// The manual page dxplanner(1) in man(7) format, produced from the table (see `dxplanner --manpage`).
    static QString manPage();
};

} // namespace dx
