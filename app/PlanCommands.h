// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the handlers of the commands that read or create a plan without painting (new, export,
// check, status), and what the commands share: opening the plan and reading --as-of.
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace dx {

class PlanStore;

/// `dxplanner new FILE [--template NAME]`
int runNewCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                  QTextStream &err);
/// `dxplanner export FILE [--format json] [--out PATH]`
int runExportCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err);
/// `dxplanner check FILE`
int runCheckCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                    QTextStream &err);
/// `dxplanner status FILE [--as-of DATE] [--format text|json]`
int runStatusCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err);

/// Opens the plan @p file read-only for a command (nothing is created beside it); prints the store's
/// warnings to @p err; with @p refuseDamaged, what `check` calls damaged is refused. On failure writes the
/// reason to @p err and sets @p exitCode.
std::unique_ptr<PlanStore> openPlanForCommand(const QString &file, QTextStream &err, int *exitCode,
                                              bool refuseDamaged = true);
/// Flushes @p out and checks that every byte reached its file: a full disk, /dev/full or a closed pipe
/// is exit code 2 with the reason, never a silent 0 with a cut file.
int flushedOutput(QTextStream &out, QTextStream &err, int code);
/// Writes @p bytes to @p path: a regular file through QSaveFile (replaced only by a complete new one);
/// anything else that exists (a pipe, /dev/stdout, /dev/full) directly, never replaced by a file.
int writeOutput(const QString &path, const QByteArray &bytes, QTextStream &err);
/// The same, the bytes written by @p write as they come (a streamed export); false from it: not written.
int writeOutput(const QString &path, QTextStream &err, const std::function<bool(QIODevice &)> &write);
/// The --as-of date (today when not given); nullopt after telling @p err that it is not a date.
std::optional<QDate> asOfForCommand(const QCommandLineParser &parser, QTextStream &err);
/// The date given to @p option, YYYY-MM-DD or DD/MM/YYYY (an invalid date when the option is not given);
/// nullopt after telling @p err that it is not a date.
std::optional<QDate> dateOptionForCommand(const QCommandLineParser &parser, const QString &option,
                                          QTextStream &err);

} // namespace dx
