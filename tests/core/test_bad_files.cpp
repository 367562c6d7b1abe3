// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not sound plans: PlanStore::open refuses each with the right Error::Code and a message,
// and leaves the file exactly as it was (bytes and mtime) with no SQLite side files beside it.
#include "store/Schema.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <functional>

namespace dx {
namespace {

using namespace store_test;

struct BadFile
{
    const char *name;
    /// Makes the bad file at the path given; may use @p dir for a sound plan to start from.
    std::function<void(const QString &path, StoreTest &dir)> make;
    Error::Code code;
};

void PrintTo(const BadFile &b, std::ostream *os)
{
    *os << b.name;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_EQ(f.write(bytes), bytes.size());
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class BadFileTest : public StoreTest, public ::testing::WithParamInterface<BadFile>
{
public:
    /// A sound plan with some rows, closed: its bytes are the starting point of damaged copies.
    QByteArray soundPlanBytes()
    {
        auto store = create(QStringLiteral("sound.dxplan"));
        EXPECT_TRUE(store);
        if (!store)
            return {};
        for (int i = 0; i < 40; ++i) { // enough rows for several pages
            TaskGroup g;
            g.title = QStringLiteral("Nhóm %1: phát triển hạ tầng số và chính quyền số").arg(i);
            g.description = QString(200, QLatin1Char('x'));
            EXPECT_TRUE(store->insertGroup(g).ok());
        }
        store.reset();
        return readBytes(path(QStringLiteral("sound.dxplan")));
    }
};

void truncatedTo(const QString &path, StoreTest &t, qint64 size, bool half)
{
    const QByteArray sound = static_cast<BadFileTest &>(t).soundPlanBytes();
    ASSERT_GT(sound.size(), 8192);
    writeBytes(path, sound.left(half ? sound.size() / 2 : size));
}

const BadFile kBadFiles[] = {
    {"Missing", [](const QString &, StoreTest &) {}, Error::Code::NotFound},
    {"Empty", [](const QString &p, StoreTest &) { writeBytes(p, QByteArray()); }, Error::Code::NotAPlan},
    {"TextRenamed",
     [](const QString &p, StoreTest &) {
         writeBytes(p, QByteArray("Kế hoạch chuyển đổi số năm 2024\nNhiệm vụ 1: ...\n").repeated(40));
     },
     Error::Code::NotAPlan},
    {"JsonExportRenamed",
     [](const QString &p, StoreTest &) {
         writeBytes(p, QByteArray(R"({"format": "dxplanner-plan", "formatVersion": 1})"));
     },
     Error::Code::NotAPlan},
    {"TruncatedToHalf", [](const QString &p, StoreTest &t) { truncatedTo(p, t, 0, true); },
     Error::Code::Corrupt},
    {"TruncatedTo1000Bytes", [](const QString &p, StoreTest &t) { truncatedTo(p, t, 1000, false); },
     Error::Code::Corrupt},
    {"TruncatedToHeader", [](const QString &p, StoreTest &t) { truncatedTo(p, t, 100, false); },
     Error::Code::Corrupt},
    {"RandomBytesAfterSqliteHeader",
     [](const QString &p, StoreTest &) {
         QByteArray bytes("SQLite format 3", 16); // the magic with its NUL
         QRandomGenerator rng(20240326);          // fixed seed: the same file every run
         while (bytes.size() < 16 * 1024)
             bytes.append(char(rng.bounded(256)));
         writeBytes(p, bytes);
     },
     Error::Code::Corrupt},
    {"DamagedPages",
     [](const QString &p, StoreTest &t) {
         QByteArray bytes = static_cast<BadFileTest &>(t).soundPlanBytes();
         for (int i = 4096; i < bytes.size(); i += 7) // keep page 1 (header, schema), scramble the rest
             bytes[i] = char(0xA5);
         writeBytes(p, bytes);
     },
     Error::Code::Corrupt},
    {"DamagedLastPages", // header, schema and version intact: only a whole-file check finds the damage
     [](const QString &p, StoreTest &t) {
         QByteArray bytes = static_cast<BadFileTest &>(t).soundPlanBytes();
         for (qsizetype i = bytes.size() - 2 * 4096; i < bytes.size(); i += 5)
             bytes[i] = char(0x5A);
         writeBytes(p, bytes);
     },
     Error::Code::Corrupt},
    {"OtherSqliteDatabase",
     [](const QString &p, StoreTest &) {
         RawDb raw(p);
         raw.exec(QStringLiteral("PRAGMA application_id = 1234"));
         raw.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER)"));
         raw.exec(QStringLiteral("INSERT INTO schema_version VALUES (1)"));
     },
     Error::Code::NotAPlan},
    {"SqliteDatabaseWithoutApplicationId",
     [](const QString &p, StoreTest &) {
         RawDb raw(p);
         raw.exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
     },
     Error::Code::NotAPlan},
    {"PlanWithoutSchemaVersion",
     [](const QString &p, StoreTest &) {
         RawDb raw(p);
         raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId));
         raw.exec(QStringLiteral("CREATE TABLE plan (id INTEGER)"));
     },
     Error::Code::Corrupt},
    {"FutureSchemaVersion",
     [](const QString &p, StoreTest &t) {
         auto created = PlanStore::create(p, samplePlan());
         ASSERT_TRUE(created.ok());
         created.value().reset();
         RawDb raw(p);
         ASSERT_TRUE(raw.exec(
             QStringLiteral("UPDATE schema_version SET version = %1").arg(schema::kCurrentVersion + 1)));
         Q_UNUSED(t)
     },
     Error::Code::TooNew},
};

TEST_P(BadFileTest, IsRefusedAndLeftUntouched)
{
    const BadFile &bad = GetParam();
    const QString file = path(QStringLiteral("bad.dxplan"));
    bad.make(file, *this);
    if (HasFatalFailure())
        return;
    ASSERT_TRUE(sideFiles(file).isEmpty()) << "the fixture left side files";
    const FileState before = FileState::of(file);

    auto opened = PlanStore::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, bad.code) << opened.error().message.toStdString();
    EXPECT_FALSE(opened.error().message.isEmpty());
    EXPECT_TRUE(opened.error().message.contains(file)) << "the message names the file";

    EXPECT_TRUE(FileState::of(file) == before) << "the file was modified";
    EXPECT_TRUE(sideFiles(file).isEmpty()) << sideFiles(file).join(QLatin1Char(' ')).toStdString();
    const QStringList backups = QDir(m_dir.path()).entryList({QStringLiteral("bad.dxplan.*")}, QDir::Files);
    EXPECT_TRUE(backups.isEmpty()) << backups.join(QLatin1Char(' ')).toStdString();

    // Asking again gives the same answer: the first refusal did not change what the second sees.
    auto again = PlanStore::open(file);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, bad.code);
    EXPECT_TRUE(FileState::of(file) == before);
}

// The window opens plans with the quick_check in a worker thread. A bad file is then either refused at
// once, or opened for reading and found damaged by the check: every write is refused, and the file is
// left exactly as it was.
TEST_P(BadFileTest, IsNeverModifiedWhenCheckedInBackground)
{
    const BadFile &bad = GetParam();
    const QString file = path(QStringLiteral("bad.dxplan"));
    bad.make(file, *this);
    if (HasFatalFailure())
        return;
    const FileState before = FileState::of(file);
    {
        auto opened = PlanStore::open(file, PlanStore::IntegrityCheck::InBackground);
        if (!opened.ok()) {
            EXPECT_EQ(opened.error().code, bad.code) << opened.error().message.toStdString();
            EXPECT_TRUE(opened.error().message.contains(file));
        } else {
            ASSERT_EQ(bad.code, Error::Code::Corrupt) << "only a damaged plan can pass the header checks";
            PlanStore &store = *opened.value();
            TaskGroup g;
            g.title = QStringLiteral("Nhóm mới");
            const auto inserted = store.insertGroup(g); // waits for the check, then refuses
            ASSERT_FALSE(inserted.ok());
            EXPECT_EQ(inserted.error().code, Error::Code::Corrupt);
            EXPECT_TRUE(inserted.error().message.contains(file)) << inserted.error().message.toStdString();
            EXPECT_EQ(store.integrity(), PlanStore::Integrity::Damaged);
            EXPECT_FALSE(store.waitForIntegrity().ok());
        }
    }
    if (QLatin1String(bad.name) == QLatin1String("DamagedLastPages")) {
        auto again = PlanStore::open(file, PlanStore::IntegrityCheck::InBackground);
        EXPECT_TRUE(again.ok()) << "this file must exercise the check in the worker thread";
    }
    EXPECT_TRUE(FileState::of(file) == before) << "the file was modified";
    EXPECT_TRUE(sideFiles(file).isEmpty()) << sideFiles(file).join(QLatin1Char(' ')).toStdString();
}

TEST_F(StoreTest, SoundPlanCheckedInBackgroundTakesWrites)
{
    {
        auto created = create(QStringLiteral("p.dxplan"));
        ASSERT_TRUE(created);
    }
    auto opened = PlanStore::open(path(QStringLiteral("p.dxplan")), PlanStore::IntegrityCheck::InBackground);
    ASSERT_TRUE(opened.ok());
    PlanStore &store = *opened.value();
    EXPECT_NE(store.integrity(), PlanStore::Integrity::Damaged);
    EXPECT_FALSE(store.plan().title.isEmpty()) << "readable while the check runs";
    int announced = 0;
    bool announcedSound = false;
    QObject::connect(&store, &PlanStore::integrityChecked, [&](bool sound, const QString &problem) {
        ++announced;
        announcedSound = sound && problem.isEmpty();
    });
    QElapsedTimer waited;
    waited.start();
    while (announced == 0 && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    EXPECT_EQ(announced, 1);
    EXPECT_TRUE(announcedSound);
    TaskGroup g;
    g.title = QStringLiteral("Nhóm 9");
    EXPECT_TRUE(store.insertGroup(g).ok());
    EXPECT_EQ(store.integrity(), PlanStore::Integrity::Sound);
    EXPECT_TRUE(store.waitForIntegrity().ok());
}

TEST_F(StoreTest, RollbackJournalPlanIsCheckedBeforeOpening)
{
    // A file in rollback-journal mode (not WAL) cannot be opened for reading without writing its header
    // when it becomes WAL: it is checked first, so the store it gives is sound at once.
    const QString file = path(QStringLiteral("rollback.dxplan"));
    {
        auto created = PlanStore::create(file, samplePlan());
        ASSERT_TRUE(created.ok());
    }
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    auto opened = PlanStore::open(file, PlanStore::IntegrityCheck::InBackground);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(opened.value()->integrity(), PlanStore::Integrity::Sound);
}

INSTANTIATE_TEST_SUITE_P(Kinds, BadFileTest, ::testing::ValuesIn(kBadFiles),
                         [](const ::testing::TestParamInfo<BadFile> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST_F(StoreTest, FolderIsNotAPlan)
{
    const QString folder = path(QStringLiteral("folder.dxplan"));
    ASSERT_TRUE(QDir().mkpath(folder));
    auto opened = PlanStore::open(folder);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::NotAPlan);
    EXPECT_FALSE(opened.error().message.isEmpty());
}

} // namespace
} // namespace dx
