// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared set-up of the command-line tests: the QCoreApplication they need for Qt's file and process
// classes, and the dxplanner binary they run (DX_BINARY, else the one built beside the tests).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <ostream>

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

/// What a program run printed and how it ended.
struct ProcessRun
{
    int exitCode = -1; ///< -2: crashed; -1: did not start or finish
    QString out;
    QString err;
};

inline std::ostream &operator<<(std::ostream &os, const ProcessRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout\n"
              << r.out.toStdString() << "\n--- stderr\n"
              << r.err.toStdString();
}

/// Makes @p dir's private home, configuration and runtime folders for runProgram().
inline void prepareRunFolder(const QString &dir)
{
    QDir(dir).mkpath(QStringLiteral("home/.config"));
    QDir(dir).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(QDir(dir).filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

/**
 * Runs @p program with @p args in @p dir as a planner's desktop would, but isolated: its own home,
 * configuration and runtime folders under @p dir (prepareRunFolder()), no display, the C.UTF-8 locale,
 * plus the variables in @p extra. A run that does not finish within @p timeoutMs fails the test.
 */
inline ProcessRun runProgram(const QString &dir, const QString &program, const QStringList &args,
                             int timeoutMs = 120000, const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), QDir(dir).filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir(dir).filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(extra);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(program, args);
    ProcessRun r;
    if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        ADD_FAILURE() << program.toStdString() << " did not finish";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace dx::test
