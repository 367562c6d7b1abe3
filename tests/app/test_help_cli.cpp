// SPDX-License-Identifier: GPL-3.0-or-later
// The help, version and manual page produced from the command table (app/CommandLine.cpp), run through
// the real binary with no display at all: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM unset, as on a
// server or in a terminal over ssh. Before the table, --help created a QApplication and aborted (134).
#include "cli_fixture.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <ostream>

namespace dx {
namespace {

struct HelpRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

std::ostream &operator<<(std::ostream &os, const HelpRun &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout\n"
              << r.out.toStdString() << "\n--- stderr\n"
              << r.err.toStdString();
}

/// Each command with the options its --help must list (the README's command-line section).
struct CommandRow
{
    const char *name;
    QStringList options;
};

const CommandRow kCommands[] = {
    {"new", {QStringLiteral("--template")}},
    {"export", {QStringLiteral("--format"), QStringLiteral("--out")}},
    {"check", {}},
    {"status", {QStringLiteral("--as-of"), QStringLiteral("--format")}},
    {"report",
     {QStringLiteral("--out"), QStringLiteral("--period"), QStringLiteral("--as-of"),
      QStringLiteral("--date"), QStringLiteral("--format"), QStringLiteral("--lang"),
      QStringLiteral("--since-last"), QStringLiteral("--issue")}},
    {"reports", {}},
    {"collect",
     {QStringLiteral("--period"), QStringLiteral("--out"), QStringLiteral("--by"), QStringLiteral("--unit"),
      QStringLiteral("--due"), QStringLiteral("--send-to"), QStringLiteral("--status")}},
    {"import",
     {QStringLiteral("--dry-run"), QStringLiteral("--on-conflict"), QStringLiteral("--skip-refused"),
      QStringLiteral("--summary"), QStringLiteral("--period")}},
};

class HelpCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { test::ensureCliApplication(); }

    void SetUp() override
    {
        m_binary = test::dxplannerBinary();
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        ASSERT_TRUE(m_dir.isValid());
        QDir(m_dir.path()).mkpath(QStringLiteral("home/.config"));
    }

    /// Runs dxplanner with no display variables at all and a home of its own.
    HelpRun run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("home/.config")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(m_binary, args);
        HelpRun r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            ADD_FAILURE() << "dxplanner did not finish: " << args.join(QLatin1Char(' ')).toStdString();
            return r;
        }
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit)
            << "dxplanner crashed: " << args.join(QLatin1Char(' ')).toStdString();
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// The "Commands" section of the top-level help: name and summary of each.
    static QList<QPair<QString, QString>> commandList(const QString &help)
    {
        QList<QPair<QString, QString>> list;
        const qsizetype start = help.indexOf(QLatin1String("Commands"));
        if (start < 0)
            return list;
        static const QRegularExpression row(QStringLiteral("^  ([a-z]+) +(\\S.*)$"));
        const QStringList lines = help.mid(start).split(QLatin1Char('\n'));
        for (qsizetype i = 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
            const auto m = row.match(lines.at(i));
            if (m.hasMatch())
                list.append({m.captured(1), m.captured(2)});
        }
        return list;
    }

    QString m_binary;
    QTemporaryDir m_dir;
};

TEST_F(HelpCli, TopLevelHelpAndVersionNeedNoDisplay)
{
    for (const char *option : {"--help", "-h", "--help-all"}) {
        SCOPED_TRACE(option);
        const HelpRun r = run({QString::fromLatin1(option)});
        EXPECT_EQ(r.exitCode, 0) << r;
        EXPECT_TRUE(r.out.startsWith(QLatin1String("Usage: dxplanner "))) << r;
        EXPECT_TRUE(r.err.isEmpty()) << r;
    }
    for (const char *option : {"--version", "-v"}) {
        SCOPED_TRACE(option);
        const HelpRun r = run({QString::fromLatin1(option)});
        EXPECT_EQ(r.exitCode, 0) << r;
        EXPECT_EQ(r.out.trimmed(), QStringLiteral("DX Planner " DX_VERSION)) << r;
    }
    // Qt's own window options are no usage error, and do not bring the display back.
    const HelpRun styled =
        run({QStringLiteral("-style"), QStringLiteral("fusion"), QStringLiteral("--help")});
    EXPECT_EQ(styled.exitCode, 0) << styled;
    const HelpRun bad = run({QStringLiteral("--no-such-option")});
    EXPECT_EQ(bad.exitCode, 1) << bad;
    EXPECT_TRUE(bad.err.contains(QStringLiteral("no-such-option"))) << bad;
}

TEST_F(HelpCli, TopLevelHelpListsEveryCommandWithTheSummaryOfItsOwnHelp)
{
    const HelpRun top = run({QStringLiteral("--help")});
    ASSERT_EQ(top.exitCode, 0) << top;
    const auto list = commandList(top.out);
    ASSERT_EQ(list.size(), int(std::size(kCommands))) << top;
    for (qsizetype i = 0; i < list.size(); ++i) {
        SCOPED_TRACE(list.at(i).first.toStdString());
        EXPECT_EQ(list.at(i).first, QLatin1String(kCommands[i].name));
        const HelpRun own = run({list.at(i).first, QStringLiteral("--help")});
        ASSERT_EQ(own.exitCode, 0) << own;
        // One row gives both texts, so they cannot drift apart.
        EXPECT_TRUE(
            own.out.contains(QStringLiteral("DX Planner %1: %2").arg(list.at(i).first, list.at(i).second)))
            << own;
    }
}

TEST_F(HelpCli, EveryCommandAnswersHelpAndVersionWithNoDisplay)
{
    for (const CommandRow &c : kCommands) {
        SCOPED_TRACE(c.name);
        const QString name = QString::fromLatin1(c.name);
        const HelpRun help = run({name, QStringLiteral("--help")});
        EXPECT_EQ(help.exitCode, 0) << help;
        EXPECT_TRUE(help.err.isEmpty()) << help;
        EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: dxplanner %1 [options] FILE").arg(name)))
            << help;
        for (const QString &option : c.options)
            EXPECT_TRUE(help.out.contains(option)) << option.toStdString() << "\n" << help;
        for (const char *common : {"--help", "--version"})
            EXPECT_TRUE(help.out.contains(QLatin1String(common))) << help;
        const HelpRun version = run({name, QStringLiteral("--version")});
        EXPECT_EQ(version.exitCode, 0) << version;
        EXPECT_EQ(version.out.trimmed(), QStringLiteral("DX Planner " DX_VERSION)) << version;
        // A usage error of a command is reported without a display too, with exit code 1.
        const HelpRun noFile = run({name});
        EXPECT_EQ(noFile.exitCode, 1) << noFile;
        EXPECT_TRUE(noFile.err.contains(QStringLiteral("Usage: dxplanner %1").arg(name))) << noFile;
    }
}

TEST_F(HelpCli, ImportTakesAnyNumberOfReturnedFilesAndSaysItsExitCodes)
{
    const HelpRun help = run({QStringLiteral("import"), QStringLiteral("--help")});
    ASSERT_EQ(help.exitCode, 0) << help;
    EXPECT_TRUE(help.out.startsWith(QStringLiteral("Usage: dxplanner import [options] FILE RETURNED...")))
        << help;
    EXPECT_TRUE(help.out.contains(QStringLiteral("3: conflicts stopped it"))) << help;
    // The plan alone is too few: a usage error naming what is missing, with the usage.
    const HelpRun planOnly = run({QStringLiteral("import"), QStringLiteral("plan.dxplan")});
    EXPECT_EQ(planOnly.exitCode, 1) << planOnly;
    EXPECT_TRUE(planOnly.err.contains(QStringLiteral("at least one returned file"))) << planOnly;
    EXPECT_TRUE(planOnly.err.contains(QStringLiteral("Usage: dxplanner import"))) << planOnly;
    // collect takes exactly one plan.
    const HelpRun twoPlans =
        run({QStringLiteral("collect"), QStringLiteral("a.dxplan"), QStringLiteral("b.dxplan")});
    EXPECT_EQ(twoPlans.exitCode, 1) << twoPlans;
    EXPECT_TRUE(twoPlans.err.contains(QStringLiteral("Usage: dxplanner collect"))) << twoPlans;
}

TEST_F(HelpCli, ManualPageComesFromTheSameTable)
{
    const HelpRun r = run({QStringLiteral("--manpage")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(".TH DXPLANNER 1 \"\" \"DX Planner " DX_VERSION "\""))) << r;
    for (const char *section :
         {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH COMMANDS", ".SH \"EXIT STATUS\""})
        EXPECT_TRUE(r.out.contains(QLatin1String(section))) << section;
    for (const CommandRow &c : kCommands) {
        SCOPED_TRACE(c.name);
        EXPECT_TRUE(r.out.contains(QStringLiteral(".SS \"%1\"").arg(QLatin1String(c.name))));
        for (const QString &option : c.options) // the option's dashes are minus signs, a hyphen in it stays
            EXPECT_TRUE(r.out.contains(QStringLiteral("\\fB\\-\\-") + option.mid(2))) << option.toStdString();
    }
    // import's own arguments and exit code.
    EXPECT_TRUE(r.out.contains(QStringLiteral("\\fIRETURNED\\fR..."))) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral(".TP\n3\n"))) << r;
    // groff reads it without a warning (-ww), when it is installed.
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        GTEST_SKIP() << "groff is not installed";
    QProcess p;
    p.start(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
                    QStringLiteral("-Tutf8"), QStringLiteral("-k")});
    ASSERT_TRUE(p.waitForStarted());
    p.write(r.out.toUtf8());
    p.closeWriteChannel();
    ASSERT_TRUE(p.waitForFinished());
    EXPECT_EQ(p.exitCode(), 0);
    EXPECT_EQ(QString::fromUtf8(p.readAllStandardError()), QString());
}

} // namespace
} // namespace dx
