// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 10 end to end: every case under "Why" run through the real dxplanner binary (DX_BINARY) in a
// shell, in a temporary folder. Each case asserts the exit code, the message, the sha256 of the plan
// before and after, and the exact set of files left in the folder (no side file, no partial file).
// Read-only media and full disks are made in a private mount namespace (unshare -m, as root in CI).
#include <gtest/gtest.h>

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <functional>
#include <ostream>
#include <string>

namespace dx {
namespace {

void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char arg0[] = "dxapp_tests";
    static char *argv[] = {arg0, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the test process
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(absent)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

struct Shell
{
    int exitCode = -1;
    QString out, err;
};

Shell sh(const QString &dir, const QString &script)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DX"), qEnvironmentVariable("DX_BINARY"));
    env.insert(QStringLiteral("HOME"), dir + QStringLiteral("-home"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    p.waitForFinished(120000);
    return Shell{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

bool haveMountNamespaces()
{
    static const bool have = [] {
        QTemporaryDir d;
        return sh(d.path(), QStringLiteral("unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs .'"))
                   .exitCode == 0;
    }();
    return have;
}

/// Runs SQL on @p path through a connection of the test's own.
void rawSql(const QString &path, const QStringList &statements)
{
    ensureApplication();
    const QString name = QStringLiteral("cli-files-%1").arg(QDateTime::currentMSecsSinceEpoch());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// Puts the live "-wal" of another plan (its title changed) beside plan.dxplan.
void foreignWal(const QString &dir)
{
    ASSERT_EQ(sh(dir, QStringLiteral("\"$DX\" new other.dxplan >/dev/null")).exitCode, 0);
    ensureApplication();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(dir + QStringLiteral("/other.dxplan"));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE plan SET title = 'Kế hoạch của tỉnh khác'")));
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO change_log (at, entity, entity_id, action) "
                                          "VALUES ('2025-01-01T00:00:00', 'plan', 1, 'update')")));
        ASSERT_TRUE(
            QFile::copy(dir + QStringLiteral("/other.dxplan-wal"), dir + QStringLiteral("/plan.dxplan-wal")));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void writeTemplate(const QString &dir, const std::function<void(QJsonObject &)> &change)
{
    const Shell exported = sh(dir, QStringLiteral("\"$DX\" export plan.dxplan"));
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    QJsonObject doc = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    change(doc);
    QFile f(dir + QStringLiteral("/bad.json"));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
}

struct CliCase
{
    const char *name;
    std::function<void(const QString &dir)> setup; ///< after plan.dxplan was made with `new`
    const char *script;                            ///< run by /bin/sh in the folder; $DX is the binary
    int exitCode;
    const char *message; ///< part of stdout + stderr
    const char *files;   ///< every file left in the folder, space-separated (sorted)
    bool needsMounts = false;
};

void PrintTo(const CliCase &c, std::ostream *os)
{
    *os << c.name;
}

const CliCase kCases[] = {
    {"CheckDroppedTable",
     [](const QString &d) {
         rawSql(d + QStringLiteral("/plan.dxplan"), {QStringLiteral("DROP TABLE measurement")});
     },
     R"("$DX" check plan.dxplan)", 2, "not a sound plan", "plan.dxplan"},
    {"ExportDroppedTable",
     [](const QString &d) {
         rawSql(d + QStringLiteral("/plan.dxplan"), {QStringLiteral("DROP TABLE measurement")});
     },
     R"("$DX" export plan.dxplan)", 2, "not a sound plan", "plan.dxplan"},
    {"StatusForeignTrigger",
     [](const QString &d) {
         rawSql(d + QStringLiteral("/plan.dxplan"),
                {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM measurement; "
                                "DELETE FROM change_log; END")});
     },
     R"("$DX" status plan.dxplan --as-of 2025-06-30)", 2, "foreign trigger wipe", "plan.dxplan"},
    {"ReportDamaged",
     [](const QString &d) {
         rawSql(d + QStringLiteral("/plan.dxplan"), {QStringLiteral("DROP INDEX measurement_key")});
     },
     R"("$DX" report plan.dxplan --out r.pdf --as-of 2025-06-30)", 2, "not a sound plan", "plan.dxplan"},
    {"CheckForeignWal", foreignWal, R"("$DX" check plan.dxplan)", 2, "does not belong",
     "other.dxplan plan.dxplan plan.dxplan-wal"},
    {"ExportForeignWal", foreignWal,
     R"("$DX" export plan.dxplan > ../e-$$.json; rc=$?; grep -q 'tỉnh khác' ../e-$$.json && echo APPLIED; rm ../e-$$.json; exit $rc)",
     0, "does not belong", "other.dxplan plan.dxplan plan.dxplan-wal"},
    {"ExportToDevFull", nullptr, R"("$DX" export plan.dxplan > /dev/full)", 2, "Cannot write", "plan.dxplan"},
    {"StatusJsonToDevFull", nullptr,
     R"("$DX" status plan.dxplan --format json --as-of 2025-06-30 > /dev/full)", 2, "Cannot write",
     "plan.dxplan"},
    {"ExportOutDevFull", nullptr,
     R"("$DX" export plan.dxplan --out /dev/full; rc=$?; test -c /dev/full || echo REPLACED; exit $rc)", 2,
     "Cannot write", "plan.dxplan"},
    {"TemplatePercentAsText",
     [](const QString &d) {
         writeTemplate(d, [](QJsonObject &doc) {
             QJsonArray tasks = doc.value(QStringLiteral("tasks")).toArray();
             QJsonObject t = tasks.at(0).toObject();
             t.insert(QStringLiteral("percentComplete"), QStringLiteral("half"));
             tasks.replace(0, t);
             doc.insert(QStringLiteral("tasks"), tasks);
         });
     },
     R"("$DX" new x.dxplan --template bad.json)", 2,
     R"(tasks[0].percentComplete: expected a number 0-100, got "half")", "bad.json plan.dxplan"},
    {"TemplateTopLevelList",
     [](const QString &d) {
         QFile f(d + QStringLiteral("/bad.json"));
         ASSERT_TRUE(f.open(QIODevice::WriteOnly));
         f.write("[]");
     },
     R"("$DX" new x.dxplan --template bad.json)", 2, "JSON list", "bad.json plan.dxplan"},
    {"TemplateHugeTitle",
     [](const QString &d) {
         writeTemplate(d, [](QJsonObject &doc) {
             QJsonObject p = doc.value(QStringLiteral("plan")).toObject();
             p.insert(QStringLiteral("title"), QString(100000, QLatin1Char('T')));
             doc.insert(QStringLiteral("plan"), p);
         });
     },
     R"("$DX" new x.dxplan --template bad.json)", 2, "at most 2000", "bad.json plan.dxplan"},
    {"NewOverExisting", nullptr, R"("$DX" new plan.dxplan)", 2, "already exists", "plan.dxplan"},
    {"SymlinkLoop", nullptr,
     R"(ln -s loop.dxplan loop.dxplan; "$DX" check loop.dxplan; rc=$?; rm loop.dxplan; exit $rc)", 2,
     "leads back to itself", "plan.dxplan"},
    {"ReadOnlyMediaExportCheckReport", nullptr,
     R"sh(mkdir -p ../out-$$ && unshare -m sh -c 'mount --bind . . && mount -o remount,ro,bind . &&
        "$DX" check plan.dxplan && "$DX" export plan.dxplan > ../out-'$$'/e.json &&
        "$DX" report plan.dxplan --out ../out-'$$'/r.pdf --as-of 2025-06-30 && test -s ../out-'$$'/e.json'
        rc=$?; rm -rf ../out-$$; exit $rc)sh",
     0, "the plan is sound", "plan.dxplan", true},
    {"ExportToAFullDisk", nullptr,
     R"sh(mkdir full && unshare -m sh -c 'mount -t tmpfs -o size=16k tmpfs full && "$DX" export plan.dxplan > full/e.json'
        rc=$?; rmdir full; exit $rc)sh",
     2, "Cannot write", "plan.dxplan", true},
    {"NewOnAFullDisk", nullptr,
     R"sh(mkdir full && unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs full && head -c 60000 /dev/zero > full/filler
        "$DX" new full/p.dxplan; rc=$?; rm full/filler; [ -z "$(ls -A full)" ] || { echo LEFTOVER; ls -A full; }; exit $rc'
        rc=$?; rmdir full; exit $rc)sh",
     2, "is full", "plan.dxplan", true},
    // An older plan (schema version 1) opened for writing on a full disk: with room for neither the backup,
    // nor the backup and the migrated copy, nor enough for the migration's own pages. Each time the old file
    // stays byte for byte as it was, with nothing beside it (no backup, -wal, -shm or half-made copy).
    // (tests/app/migrate_on_full_disk.sh, which raises its own alarms.)
    {"MigrationOnAFullDiskNoRoomForTheBackup", nullptr,
     R"(sh "$DX_SOURCE_DIR/tests/app/migrate_on_full_disk.sh" 100)", 2, "is full", "plan.dxplan", true},
    {"MigrationOnAFullDiskRoomForTheBackupOnly", nullptr,
     R"(sh "$DX_SOURCE_DIR/tests/app/migrate_on_full_disk.sh" 30)", 2, "is full", "plan.dxplan", true},
    {"MigrationOnAFullDiskRoomForAlmostAll", nullptr,
     R"(sh "$DX_SOURCE_DIR/tests/app/migrate_on_full_disk.sh" 10)", 2, "is full", "plan.dxplan", true},
    {"MigrationWithRoomSucceedsAndKeepsTheBackup", nullptr,
     R"(sh "$DX_SOURCE_DIR/tests/app/migrate_on_full_disk.sh" 0 1m)", 0, "old.dxplan.schema-v1.bak",
     "plan.dxplan", true},
};

class CliFiles : public ::testing::TestWithParam<CliCase>
{
};

TEST_P(CliFiles, ExitCodeMessageAndFilesAreRight)
{
    const CliCase &c = GetParam();
    if (c.needsMounts && !haveMountNamespaces())
        GTEST_SKIP() << "mount namespaces need root (CAP_SYS_ADMIN); CI runs as root";
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("work"));
    ASSERT_TRUE(QDir().mkpath(dir));
    ASSERT_TRUE(QDir().mkpath(tmp.filePath(QStringLiteral("work-home"))));
    const Shell made = sh(dir, QStringLiteral("\"$DX\" new plan.dxplan"));
    ASSERT_EQ(made.exitCode, 0) << made.err.toStdString();
    if (c.setup)
        c.setup(dir);
    if (::testing::Test::HasFatalFailure())
        return;
    const QString plan = dir + QStringLiteral("/plan.dxplan");
    const QByteArray before = sha256(plan);
    const Shell r = sh(dir, QString::fromUtf8(c.script));
    EXPECT_EQ(r.exitCode, c.exitCode) << r.out.left(2000).toStdString() << "\n" << r.err.toStdString();
    EXPECT_TRUE(QString(r.out + r.err).contains(QString::fromUtf8(c.message)))
        << r.out.left(2000).toStdString() << "\n"
        << r.err.toStdString();
    for (const char *word : {"REPLACED", "APPLIED", "LEFTOVER"}) // the scripts' own alarms
        EXPECT_FALSE(r.out.contains(QLatin1String(word))) << word << "\n" << r.out.left(2000).toStdString();
    EXPECT_EQ(sha256(plan), before) << "the plan changed";
    QStringList files =
        QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::Dirs | QDir::NoDotAndDotDot);
    files.removeAll(QStringLiteral("plan.dxplan.backups"));
    files.sort();
    EXPECT_EQ(files.join(QLatin1Char(' ')).toStdString(), std::string(c.files));
}

INSTANTIATE_TEST_SUITE_P(WhyCases, CliFiles, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<CliCase> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST(CliKill, NewKilledAtFiftyMomentsLeavesNothingOrACompletePlan)
{
    QTemporaryDir tmp;
    ASSERT_TRUE(tmp.isValid());
    // How long one `new` takes here, then 50 kills spread from 0 to 1.5 times that.
    QElapsedTimer timer;
    timer.start();
    ASSERT_EQ(sh(tmp.path(), QStringLiteral("\"$DX\" new timed.dxplan >/dev/null")).exitCode, 0);
    const qint64 ms = timer.elapsed();
    int nothing = 0, complete = 0;
    for (int i = 0; i < 50; ++i) {
        const QString name = QStringLiteral("k%1.dxplan").arg(i);
        QProcess p;
        p.setWorkingDirectory(tmp.path());
        p.start(qEnvironmentVariable("DX_BINARY"), {QStringLiteral("new"), name});
        ASSERT_TRUE(p.waitForStarted());
        QThread::usleep(static_cast<unsigned long>(ms * 1500 * i / 50));
        p.kill();
        p.waitForFinished();
        const QString file = tmp.filePath(name);
        if (!QFileInfo::exists(file)) {
            ++nothing;
            continue;
        }
        ++complete;
        const Shell checked = sh(tmp.path(), QStringLiteral("\"$DX\" check %1").arg(name));
        EXPECT_EQ(checked.exitCode, 0) << "run " << i << ": " << checked.err.toStdString();
    }
    std::cout << "dxplanner new takes " << ms << " ms; killed: " << nothing << " left nothing, " << complete
              << " a complete plan\n";
}

} // namespace
} // namespace dx
