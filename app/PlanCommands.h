// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the handlers of the commands that read or create a plan without painting (new, export,
// check, status), and what the commands share: opening the plan and reading --as-of.
#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

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

/// Opens the plan @p file for a command; on failure writes the reason to @p err and sets @p exitCode.
std::unique_ptr<PlanStore> openPlanForCommand(const QString &file, QTextStream &err, int *exitCode);
/// The --as-of date (today when not given); nullopt after telling @p err that it is not a date.
std::optional<QDate> asOfForCommand(const QCommandLineParser &parser, QTextStream &err);

} // namespace dx
