// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CommandLine.h"
#include "print/DocumentOutput.h"
#include "print/ReportPainter.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dx {

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), CommandLine::tr("Write the PDF here (required)."), CommandLine::tr("path")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("period"),
        CommandLine::tr("The reporting period: a year (2024), a half (2024-H1) or a quarter "
                        "(2024-Q3). Default: the year of the \"as of\" date."),
        CommandLine::tr("period")));
    parser.addOption(QCommandLineOption(QStringLiteral("as-of"),
                                        CommandLine::tr("The \"as of\" date, YYYY-MM-DD (default: today)."),
                                        CommandLine::tr("date")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("format"),
        CommandLine::tr("Header format: state (Nghị định 30/2020) or party (Hướng dẫn 36-HD/VPTW). "
                        "Default: the plan's report settings."),
        CommandLine::tr("format")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("lang"),
        CommandLine::tr("Language of the report: vi or en. Default: the plan's report settings."),
        CommandLine::tr("language")));
}

int runReport(const QCommandLineParser &parser, PlanStore &store, const QDate &asOf, QTextStream &out,
              QTextStream &err)
{
    const QString path = parser.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        err << CommandLine::tr("Give the output file with --out REPORT.pdf.") << Qt::endl;
        return CommandLine::Usage;
    }
    Period period = ReportBuilder::defaultPeriod(asOf);
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
    const ReportContent content = ReportBuilder::build(store, settings, period, asOf);
    const ReportPainter painter(content);
    const Status s =
        DocumentOutput::writePdf(path, content.documentType + QLatin1Char(' ') + content.subject,
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
