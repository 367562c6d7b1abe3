// SPDX-License-Identifier: GPL-3.0-or-later
// `dxplanner collect`, `import` and `export --format xlsx|csv` end to end, through the built binary, on
// the bundled plan. Returned workbooks are filled by openpyxl (python3-openpyxl).
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <ostream>

namespace dx {
namespace {

struct Ran
{
    int exitCode = -1;
    QString out, err;
};

std::ostream &operator<<(std::ostream &os, const Ran &r)
{
    return os << "exit " << r.exitCode << "\n--- stdout\n"
              << r.out.left(3000).toStdString() << "\n--- stderr\n"
              << r.err.toStdString();
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

class CollectCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char arg0[] = "dxapp_tests";
            static char *argv[] = {arg0, nullptr};
            new QCoreApplication(argc, argv);
        }
        m_binary = qEnvironmentVariable("DX_BINARY");
        ASSERT_TRUE(QFileInfo(m_binary).isExecutable()) << "set DX_BINARY to the dxplanner executable";
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(QStringLiteral("home")));
        plan = path(QStringLiteral("plan.dxplan"));
        const Ran r = run({QStringLiteral("new"), plan});
        ASSERT_EQ(r.exitCode, 0) << r;
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Ran runProgram(const QString &program, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
        env.remove(QStringLiteral("LANGUAGE"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(program, args);
        Ran r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            ADD_FAILURE() << "did not finish: " << args.join(QLatin1Char(' ')).toStdString();
            return r;
        }
        EXPECT_EQ(p.exitStatus(), QProcess::NormalExit)
            << "crashed: " << args.join(QLatin1Char(' ')).toStdString();
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Ran run(const QStringList &args) { return runProgram(m_binary, args); }

    /// A copy of @p in filled by openpyxl: @p edits maps "Sheet!A1" to a value.
    QString fill(const QString &in, const QString &outName, const QJsonObject &edits)
    {
        const QString script = QDir(qEnvironmentVariable("DX_SOURCE_DIR"))
                                   .filePath(QStringLiteral("tests/data/collect/fill_workbook.py"));
        const QString python3 = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                                    ? QStringLiteral("/usr/bin/python3")
                                    : QStringLiteral("python3");
        const Ran r =
            runProgram(python3, {script, in, path(outName),
                                 QString::fromUtf8(QJsonDocument(edits).toJson(QJsonDocument::Compact))});
        EXPECT_EQ(r.exitCode, 0) << r;
        return path(outName);
    }

    QString collectOne()
    {
        const Ran r = run({QStringLiteral("collect"), plan, QStringLiteral("--period"),
                           QStringLiteral("2024"), QStringLiteral("--out"), path(QStringLiteral("out")),
                           QStringLiteral("--unit"), QStringLiteral("Sở TT&TT")});
        EXPECT_EQ(r.exitCode, 0) << r;
        return path(QStringLiteral("out/Sở Thông tin và Truyền thông.xlsx"));
    }

    QString plan;
    QString m_binary;
    QTemporaryDir m_dir;
};

// Indicator rows of the Sở TT&TT workbook start at row 2 (the header is row 1); H is the value column.
const QString kValues = QStringLiteral("Chỉ tiêu!H");

TEST_F(CollectCli, CollectWritesAWorkbookPerAgencyAndPerLocality)
{
    Ran r = run({QStringLiteral("collect"), plan, QStringLiteral("--period"), QStringLiteral("2024"),
                 QStringLiteral("--out"), path(QStringLiteral("agencies"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    const int agencies =
        int(QDir(path(QStringLiteral("agencies"))).entryList({QStringLiteral("*.xlsx")}).size());
    EXPECT_GE(agencies, 5);
    EXPECT_TRUE(QFileInfo::exists(path(QStringLiteral("agencies/Sở Thông tin và Truyền thông.xlsx"))));
    r = run({QStringLiteral("collect"), plan, QStringLiteral("--period"), QStringLiteral("2024"),
             QStringLiteral("--by"), QStringLiteral("locality"), QStringLiteral("--out"),
             path(QStringLiteral("localities"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_GE(QDir(path(QStringLiteral("localities"))).entryList({QStringLiteral("*.xlsx")}).size(), 9);
    // Usage errors. Without options, "collect PLAN" is still the command, never the window.
    EXPECT_EQ(run({QStringLiteral("collect"), plan}).exitCode, 1);
    EXPECT_EQ(
        run({QStringLiteral("collect"), plan, QStringLiteral("--out"), path(QStringLiteral("x"))}).exitCode,
        1);
    EXPECT_EQ(run({QStringLiteral("collect"), plan, QStringLiteral("--period"), QStringLiteral("2024"),
                   QStringLiteral("--out"), path(QStringLiteral("x")), QStringLiteral("--unit"),
                   QStringLiteral("Nobody")})
                  .exitCode,
              1);
}

TEST_F(CollectCli, DryRunLeavesThePlanUntouchedThenImportWritesAndRecordsTheReturn)
{
    const QString filled = fill(collectOne(), QStringLiteral("Sở Thông tin và Truyền thông.xlsx"),
                                {{kValues + QStringLiteral("3"), QStringLiteral("55,5")}});
    const QByteArray before = sha256(plan);
    Ran r = run({QStringLiteral("import"), plan, filled, QStringLiteral("--dry-run"),
                 QStringLiteral("--summary"), QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_EQ(sha256(plan), before);
    const QJsonObject summary = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(summary.value(QStringLiteral("totals")).toObject().value(QStringLiteral("writes")).toInt(), 1)
        << r;

    r = run({QStringLiteral("import"), plan, filled});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_NE(sha256(plan), before);
    r = run({QStringLiteral("collect"), plan, QStringLiteral("--period"), QStringLiteral("2024"),
             QStringLiteral("--status")});
    ASSERT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("Sở Thông tin và Truyền thông — "))) << r;
    // The value is exported with where it came from.
    r = run({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("csv"),
             QStringLiteral("--out"), path(QStringLiteral("values.csv"))});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile csv(path(QStringLiteral("values.csv")));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_TRUE(text.contains(
        QStringLiteral("\"55.5\",\"Chính thức\",\"Sở Thông tin và Truyền thông\",\"\",\"Sở Thông tin và "
                       "Truyền thông.xlsx\"")))
        << text.left(600).toStdString();
    // The CSV round-trips: importing it changes nothing.
    r = run({QStringLiteral("import"), plan, path(QStringLiteral("values.csv"))});
    EXPECT_EQ(r.exitCode, 0) << r;
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing to import"))) << r;
}

TEST_F(CollectCli, RefusedFilesExitTwoAndConflictsExitThree)
{
    const QString blank = collectOne();
    const QString bad = fill(blank, QStringLiteral("bad.xlsx"), {{kValues + QStringLiteral("3"), 250}});
    const QString good = fill(blank, QStringLiteral("good.xlsx"), {{kValues + QStringLiteral("4"), 20}});
    QFile damaged(path(QStringLiteral("damaged.xlsx")));
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly));
    QFile g(good);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    damaged.write(g.readAll().left(3000));
    damaged.close();
    const QByteArray before = sha256(plan);

    Ran r = run({QStringLiteral("import"), plan, bad, good});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("bad.xlsx, Chỉ tiêu!H3: A share must be between 0 and 100.")))
        << r;
    r = run({QStringLiteral("import"), plan, path(QStringLiteral("damaged.xlsx"))});
    EXPECT_EQ(r.exitCode, 2) << r;
    EXPECT_TRUE(r.out.contains(QStringLiteral("is damaged"))) << r;
    EXPECT_EQ(sha256(plan), before);
    // --skip-refused imports the good file.
    r = run({QStringLiteral("import"), plan, bad, good, QStringLiteral("--skip-refused")});
    EXPECT_EQ(r.exitCode, 0) << r;

    const QString a = fill(blank, QStringLiteral("a.xlsx"), {{kValues + QStringLiteral("5"), 30}});
    const QString b = fill(blank, QStringLiteral("b.xlsx"), {{kValues + QStringLiteral("5"), 31}});
    const QByteArray middle = sha256(plan);
    r = run({QStringLiteral("import"), plan, a, b});
    EXPECT_EQ(r.exitCode, 3) << r;
    EXPECT_EQ(sha256(plan), middle);
    r = run(
        {QStringLiteral("import"), plan, a, b, QStringLiteral("--on-conflict"), QStringLiteral("replace")});
    EXPECT_EQ(r.exitCode, 0) << r;
}

TEST_F(CollectCli, ExportsAnExcelWorkbook)
{
    const Ran r = run({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("xlsx"),
                       QStringLiteral("--out"), path(QStringLiteral("plan.xlsx")), QStringLiteral("--as-of"),
                       QStringLiteral("2024-12-31")});
    ASSERT_EQ(r.exitCode, 0) << r;
    QFile f(path(QStringLiteral("plan.xlsx")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(2) == "PK");
    EXPECT_EQ(
        run({QStringLiteral("export"), plan, QStringLiteral("--format"), QStringLiteral("pdf")}).exitCode, 1);
}

} // namespace
} // namespace dx
