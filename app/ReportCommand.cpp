#include "ReportCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dx {

void addReportOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("out"), QCoreApplication::translate("dx::CommandLine", "Write the PDF here."),
                                        QCoreApplication::translate("dx::CommandLine", "path")));
}

int runReport(const QCommandLineParser &, PlanStore &, const QDate &, QTextStream &, QTextStream &err)
{
    err << QCoreApplication::translate("dx::CommandLine", "The report is not available in this build yet.") << Qt::endl;
    return 1;
}

} // namespace dx
