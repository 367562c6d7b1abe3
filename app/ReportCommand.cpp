// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandLine.h"
#include "IssuedCommands.h"
#include "PlanCommands.h"
#include "print/DocumentOutput.h"
#include "print/ReportDocxExport.h"
#include "print/ReportPainter.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <QFileInfo>

namespace dx {

int runReportCommand(const QCommandLineParser &parser, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    int exitCode = CommandLine::Ok;
    const auto opened = openPlanForCommand(arguments.first(), err, &exitCode);
    if (!opened)
        return exitCode;
    PlanStore &store = *opened;
    // --as-of is the data cut-off (its meaning before the report had three dates), --date the report's
    // own date; without them the plan's reporting calendar gives both for the period.
    const auto cutOffOption = dateOptionForCommand(parser, QStringLiteral("as-of"), err);
    if (!cutOffOption)
        return CommandLine::Usage;
    const auto dateOption = dateOptionForCommand(parser, QStringLiteral("date"), err);
    if (!dateOption)
        return CommandLine::Usage;
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << CommandLine::tr("Give the output file with --out REPORT.pdf or --out REPORT.docx.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    // The format follows the file's suffix, checked before anything is read or written.
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool docx = suffix == QLatin1String("docx");
    if (!docx && suffix != QLatin1String("pdf")) {
        err << CommandLine::tr("\"%1\" ends neither in .pdf nor in .docx; the report is written as PDF "
                               "(REPORT.pdf) or as a Word document (REPORT.docx).")
                   .arg(path)
            << Qt::endl;
        return CommandLine::Usage;
    }
    const QDate today = QDate::currentDate(); // the clock is read here, at the edge
    Period period = ReportBuilder::defaultPeriod(cutOffOption->isValid() ? *cutOffOption : today);
    if (parser.isSet(QStringLiteral("period"))) {
        const auto p = Period::parse(parser.value(QStringLiteral("period")));
        if (!p) {
            err << CommandLine::tr(
                       "\"%1\" is not a reporting period; write a year (2024), a half (2024-H1) or a "
                       "quarter (2024-Q3).")
                       .arg(parser.value(QStringLiteral("period")))
                << Qt::endl;
            return CommandLine::Usage;
        }
        period = *p;
    }
    ReportSettings settings = ReportSettings::fromMap(store.settings());
    if (parser.isSet(QStringLiteral("format")) &&
        !ReportSettings::formatFromKey(parser.value(QStringLiteral("format")), &settings.format)) {
        err << CommandLine::tr("Unknown format \"%1\"; use state or party.")
                   .arg(parser.value(QStringLiteral("format")))
            << Qt::endl;
        return CommandLine::Usage;
    }
    if (parser.isSet(QStringLiteral("lang")) &&
        !ReportSettings::languageFromKey(parser.value(QStringLiteral("lang")), &settings.language)) {
        err << CommandLine::tr("Unknown language \"%1\"; use vi or en.")
                   .arg(parser.value(QStringLiteral("lang")))
            << Qt::endl;
        return CommandLine::Usage;
    }
    ReportDates dates = ReportDates::defaults(settings, period, today);
    if (cutOffOption->isValid()) {
        dates.cutOff = *cutOffOption;
        dates.documentDate = settings.documentDateFor(dates.cutOff);
    }
    if (dateOption->isValid())
        dates.documentDate = *dateOption;
    if (const int code = IssuedCommands::applySinceLast(parser, store, settings, err);
        code != CommandLine::Ok)
        return code;
    const ReportContent content = ReportBuilder::build(store, settings, period, dates);
    // Warnings, not refusals: the report is written, and what it lacks is said (exit code 0).
    for (const QString &warning : content.warnings)
        err << CommandLine::tr("Warning: %1").arg(warning) << Qt::endl;
    if (IssuedCommands::wantsIssue(parser) && docx) {
        // An issued report is kept as the PDF that went out; the Word file is a draft to edit.
        err << CommandLine::tr(
                   "Issue the report as PDF (--out REPORT.pdf); a Word document cannot be issued.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    if (IssuedCommands::wantsIssue(parser))
        return IssuedCommands::issue(arguments.first(), store, content, path, out, err);
    const ReportPainter painter(content);
    const Status s = docx ? ReportDocxExport::write(path, content)
                          : DocumentOutput::writePdf(
                                path, content.documentType + QLatin1Char(' ') + content.subject,
                                [&painter](QPagedPaintDevice *device) { return painter.paint(device); });
    if (!s) {
        err << s.error().message << Qt::endl;
        return CommandLine::FileError;
    }
    out << CommandLine::tr("Wrote the report to %1.").arg(path) << Qt::endl;
    out.flush();
    return out.status() == QTextStream::Ok ? CommandLine::Ok : CommandLine::FileError;
}

} // namespace dx
