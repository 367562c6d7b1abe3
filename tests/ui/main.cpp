// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests run offscreen with a fixed locale, time zone and settings folder (docs/architecture.md §6.9).
#include <gtest/gtest.h>

#include "print/BundledFonts.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings and data folders of the tests, not the user's
    QApplication app(argc, argv);
    dx::registerBundledFonts(); // reports and charts are measured with the fonts they ship with
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlannerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("DXPlannerTests"));
    // Each test process its own settings: ctest runs the processes in parallel, and one test writing the
    // planner's name to a shared settings file made another, reading it meanwhile, fail now and then.
    const QTemporaryDir settingsDir;
    for (const auto format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
