// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one row of the command table (CommandLine.cpp). Dispatch, each command's --help, the top-level
// command list and the man page are all produced from these rows, so a command is described once.
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>

namespace dx {

struct Command
{
    /// A positional argument; every one is required. Only the last may be repeated.
    struct Argument
    {
        QString name;        ///< as in QCommandLineParser::addPositionalArgument, e.g. FILE
        QString description; ///< translated
        /// One or more: "RETURNED..." in the help (import takes any number of returned files).
        bool repeated = false;
    };
    /// The command runs with the parsed options and its positional arguments: exactly as many as
    /// `arguments`, or at least as many when the last is repeated.
    using Handler = std::function<int(const QCommandLineParser &parser, const QStringList &arguments,
                                      QTextStream &out, QTextStream &err)>;

    QString name;                      ///< the word after the program name
    QString summary;                   ///< translated one-line summary, lower case, no full stop
    QList<QCommandLineOption> options; ///< besides --help and --version, which every command has
    QList<Argument> arguments;
    /// True when the command paints pages or charts: it then needs a QApplication (offscreen, never a
    /// display); --help and --version never do.
    bool paints = false;
    Handler run;
    // Optional (initialised, so the rows that leave them out build without a warning):
    /// Translated sentences printed after the summary in its --help and the man page (e.g. exit codes
    /// of its own); empty for most commands.
    QString details = {};
    /// What a usage error with the wrong number of positional arguments says (translated); empty: "Give
    /// exactly one plan file."
    QString wrongArguments = {};
};

} // namespace dx
