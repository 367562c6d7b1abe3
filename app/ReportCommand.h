// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: `dxplanner report`: the meeting report as PDF or as a Word document (.docx), with no display.
#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace dx {

/// `dxplanner report FILE --out PDF|DOCX [--period P] [--as-of CUT-OFF] [--date DATE] [--format state|party]
/// [--lang vi|en] [--since-last] [--issue]`;
/// returns the process exit code (0 ok, 1 usage, 2 file error).
int runReportCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err);

} // namespace dx
