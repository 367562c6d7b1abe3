// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: `dxplanner report`: the meeting report as PDF, with no display.
#include <QDate>
#include <QTextStream>

class QCommandLineParser;

namespace dx {

class PlanStore;

/// Adds --out, --period, --format (state|party), --lang (vi|en) to @p parser.
void addReportOptions(QCommandLineParser &parser);
/// Writes the report; returns the process exit code (0 ok, 1 usage, 2 file error).
int runReport(const QCommandLineParser &parser, PlanStore &store, const QDate &asOf, QTextStream &out,
              QTextStream &err);

} // namespace dx
