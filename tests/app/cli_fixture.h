// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up of the command-line tests: the QCoreApplication they need for Qt's file and process
// classes, and the dxplanner binary they run (DX_BINARY, else the one built beside the tests).
#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace dx::test {

inline void ensureCliApplication()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char arg0[] = "dxapp_tests";
        static char *argv[] = {arg0, nullptr};
        new QCoreApplication(argc, argv);
    }
}

inline QString dxplannerBinary()
{
    const QString binary = qEnvironmentVariable("DX_BINARY");
    return binary.isEmpty()
               ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../app/dxplanner"))
               : binary;
}

} // namespace dx::test
