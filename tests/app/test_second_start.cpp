// SPDX-License-Identifier: GPL-3.0-or-later
// A second start while the program runs, as when a planner double-clicks another .dxplan (or the same one)
// in the file manager: each start opens its plan in a window of its own (the desktop entry runs
// `dxplanner %f`), the running window is not disturbed, and no plan is damaged, even when two windows
// have the same plan open. The windows run on the offscreen platform; the recent-files list in the
// settings shows which plans they opened.
#include "cli_fixture.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace dx {
namespace {

class SecondStart : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        m_binary = test::dxplannerBinary();
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
        QDir(m_dir.path()).mkpath(QStringLiteral("runtime"));
        QFile::setPermissions(m_dir.filePath(QStringLiteral("runtime")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void TearDown() override
    {
        for (auto &p : m_windows)
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished();
            }
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    int command(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(m_binary, args);
        if (!p.waitForFinished(60000))
            return -1;
        return p.exitCode();
    }

    QProcess *startWindow(const QString &plan)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(environment());
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(m_binary, {plan});
        EXPECT_TRUE(p->waitForStarted(30000));
        m_windows.push_back(std::move(p));
        return m_windows.back().get();
    }

    /// The plans the windows opened, from the recent-files list they write on opening one.
    QStringList recentFiles() const
    {
        const QSettings settings(m_dir.filePath(QStringLiteral("home/.config/DXPlanner/DXPlanner.conf")),
                                 QSettings::IniFormat);
        QStringList files;
        for (const QString &key : settings.allKeys())
            if (key.contains(QLatin1String("recent"), Qt::CaseInsensitive))
                files += settings.value(key).toStringList();
        return files;
    }

    /// Waits until every plan in @p plans is in the recent-files list (the windows have opened them).
    bool waitUntilOpened(const QStringList &plans)
    {
        for (int i = 0; i < 300; ++i) {
            const QStringList recent = recentFiles();
            if (std::all_of(plans.begin(), plans.end(), [&](const QString &p) {
                    return std::any_of(recent.begin(), recent.end(), [&](const QString &r) {
                        return QFileInfo(r).canonicalFilePath() == QFileInfo(p).canonicalFilePath();
                    });
                }))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    QString m_binary;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_windows;
};

TEST_F(SecondStart, AnotherPlanAndTheSamePlanOpenInWindowsOfTheirOwnAndStaySound)
{
    const QString a = m_dir.filePath(QStringLiteral("a.dxplan"));
    const QString b = m_dir.filePath(QStringLiteral("b.dxplan"));
    ASSERT_EQ(command({QStringLiteral("new"), a}), 0);
    ASSERT_EQ(command({QStringLiteral("new"), b}), 0);

    QProcess *first = startWindow(a);
    ASSERT_TRUE(waitUntilOpened({a})) << "the first window did not open " << a.toStdString();
    QProcess *second = startWindow(b); // another plan from the file manager
    QProcess *third = startWindow(a);  // the same plan once more
    ASSERT_TRUE(waitUntilOpened({a, b})) << "the second start did not open " << b.toStdString();
    QThread::msleep(1500); // let the third window open a and start its background check too

    for (QProcess *p : {first, second, third})
        EXPECT_EQ(p->state(), QProcess::Running) << "a window closed or crashed: exit " << p->exitCode();
    // While the windows have them open, the plans are sound for any reader.
    EXPECT_EQ(command({QStringLiteral("check"), a}), 0);
    EXPECT_EQ(command({QStringLiteral("check"), b}), 0);

    for (QProcess *p : {third, second, first}) {
        p->terminate();
        if (!p->waitForFinished(20000)) {
            p->kill();
            p->waitForFinished();
        }
    }
    EXPECT_EQ(command({QStringLiteral("check"), a}), 0) << "a.dxplan damaged after three windows";
    EXPECT_EQ(command({QStringLiteral("check"), b}), 0) << "b.dxplan damaged after two windows";
}

} // namespace
} // namespace dx
