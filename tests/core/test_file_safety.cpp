// SPDX-License-Identifier: GPL-3.0-or-later
// Plan files that survive everything (issue 10): a tampered schema is refused, side files that do not
// belong to the plan are never applied, reading writes nothing, new files appear complete or not at all,
// read-only media and full disks are named for what they are. Every case checks the file's sha256 before
// and after and that no side file or partial file remains.
#include "domain/Validation.h"
#include "io/PlanImporter.h"
#include "store/BackupSet.h"
#include "store/FileProblem.h"
#include "store/PlanFile.h"
#include "store/Schema.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>
#include <functional>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

namespace dx {
namespace {

using namespace store_test;

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return "(absent)";
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Everything in @p dir but @p expected: side files, temporaries, backups left behind.
QStringList strayFiles(const QString &dir, const QStringList &expected)
{
    QStringList out;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
        if (!expected.contains(name))
            out << name;
    return out;
}

std::string joined(const QStringList &l)
{
    return l.join(QLatin1Char(' ')).toStdString();
}

// ---- schema ---------------------------------------------------------------------------------------

struct Tamper
{
    const char *name;
    const char *sql;
    const char *named; ///< the word the refusal must name
};

void PrintTo(const Tamper &t, std::ostream *os)
{
    *os << t.name;
}

const Tamper kTampers[] = {
    {"DroppedTable", "DROP TABLE measurement", "measurement"},
    {"ForeignTrigger",
     "CREATE TRIGGER wipe AFTER UPDATE ON task BEGIN DELETE FROM measurement; DELETE FROM change_log; END",
     "wipe"},
    {"ForeignView", "CREATE VIEW v AS SELECT * FROM task", "v"},
    {"ForeignIndex", "CREATE INDEX extra_idx ON task(title)", "extra_idx"},
    {"ForeignTable", "CREATE TABLE extra (x)", "extra"},
    {"DroppedIndex", "DROP INDEX measurement_key", "measurement_key"},
    {"DroppedTrigger", "DROP TRIGGER measurement_value_insert", "measurement_value_insert"},
    {"AddedColumn", "ALTER TABLE task ADD COLUMN secret TEXT", "task"},
    {"ReplacedTrigger",
     "DROP TRIGGER task_title_required_insert\n;\nCREATE TRIGGER task_title_required_insert BEFORE INSERT ON "
     "task BEGIN SELECT 1; END",
     "task_title_required_insert"},
};

class SchemaTamper : public StoreTest, public ::testing::WithParamInterface<Tamper>
{
};

TEST_P(SchemaTamper, IsRefusedAsNotASoundPlanAndLeftUnchanged)
{
    const QString file = path();
    create().reset();
    {
        RawDb raw(file, false);
        for (const QString &sql : QString::fromUtf8(GetParam().sql).split(QStringLiteral("\n;\n"))) {
            ASSERT_TRUE(raw.exec(sql)) << sql.toStdString();
        }
    }
    const QByteArray before = sha256(file);
    for (const auto check :
         {PlanStore::IntegrityCheck::BeforeOpening, PlanStore::IntegrityCheck::InBackground}) {
        auto opened = PlanStore::open(file, check);
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.error().code, Error::Code::Corrupt);
        EXPECT_TRUE(opened.error().message.contains(QStringLiteral("not a sound plan")))
            << opened.error().message.toStdString();
        EXPECT_TRUE(opened.error().message.contains(QLatin1String(GetParam().named)))
            << opened.error().message.toStdString();
    }
    EXPECT_FALSE(PlanFile::inspect(file).ok());
    EXPECT_EQ(sha256(file), before);
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}));
}

INSTANTIATE_TEST_SUITE_P(Kinds, SchemaTamper, ::testing::ValuesIn(kTampers),
                         [](const ::testing::TestParamInfo<Tamper> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST_F(StoreTest, StatisticsTablesOfAnalyzeAreNoForeignSchema)
{
    const QString file = path();
    create().reset();
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("ANALYZE")));
    }
    auto opened = PlanStore::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->checkIntegrity().ok());
}

TEST_F(StoreTest, CheckIntegrityFindsASchemaChangedWhileOpen)
{
    auto store = create();
    ASSERT_TRUE(store);
    {
        RawDb raw(store->path());
        ASSERT_TRUE(raw.exec(QStringLiteral("CREATE TRIGGER late AFTER INSERT ON task BEGIN SELECT 1; END")));
    }
    const Status s = store->checkIntegrity();
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("late"))) << s.error().message.toStdString();
}

// ---- side files -----------------------------------------------------------------------------------

class SideFileTest : public StoreTest
{
protected:
    /// Creates @p name with the given title and closes it.
    void makePlan(const QString &name, const QString &title)
    {
        Plan p = samplePlan();
        p.title = title;
        auto r = PlanStore::create(path(name), p);
        ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    }
    /// Opens @p name, retitles it, and copies its live "-wal" (and, when @p withMain, the main file as it
    /// was on disk before the write) to @p walTarget while it is still open.
    void copyLiveWal(const QString &name, const QString &newTitle, const QString &walTarget,
                     const QString &mainTarget = {})
    {
        auto r = PlanStore::open(path(name));
        ASSERT_TRUE(r.ok());
        if (!mainTarget.isEmpty()) {
            ASSERT_TRUE(QFile::copy(path(name), mainTarget));
        }
        Plan p = r.value()->plan();
        p.title = newTitle;
        ASSERT_TRUE(r.value()->updatePlan(p).ok());
        ASSERT_TRUE(QFile::copy(path(name) + QStringLiteral("-wal"), walTarget));
    }
};

TEST_F(SideFileTest, AWalOfAnotherPlanIsNotApplied)
{
    makePlan(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A"));
    makePlan(QStringLiteral("b.dxplan"), QStringLiteral("Kế hoạch B"));
    const QString a = path(QStringLiteral("a.dxplan"));
    copyLiveWal(QStringLiteral("b.dxplan"), QStringLiteral("Kế hoạch B, sửa"), a + QStringLiteral("-wal"));
    const QByteArray before = sha256(a), walBefore = sha256(a + QStringLiteral("-wal"));

    PlanFile::Details details;
    ASSERT_TRUE(PlanFile::inspect(a, PlanFile::Depth::Whole, &details).ok());
    EXPECT_EQ(details.sideFiles, PlanFile::SideFiles::Foreign);

    auto opened = PlanStore::open(a);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    PlanStore &store = *opened.value();
    EXPECT_EQ(store.plan().title, QStringLiteral("Kế hoạch A"));
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_TRUE(store.readOnlyReason().contains(QStringLiteral("does not belong")))
        << store.readOnlyReason().toStdString();
    ASSERT_FALSE(store.warnings().isEmpty());
    EXPECT_FALSE(store.checkIntegrity().ok()) << "check must report the foreign file";
    Plan p = store.plan();
    p.title = QStringLiteral("x");
    EXPECT_FALSE(store.updatePlan(p).ok());
    opened.value().reset();
    EXPECT_EQ(sha256(a), before);
    EXPECT_EQ(sha256(a + QStringLiteral("-wal")), walBefore);
    EXPECT_FALSE(QFileInfo::exists(a + QStringLiteral("-shm")));
}

TEST_F(SideFileTest, AWalLeftByACrashOfThisPlanIsRecovered)
{
    makePlan(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A"));
    const QString crashed = path(QStringLiteral("crashed.dxplan"));
    copyLiveWal(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A, sửa"),
                crashed + QStringLiteral("-wal"), crashed);
    PlanFile::Details details;
    ASSERT_TRUE(PlanFile::inspect(crashed, PlanFile::Depth::Whole, &details).ok());
    EXPECT_EQ(details.sideFiles, PlanFile::SideFiles::Recoverable);
    auto opened = PlanStore::open(crashed);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_FALSE(opened.value()->isReadOnly());
    EXPECT_EQ(opened.value()->plan().title, QStringLiteral("Kế hoạch A, sửa"));
    EXPECT_TRUE(opened.value()->checkIntegrity().ok());
}

TEST_F(SideFileTest, ABackupRestoredOverAPlanWithItsOldWalIsNotCalledDamaged)
{
    makePlan(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A"));
    const QString a = path(QStringLiteral("a.dxplan")), backup = path(QStringLiteral("a-backup.dxplan"));
    {
        auto r = PlanStore::open(a);
        ASSERT_TRUE(r.ok());
        QList<Id> ids;
        for (int i = 0; i < 40; ++i) {
            TaskGroup g;
            g.title = QStringLiteral("Nhóm %1").arg(i);
            g.description = QString(300, QLatin1Char('d'));
            ids << r.value()->insertGroup(g).value();
        }
        for (int i = 0; i < 30; ++i)
            ASSERT_TRUE(r.value()->removeGroup(ids.at(i)).ok());
        ASSERT_TRUE(r.value()->saveCopy(backup).ok()); // compacted: its pages are not the plan's pages
        for (int i = 0; i < 30; ++i) {
            TaskGroup g;
            g.title = QStringLiteral("Nhóm mới %1").arg(i);
            ASSERT_TRUE(r.value()->insertGroup(g).ok());
        }
        ASSERT_TRUE(QFile::copy(a + QStringLiteral("-wal"), path(QStringLiteral("old-wal"))));
    }
    ASSERT_TRUE(QFile::remove(a));
    ASSERT_TRUE(QFile::rename(backup, a));
    ASSERT_TRUE(QFile::rename(path(QStringLiteral("old-wal")), a + QStringLiteral("-wal")));
    const QByteArray before = sha256(a);
    auto opened = PlanStore::open(a);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    ASSERT_TRUE(opened.value()->isReadOnly()) << "the old -wal must not be applied to the backup";
    EXPECT_EQ(opened.value()->groups().size(), 10) << "the backup's own content, nothing of the old -wal";
    opened.value().reset();
    EXPECT_EQ(sha256(a), before);
}

TEST_F(SideFileTest, ARollbackJournalBesideAWalPlanIsNotApplied)
{
    makePlan(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A"));
    const QString a = path(QStringLiteral("a.dxplan"));
    {
        QFile j(a + QStringLiteral("-journal"));
        ASSERT_TRUE(j.open(QIODevice::WriteOnly));
        j.write(QByteArray("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8) + QByteArray(504, '\x01'));
    }
    const QByteArray before = sha256(a);
    auto opened = PlanStore::open(a);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->isReadOnly());
    EXPECT_EQ(opened.value()->plan().title, QStringLiteral("Kế hoạch A"));
    opened.value().reset();
    EXPECT_EQ(sha256(a), before);
}

TEST_F(SideFileTest, ReadOnlyAccessWritesNothingAndRefusesWrites)
{
    makePlan(QStringLiteral("a.dxplan"), QStringLiteral("Kế hoạch A"));
    const QString a = path(QStringLiteral("a.dxplan"));
    const QByteArray before = sha256(a);
    {
        auto opened =
            PlanStore::open(a, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        EXPECT_TRUE(opened.value()->isReadOnly());
        EXPECT_TRUE(opened.value()->checkIntegrity().ok());
        EXPECT_EQ(opened.value()->tasks().size(), 0);
        TaskGroup g;
        g.title = QStringLiteral("Nhóm");
        const auto refused = opened.value()->insertGroup(g);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().code, Error::Code::Io);
        EXPECT_TRUE(sideFiles(a).isEmpty()) << joined(sideFiles(a));
    }
    EXPECT_EQ(sha256(a), before);
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("a.dxplan")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("a.dxplan")}));
}

// ---- atomic creation ------------------------------------------------------------------------------

TEST_F(StoreTest, AFailedCreationLeavesNothing)
{
    const QString file = path();
    auto r = PlanStore::create(file, samplePlan(), [](PlanStore &s) {
        TaskGroup g;
        g.title = QStringLiteral("Nhóm");
        EXPECT_TRUE(s.insertGroup(g).ok());
        return Status::fail(Error::Code::Invalid, QStringLiteral("refused on purpose"));
    });
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().message, QStringLiteral("refused on purpose"));
    EXPECT_TRUE(strayFiles(m_dir.path(), {}).isEmpty()) << joined(strayFiles(m_dir.path(), {}));
}

TEST_F(StoreTest, TemporariesOfAKilledCreationAreRemovedByTheNext)
{
    // A pid that no longer runs: a child that has exited and was waited for.
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0)
        _exit(0);
    ASSERT_EQ(waitpid(child, nullptr, 0), child);
    const QString stale = path(QStringLiteral(".plan.dxplan.%1-1.dxtmp").arg(child));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(stale + suffix);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("half a plan");
    }
    ASSERT_TRUE(create());
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}));
}

TEST_F(StoreTest, CreationRefusesAnExistingFileOrLink)
{
    const QString file = path();
    ASSERT_TRUE(QFile::link(path(QStringLiteral("nowhere")), file)); // a dangling link
    auto r = PlanStore::create(file, samplePlan());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Exists);
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}).isEmpty());
}

TEST_F(StoreTest, SaveCopyIsCompleteAndLeavesNoTemporary)
{
    auto store = create();
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->saveCopy(path(QStringLiteral("copy.dxplan"))).ok());
    EXPECT_TRUE(PlanFile::inspect(path(QStringLiteral("copy.dxplan"))).ok());
    const Status again = store->saveCopy(path(QStringLiteral("copy.dxplan")));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Exists);
    store.reset();
    EXPECT_TRUE(
        strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan"), QStringLiteral("copy.dxplan")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan"), QStringLiteral("copy.dxplan")}));
}

TEST_F(StoreTest, ASymlinkLoopIsNamedAsALoop)
{
    const QString file = path();
    ASSERT_TRUE(QFile::link(file, file));
    const auto r = PlanStore::open(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("leads back to itself")))
        << r.error().message.toStdString();
}

// ---- kill during creation ----------------------------------------------------------------------

TEST_F(StoreTest, CreationKilledAtFiftyMomentsLeavesNothingOrACompletePlan)
{
    // Kill moments spread evenly over the whole creation in a child process, measured first the same
    // way (fork, create, exit): 0 to 1.5 times its length.
    QElapsedTimer timer;
    timer.start();
    {
        const pid_t timed = fork();
        ASSERT_GE(timed, 0);
        if (timed == 0)
            _exit(PlanImporter::createFromTemplate(path(QStringLiteral("timed.dxplan")),
                                                   QStringLiteral("resolution-06"))
                      ? 0
                      : 3);
        int status = 0;
        ASSERT_EQ(waitpid(timed, &status, 0), timed);
        ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    }
    const qint64 lengthUs = timer.nsecsElapsed() / 1000;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path(QStringLiteral("timed.dxplan")) + suffix); // the child exited with it open
    int nothing = 0, complete = 0;
    for (int i = 0; i < 50; ++i) {
        const QString file = path(QStringLiteral("k%1.dxplan").arg(i));
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            const auto r = PlanImporter::createFromTemplate(file, QStringLiteral("resolution-06"));
            _exit(r.ok() ? 0 : 3);
        }
        usleep(useconds_t(lengthUs * 15 * i / 500));
        kill(child, SIGKILL);
        int status = 0;
        ASSERT_EQ(waitpid(child, &status, 0), child);
        if (!QFileInfo::exists(file)) {
            ++nothing;
            continue;
        }
        ++complete;
        const Result<int> checked = PlanFile::inspect(file);
        ASSERT_TRUE(checked.ok()) << "run " << i << ": " << checked.error().message.toStdString();
        auto opened = PlanStore::open(file);
        ASSERT_TRUE(opened.ok()) << "run " << i;
        EXPECT_EQ(opened.value()->groups().size(), 8) << "run " << i << ": a half-made plan";
    }
    // The next creation of each target cleans what the killed ones left.
    for (int i = 0; i < 50; ++i) {
        const QString file = path(QStringLiteral("k%1.dxplan").arg(i));
        if (!QFileInfo::exists(file)) {
            ASSERT_TRUE(PlanStore::create(file, samplePlan()).ok()) << "run " << i;
        }
    }
    QStringList expected;
    for (int i = 0; i < 50; ++i)
        expected << QStringLiteral("k%1.dxplan").arg(i);
    EXPECT_TRUE(strayFiles(m_dir.path(), expected).isEmpty()) << joined(strayFiles(m_dir.path(), expected));
    RecordProperty("nothing", nothing);
    RecordProperty("complete", complete);
    std::cout << "creation takes " << lengthUs / 1000 << " ms; killed creations: " << nothing
              << " left nothing, " << complete << " a complete plan\n";
    EXPECT_GT(nothing, 0);
    EXPECT_GT(complete, 0);
}

// ---- read-only media and full disks (private mount namespace, as root) ------------------------------

/// Runs @p scenario in a child process with its own mount namespace, so it may mount a read-only bind or
/// a tiny tmpfs; returns "ok" or what went wrong. Empty when mount namespaces are not available.
QString inPrivateMounts(const std::function<QString()> &scenario)
{
    int pipeFd[2];
    if (pipe(pipeFd) != 0)
        return QStringLiteral("pipe failed");
    const pid_t child = fork();
    if (child == 0) {
        close(pipeFd[0]);
        QString result;
        if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            result = QString();
        else
            result = scenario();
        const QByteArray bytes = result.toUtf8();
        ssize_t written = write(pipeFd[1], bytes.constData(), size_t(bytes.size()));
        Q_UNUSED(written)
        _exit(0);
    }
    close(pipeFd[1]);
    QByteArray out;
    char buf[4096];
    ssize_t n = 0;
    while ((n = read(pipeFd[0], buf, sizeof buf)) > 0)
        out.append(buf, n);
    close(pipeFd[0]);
    waitpid(child, nullptr, 0);
    return QString::fromUtf8(out);
}

bool mountReadOnly(const QString &dir)
{
    const QByteArray d = QFile::encodeName(dir);
    return mount(d.constData(), d.constData(), nullptr, MS_BIND, nullptr) == 0 &&
           mount(nullptr, d.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
}

bool mountTinyTmpfs(const QString &dir, const char *size)
{
    const QByteArray options = QByteArray("size=") + size;
    return mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, options.constData()) == 0;
}

/// Fills the file system of @p dir to the last byte.
void fill(const QString &dir)
{
    QFile f(dir + QStringLiteral("/filler"));
    if (!f.open(QIODevice::WriteOnly))
        return;
    const QByteArray block(512, 'x');
    while (f.write(block) == block.size() && f.flush()) {
    }
    f.close();
}

TEST_F(StoreTest, APlanOnReadOnlyMediaOpensReadOnlyWithTheReason)
{
    const QString dir = path(QStringLiteral("stick"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString file = dir + QStringLiteral("/plan.dxplan");
    ASSERT_TRUE(PlanStore::create(file, samplePlan()).ok());
    const QByteArray before = sha256(file);
    const QString result = inPrivateMounts([&]() -> QString {
        if (!mountReadOnly(dir))
            return QString();
        auto opened = PlanStore::open(file, PlanStore::IntegrityCheck::InBackground);
        if (!opened)
            return QStringLiteral("refused: ") + opened.error().message;
        if (!opened.value()->isReadOnly() ||
            !opened.value()->readOnlyReason().contains(QStringLiteral("read-only media")))
            return QStringLiteral("not read-only: ") + opened.value()->readOnlyReason();
        if (!opened.value()->checkIntegrity())
            return QStringLiteral("check failed");
        TaskGroup g;
        g.title = QStringLiteral("Nhóm");
        const auto w = opened.value()->insertGroup(g);
        if (w || !w.error().message.contains(QStringLiteral("read-only media")))
            return QStringLiteral("write: ") + (w ? QStringLiteral("accepted") : w.error().message);
        return QStringLiteral("ok");
    });
    if (result.isEmpty())
        GTEST_SKIP() << "mount namespaces need root (CAP_SYS_ADMIN); CI runs as root";
    EXPECT_EQ(result, QStringLiteral("ok"));
    EXPECT_EQ(sha256(file), before);
    EXPECT_TRUE(strayFiles(dir, {QStringLiteral("plan.dxplan")}).isEmpty())
        << joined(strayFiles(dir, {QStringLiteral("plan.dxplan")}));
}

TEST_F(StoreTest, CreatingOnAFullDiskSaysSoAndLeavesNothing)
{
    const QString dir = path(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString result = inPrivateMounts([&]() -> QString {
        if (!mountTinyTmpfs(dir, "64k"))
            return QString();
        fill(dir);
        const auto r = PlanImporter::createFromTemplate(dir + QStringLiteral("/plan.dxplan"),
                                                        QStringLiteral("resolution-06"));
        if (r)
            return QStringLiteral("created on a full disk");
        if (r.error().code != Error::Code::Io || !r.error().message.contains(QStringLiteral("full")))
            return QStringLiteral("message: ") + r.error().message;
        const QStringList stray = strayFiles(dir, {QStringLiteral("filler")});
        if (!stray.isEmpty())
            return QStringLiteral("left: ") + stray.join(QLatin1Char(' '));
        return QStringLiteral("ok");
    });
    if (result.isEmpty())
        GTEST_SKIP() << "mount namespaces need root (CAP_SYS_ADMIN); CI runs as root";
    EXPECT_EQ(result, QStringLiteral("ok"));
}

TEST_F(StoreTest, ASoundPlanOnAFullDiskIsReadAndNotCalledDamaged)
{
    const QString dir = path(QStringLiteral("full"));
    ASSERT_TRUE(QDir().mkpath(dir));
    const QString result = inPrivateMounts([&]() -> QString {
        if (!mountTinyTmpfs(dir, "512k"))
            return QString();
        const QString file = dir + QStringLiteral("/plan.dxplan");
        if (!PlanStore::create(file, samplePlan()))
            return QStringLiteral("could not create");
        const QByteArray before = sha256(file);
        fill(dir);
        auto ro =
            PlanStore::open(file, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
        if (!ro)
            return QStringLiteral("read-only open: ") + ro.error().message;
        if (!ro.value()->checkIntegrity())
            return QStringLiteral("check failed");
        ro.value().reset();
        auto rw = PlanStore::open(file);
        if (rw) {
            TaskGroup g;
            g.title = QString(4000, QLatin1Char('x')).left(1500);
            const auto w = rw.value()->insertGroup(g);
            if (w.ok())
                return QStringLiteral("a write succeeded on a full disk");
            if (w.error().message.contains(QStringLiteral("damaged")))
                return QStringLiteral("write: ") + w.error().message;
            rw.value().reset();
        } else if (rw.error().code == Error::Code::Corrupt) {
            return QStringLiteral("open: ") + rw.error().message;
        }
        QFile::remove(dir + QStringLiteral("/filler"));
        if (sha256(file) != before && !PlanFile::inspect(file))
            return QStringLiteral("the plan was damaged");
        const QStringList stray = strayFiles(dir, {QStringLiteral("plan.dxplan")});
        if (!stray.isEmpty())
            return QStringLiteral("left: ") + stray.join(QLatin1Char(' '));
        return QStringLiteral("ok");
    });
    if (result.isEmpty())
        GTEST_SKIP() << "mount namespaces need root (CAP_SYS_ADMIN); CI runs as root";
    EXPECT_EQ(result, QStringLiteral("ok"));
}

// ---- text limits ---------------------------------------------------------------------------------

TEST_F(StoreTest, TextsOverTheLimitAreRefusedAtTheDoor)
{
    auto store = create();
    ASSERT_TRUE(store);
    const QString before = contentOf(*store);
    Plan p = store->plan();
    p.title = QString(Validation::kMaxLineLength + 1, QLatin1Char('a'));
    const Status plan = store->updatePlan(p);
    ASSERT_FALSE(plan.ok());
    EXPECT_EQ(plan.error().code, Error::Code::Invalid);
    EXPECT_TRUE(plan.error().message.contains(QStringLiteral("at most 2000")))
        << plan.error().message.toStdString();
    TaskGroup g;
    g.title = QStringLiteral("Nhóm");
    g.description = QString(Validation::kMaxTextLength + 1, QLatin1Char('a'));
    EXPECT_FALSE(store->insertGroup(g).ok());
    g.description = QString(Validation::kMaxTextLength, QLatin1Char('a'));
    const auto id = store->insertGroup(g);
    ASSERT_TRUE(id.ok());
    Task t;
    t.groupId = id.value();
    t.title = QStringLiteral("Nhiệm vụ");
    t.notes = QString(1000000, QLatin1Char('n'));
    EXPECT_FALSE(store->insertTask(t).ok());
    p.title = QString(Validation::kMaxLineLength, QLatin1Char('a'));
    EXPECT_TRUE(store->updatePlan(p).ok());
}

// ---- template import -----------------------------------------------------------------------------

struct BadTemplate
{
    const char *name;
    std::function<void(QJsonObject &)> change;
    const char *message; ///< a part of the refusal
};

void PrintTo(const BadTemplate &b, std::ostream *os)
{
    *os << b.name;
}

/// Sets @p value at @p key of the @p index-th object of the top-level list @p list.
void setIn(QJsonObject &doc, const char *list, int index, const char *key, const QJsonValue &value)
{
    QJsonArray a = doc.value(QLatin1String(list)).toArray();
    QJsonObject o = a.at(index).toObject();
    o.insert(QLatin1String(key), value);
    a.replace(index, o);
    doc.insert(QLatin1String(list), a);
}

void appendCopy(QJsonObject &doc, const char *list, int index,
                const std::function<void(QJsonObject &)> &change)
{
    QJsonArray a = doc.value(QLatin1String(list)).toArray();
    QJsonObject o = a.at(index).toObject();
    change(o);
    a.append(o);
    doc.insert(QLatin1String(list), a);
}

const BadTemplate kBadTemplates[] = {
    {"PercentAsText", [](QJsonObject &d) { setIn(d, "tasks", 7, "percentComplete", QStringLiteral("half")); },
     R"(tasks[7].percentComplete: expected a number 0-100, got "half")"},
    {"PercentOutOfRange", [](QJsonObject &d) { setIn(d, "tasks", 1, "percentComplete", 140); },
     "tasks[1].percentComplete: expected a number 0-100, got 140"},
    {"PercentFraction", [](QJsonObject &d) { setIn(d, "tasks", 1, "percentComplete", 12.5); },
     "tasks[1].percentComplete: expected a number 0-100, got 12.5"},
    {"NumericDeadline", [](QJsonObject &d) { setIn(d, "tasks", 2, "deadline", 20251231); },
     "tasks[2].deadline: expected a date yyyy-MM-dd, got 20251231"},
    {"ImpossibleDate", [](QJsonObject &d) { setIn(d, "tasks", 2, "deadline", QStringLiteral("2025-02-30")); },
     "tasks[2].deadline: expected a date"},
    {"UnknownStatus", [](QJsonObject &d) { setIn(d, "tasks", 0, "status", QStringLiteral("finished")); },
     R"(tasks[0].status: expected one of not_started, in_progress, done, got "finished")"},
    {"DirectionSideways",
     [](QJsonObject &d) { setIn(d, "indicators", 2, "direction", QStringLiteral("sideways")); },
     R"(indicators[2].direction: expected one of increase, decrease, got "sideways")"},
    {"UnknownKind", [](QJsonObject &d) { setIn(d, "localities", 3, "kind", QStringLiteral("village")); },
     R"(localities[3].kind: expected one of)"},
    {"DuplicateMeasurement",
     [](QJsonObject &d) {
         appendCopy(d, "measurements", 0, [](QJsonObject &o) { o.insert(QStringLiteral("value"), 99); });
     },
     "measurements[12]: a second value for the same indicator, locality and period as measurements[0]"},
    {"DuplicateLocalityCode",
     [](QJsonObject &d) {
         appendCopy(d, "localities", 1,
                    [](QJsonObject &o) { o.insert(QStringLiteral("key"), QStringLiteral("NEW")); });
     },
     R"(localities[13].code: the code "288" is used twice)"},
    {"DuplicateKey", [](QJsonObject &d) { appendCopy(d, "agencies", 0, [](QJsonObject &) {}); },
     "agencies[35].key: the key"},
    {"DuplicateIndicatorCode", [](QJsonObject &d) { appendCopy(d, "indicators", 0, [](QJsonObject &) {}); },
     R"(indicators[20].code: the code "TQ-01" is used twice)"},
    {"DanglingParent", [](QJsonObject &d) { setIn(d, "localities", 1, "parent", QStringLiteral("NOWHERE")); },
     R"(localities[1].parent: refers to an unknown locality "NOWHERE")"},
    {"DanglingLeadAgency", [](QJsonObject &d) { setIn(d, "tasks", 4, "leadAgency", QStringLiteral("XYZ")); },
     R"(tasks[4].leadAgency: refers to an unknown agency "XYZ")"},
    {"TitleAsNumber", [](QJsonObject &d) { setIn(d, "groups", 3, "title", 12); },
     "groups[3].title: expected text, got 12"},
    {"ValueAsText", [](QJsonObject &d) { setIn(d, "measurements", 1, "value", QStringLiteral("14")); },
     R"(measurements[1].value: expected a number, got "14")"},
    {"RetiredAsText", [](QJsonObject &d) { setIn(d, "agencies", 1, "retired", QStringLiteral("no")); },
     R"(agencies[1].retired: expected true or false, got "no")"},
    {"TasksNotAList", [](QJsonObject &d) { d.insert(QStringLiteral("tasks"), QJsonObject()); },
     "tasks: expected a list"},
    {"TaskNotAnObject",
     [](QJsonObject &d) {
         QJsonArray a = d.value(QStringLiteral("tasks")).toArray();
         a.replace(0, QStringLiteral("task"));
         d.insert(QStringLiteral("tasks"), a);
     },
     R"(tasks[0]: expected an object {...}, got "task")"},
    {"TitleTooLong", [](QJsonObject &d) { setIn(d, "tasks", 0, "title", QString(100000, QLatin1Char('t'))); },
     "tasks[0].title: the text is 100000 characters long; at most 2000 are allowed"},
    {"PlanYearAsText",
     [](QJsonObject &d) {
         QJsonObject p = d.value(QStringLiteral("plan")).toObject();
         p.insert(QStringLiteral("startYear"), QStringLiteral("2021"));
         d.insert(QStringLiteral("plan"), p);
     },
     R"(plan.startYear: expected a number 0-9999, got "2021")"},
};

class BadTemplateTest : public StoreTest, public ::testing::WithParamInterface<BadTemplate>
{
};

TEST_P(BadTemplateTest, IsRefusedWithTheJsonPathAndCreatesNothing)
{
    auto doc = PlanImporter::load(QStringLiteral("resolution-06"));
    ASSERT_TRUE(doc.ok());
    QJsonObject changed = doc.value();
    GetParam().change(changed);
    const QString templ = path(QStringLiteral("template.json"));
    {
        QFile f(templ);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(changed).toJson());
    }
    const QString file = path(QStringLiteral("new.dxplan"));
    const auto r = PlanImporter::createFromTemplate(file, templ);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotAPlan) << "a refused file is exit code 2";
    EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(GetParam().message)))
        << r.error().message.toStdString();
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("template.json")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("template.json")}));
}

INSTANTIATE_TEST_SUITE_P(Kinds, BadTemplateTest, ::testing::ValuesIn(kBadTemplates),
                         [](const ::testing::TestParamInfo<BadTemplate> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST(TemplateParse, ATopLevelListIsNamedAsSuch)
{
    const auto r = PlanImporter::parse("[1, 2]", QStringLiteral("x.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::NotAPlan);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("JSON list"))) << r.error().message.toStdString();
    EXPECT_FALSE(r.error().message.contains(QStringLiteral("no error occurred")));
}

// ---- backups -------------------------------------------------------------------------------------

TEST_F(StoreTest, BackupsAreVerifiedRotatedAndRestoredAtomically)
{
    auto store = create();
    ASSERT_TRUE(store);
    const BackupSet backups(store->path());
    const QDateTime day1(QDate(2025, 3, 1), QTime(9, 0));
    ASSERT_TRUE(backups.makeDaily(*store, day1).ok());
    ASSERT_TRUE(backups.makeDaily(*store, day1.addSecs(3600)).ok()); // the same day: no second backup
    EXPECT_EQ(backups.list().size(), 1);
    TaskGroup g;
    g.title = QStringLiteral("Nhóm sau sao lưu");
    ASSERT_TRUE(store->insertGroup(g).ok());
    for (int d = 1; d <= 9; ++d)
        ASSERT_TRUE(backups.makeDaily(*store, day1.addDays(d), 3).ok());
    const auto list = backups.list();
    ASSERT_EQ(list.size(), 3) << "rotated to the number kept";
    EXPECT_EQ(list.first().made, day1.addDays(9));
    for (const auto &b : list) {
        EXPECT_GT(b.size, 0);
        EXPECT_TRUE(PlanFile::inspect(b.path).ok());
    }

    // A backup with the group, then the group removed: restoring brings it back.
    auto older = backups.make(*store, day1.addDays(20), 10);
    ASSERT_TRUE(older.ok());
    ASSERT_TRUE(store->removeGroup(store->groups().first().id).ok());
    const Status busy = backups.restore(older.value().path, day1.addDays(21));
    ASSERT_FALSE(busy.ok()) << "refused while the plan is open";
    const QString plan = store->path();
    store.reset();
    ASSERT_TRUE(backups.restore(older.value().path, day1.addDays(21)).ok());
    EXPECT_TRUE(sideFiles(plan).isEmpty()) << joined(sideFiles(plan));
    auto reopened = PlanStore::open(plan);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    ASSERT_EQ(reopened.value()->groups().size(), 1);
    EXPECT_EQ(reopened.value()->groups().first().title, QStringLiteral("Nhóm sau sao lưu"));
    EXPECT_EQ(backups.list().first().made, day1.addDays(21)) << "the plan as it was is kept as a backup";
    reopened.value().reset();
    EXPECT_TRUE(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}).isEmpty())
        << joined(strayFiles(m_dir.path(), {QStringLiteral("plan.dxplan")}));
}

} // namespace
} // namespace dx

namespace dx {
namespace {

// The network-share warning (no NFS or SMB server here to mount): the file system types statfs(2) reports,
// as the kernel numbers them, and a plan on local disks and on tmpfs that gets no warning.
struct FsType
{
    const char *name;
    unsigned long type;
    bool network;
};
const FsType kFileSystems[] = {
    {"nfs", 0x6969, true},
    {"smb", 0x517B, true},
    {"cifs", 0xFF534D42, true},
    {"smb2", 0xFE534D42, true},
    {"afs", 0x5346414F, true},
    {"ceph", 0x00C36400, true},
    {"fuse (sshfs)", 0x65735546, true},
    {"ext4", 0xEF53, false},
    {"tmpfs", 0x01021994, false},
    {"btrfs", 0x9123683E, false},
    {"xfs", 0x58465342, false},
    {"overlayfs", 0x794C7630, false},
    {"vfat (USB stick)", 0x4d44, false},
    {"ntfs3", 0x7366746e, false},
    {"cifs, sign-extended", 0xFFFFFFFFFF534D42UL, true},
};

TEST(NetworkShare, TheFileSystemTypesAreClassified)
{
    for (const FsType &fs : kFileSystems)
        EXPECT_EQ(FileProblem::isNetworkFileSystem(fs.type), fs.network) << fs.name;
}

TEST(NetworkShare, APlanOnALocalDiskGetsNoWarning)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_TRUE(FileProblem::networkShareWarning(dir.filePath(QStringLiteral("p.dxplan"))).isEmpty());
    EXPECT_TRUE(FileProblem::networkShareWarning(QStringLiteral("/dev/shm/p.dxplan")).isEmpty());
}

} // namespace
} // namespace dx
