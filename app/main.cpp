// SPDX-License-Identifier: GPL-3.0-or-later
// dxplanner: the command line runs without a display; otherwise the window opens on a plan.
#include "CommandLine.h"
#include "WindowsConsole.h"

#include "app/Application.h"
#include "i18n/Translations.h"
#include "print/BundledFonts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

namespace {

void describe()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DX_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const dx::CommandLine::Mode mode = arguments.value(1) == QLatin1String("--manpage")
                                           ? dx::CommandLine::Mode::Headless
                                           : dx::CommandLine::mode(arguments);
#ifndef DX_CONSOLE_PROGRAM
    if (mode != dx::CommandLine::Mode::Window)
        dx::attachParentConsole();
#endif
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The application object is chosen from the arguments alone: QApplication needs a display (or the
    // offscreen platform), so commands, --help and --version must not create one for the desktop.
    if (arguments.value(1) == QLatin1String("--manpage")) {
        // Hidden: the build writes dxplanner.1 with it, in English whatever the builder's language.
        QCoreApplication app(argc, argv);
        describe();
        dx::Translations::install(app, QStringLiteral("en"));
        out << dx::CommandLine::manPage();
        return dx::CommandLine::Ok;
    }
    switch (mode) {
    case dx::CommandLine::Mode::Headless: {
        QCoreApplication app(argc, argv);
        describe();
        dx::Translations::install(app, dx::Translations::preferredLanguage());
        return dx::CommandLine::run(app.arguments(), out, err);
    }
    case dx::CommandLine::Mode::Painting: {
        // The report paints pages and charts, which needs a QApplication but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        describe();
        dx::registerBundledFonts();
        dx::Translations::install(app, dx::Translations::preferredLanguage());
        return dx::CommandLine::run(app.arguments(), out, err);
    }
    case dx::CommandLine::Mode::Window:
        break;
    }

    QApplication app(argc, argv);
    describe();
    // The desktop entry's id lets Wayland compositors and docks match the window to its icon and entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(DX_APP_ID));
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/dxplanner-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    dx::registerBundledFonts();
    dx::Translations::install(app, dx::Translations::preferredLanguage());

    QCommandLineParser parser;
    dx::CommandLine::describeWindow(parser);
    parser.process(app);

    dx::Application application;
    if (!application.start(parser.positionalArguments().value(0)))
        return dx::CommandLine::FileError;
    return QApplication::exec();
}
