// SPDX-License-Identifier: GPL-3.0-or-later
// dxwindow_views: a test-only launcher (never installed) that opens the window on a plan at one of its
// views, without going through menus and file dialogs, so each can be looked at and screenshotted at a
// given screen size (docs/screenshots):
//   dxwindow_views PLAN dashboard|tasks|indicators|report-settings|report-preview [--as-of DATE]
//                  [--indicator CODE]
// The language is the window's (DX_LANG=vi|en to choose). The plan is opened for writing as the window
// opens it (no banner): nothing is edited, but give it a copy.
#include "app/MainWindow.h"
#include "document/PlanDocument.h"
#include "i18n/Translations.h"
#include "print/BundledFonts.h"
#include "print/DocumentOutput.h"
#include "print/PrintActions.h"
#include "print/ReportSettingsDialog.h"
#include "report/ReportSettings.h"
#include "store/PlanStore.h"
#include "views/IndicatorPanel.h"
#include "views/TaskTablePanel.h"

#include <QApplication>
#include <QScreen>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("DXPlannerViews")); // its own settings
    dx::registerBundledFonts();
    const QString language = qEnvironmentVariable("DX_LANG");
    dx::Translations::install(app, language.isEmpty() ? dx::Translations::preferredLanguage() : language);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const QStringList views = {QStringLiteral("dashboard"), QStringLiteral("tasks"),
                               QStringLiteral("indicators"), QStringLiteral("report-settings"),
                               QStringLiteral("report-preview")};
    if (args.size() < 3 || !views.contains(args.at(2))) {
        err << "usage: dxwindow_views PLAN " << views.join(QLatin1Char('|')) << " [--as-of YYYY-MM-DD]\n";
        return 1;
    }
    const QString view = args.at(2);
    QDate asOf;
    if (const int i = args.indexOf(QStringLiteral("--as-of")); i > 0)
        asOf = QDate::fromString(args.value(i + 1), Qt::ISODate);
    auto store = dx::PlanStore::open(args.at(1)); // as the window opens it: give it a copy to look at
    if (!store) {
        err << store.error().message << "\n";
        return 2;
    }
    dx::MainWindow window;
    window.setPlan(std::move(store.value()), asOf);
    // The whole screen, as a maximised window (without a window manager showMaximized() does nothing).
    window.setGeometry(window.screen()->availableGeometry());
    window.show();
    auto *tabs = window.findChild<QTabWidget *>();
    if (view == QLatin1String("tasks")) {
        tabs->setCurrentIndex(1);
        if (!window.document()->tasks().isEmpty())
            window.taskPanel()->selectTask(window.document()->tasks().first().id);
    } else if (view == QLatin1String("indicators")) {
        tabs->setCurrentIndex(2);
        // --indicator CODE: that indicator's chart and values
        const QString code = args.value(args.indexOf(QStringLiteral("--indicator")) + 1);
        for (const dx::Indicator &i : window.document()->indicators())
            if (args.contains(QStringLiteral("--indicator")) && i.code == code)
                window.indicatorPanel()->selectIndicator(i.id);
    }
    if (view == QLatin1String("report-settings")) {
        QTimer::singleShot(300, &window, [&window] {
            dx::ReportSettingsDialog dialog(
                dx::ReportSettings::fromMap(window.document()->store().settings()),
                window.document()->plan().place, &window);
            dialog.exec();
            QCoreApplication::quit();
        });
    } else if (view == QLatin1String("report-preview")) {
        QTimer::singleShot(300, &window, [&window] {
            const QDate date = window.document()->asOf();
            dx::DocumentOutput::preview(&window, dx::PrintActions::tr("Meeting report"),
                                        window.printActions()->reportPainter(dx::Period::year(date.year())));
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
