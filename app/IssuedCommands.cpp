// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedCommands.h"

#include "CommandLine.h"
#include "PlanCommands.h"
#include "print/IssueReport.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <QLocale>

namespace dx {

QList<QCommandLineOption> IssuedCommands::reportOptions()
{
    return {
        QCommandLineOption(QStringLiteral("since-last"),
                           tr("Compare with the last issued report: a column \"Kỳ trước\" in Biểu 01 and an "
                              "appendix of what changed since (Biểu 03).")),
        QCommandLineOption(
            QStringLiteral("issue"),
            tr("Issue the report: keep it in the plan, read-only, with its PDF and the figures "
               "it used (listed by \"dxplanner reports\"). It cannot be undone."))};
}

int IssuedCommands::applySinceLast(const QCommandLineParser &parser, const PlanStore &store,
                                   ReportSettings &settings, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("since-last")))
        return CommandLine::Ok;
    if (!store.lastIssuedReport()) {
        err << tr("No report has been issued from this plan yet, so there is nothing to compare with: issue "
                  "one "
                  "first (dxplanner report FILE --out REPORT.pdf --issue), or leave out --since-last. "
                  "Nothing "
                  "was written.")
            << Qt::endl;
        return CommandLine::Usage;
    }
    settings.sinceLast = true;
    return CommandLine::Ok;
}

bool IssuedCommands::wantsIssue(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("issue"));
}

int IssuedCommands::issue(const QString &file, const PlanStore &figures, const ReportContent &content,
                          const QString &pdfPath, QTextStream &out, QTextStream &err)
{
    auto opened = PlanStore::open(file);
    if (!opened) {
        err << opened.error().message << Qt::endl;
        return CommandLine::FileError;
    }
    PlanStore &store = *opened.value();
    if (store.isReadOnly()) {
        err << (store.readOnlyReason().isEmpty()
                    ? tr("The plan \"%1\" cannot be written; the report was not issued.").arg(file)
                    : store.readOnlyReason())
            << Qt::endl;
        return CommandLine::FileError;
    }
    const QByteArray pdf = IssueReport::pdf(content);
    const Result<Id> issued = IssueReport::issue(store, content, figures, pdf);
    if (!issued) {
        err << issued.error().message << Qt::endl;
        return CommandLine::FileError;
    }
    // The file written is the very PDF kept in the plan.
    if (const int code = writeOutput(pdfPath, pdf, err); code != CommandLine::Ok)
        return code;
    const QString number =
        content.settings.documentNumber.isEmpty() ? tr("(no number)") : content.settings.documentNumber;
    out << tr("Issued report %1 (period %2, figures as of %3) and wrote it to %4.")
               .arg(number, content.period.key(), content.asOf.toString(QStringLiteral("dd/MM/yyyy")),
                    pdfPath)
        << Qt::endl;
    return flushedOutput(out, err, CommandLine::Ok);
}

Command IssuedCommands::reportsCommand()
{
    Command c;
    c.name = QStringLiteral("reports");
    c.summary = tr("list the reports issued from a plan");
    c.arguments = {{QStringLiteral("FILE"), tr("The plan file (.dxplan).")}};
    c.run = list;
    return c;
}

int IssuedCommands::list(const QCommandLineParser &, const QStringList &arguments, QTextStream &out,
                         QTextStream &err)
{
    int exitCode = CommandLine::Ok;
    const auto store = openPlanForCommand(arguments.first(), err, &exitCode);
    if (!store)
        return exitCode;
    const QList<IssuedReport> reports = store->issuedReports();
    if (reports.isEmpty())
        out << tr("No report has been issued from this plan yet.") << Qt::endl;
    for (const IssuedReport &r : reports)
        out << tr("%1. No. %2, period %3, figures as of %4, dated %5, issued %6 by %7")
                   .arg(r.id)
                   .arg(r.number.isEmpty() ? tr("(no number)") : r.number, r.period,
                        r.asOf.toString(QStringLiteral("dd/MM/yyyy")),
                        r.documentDate.toString(QStringLiteral("dd/MM/yyyy")),
                        r.issuedAt.toUTC().toString(QStringLiteral("dd/MM/yyyy HH:mm 'UTC'")),
                        r.issuedBy.isEmpty() ? tr("(unknown)") : r.issuedBy)
            << Qt::endl;
    return flushedOutput(out, err, CommandLine::Ok);
}

} // namespace dx
