// SPDX-License-Identifier: GPL-3.0-or-later
// dxplanner: the command line runs without a display; otherwise the window opens on a plan.
#include "CommandLine.h"

#include "app/Application.h"
#include "i18n/Translations.h"
#include "print/BundledFonts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

void describe(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));
    Q_UNUSED(app)
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (dx::CommandLine::isCommand(arguments)) {
        if (arguments.at(1) == QLatin1String("report")) {
            // The report paints pages and charts, which needs a QApplication but never a display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QApplication app(argc, argv);
            describe(app);
            dx::registerBundledFonts();
            dx::Translations::install(app, dx::Translations::preferredLanguage());
            return dx::CommandLine::run(app.arguments(), out, err);
        }
        QCoreApplication app(argc, argv);
        describe(app);
        dx::Translations::install(app, dx::Translations::preferredLanguage());
        return dx::CommandLine::run(app.arguments(), out, err);
    }

    QApplication app(argc, argv);
    describe(app);
    dx::registerBundledFonts();
    dx::Translations::install(app, dx::Translations::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "DX Planner: plan and monitor a digital-transformation resolution.\n\n"
                                    "Commands (run \"dxplanner COMMAND --help\" for each): %1.")
            .arg(dx::CommandLine::commandNames().join(QLatin1String(", "))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("main", "Plan to open (default: the last one)."),
                                 QStringLiteral("[FILE]"));
    parser.process(app);

    dx::Application application;
    if (!application.start(parser.positionalArguments().value(0)))
        return dx::CommandLine::FileError;
    return QApplication::exec();
}
