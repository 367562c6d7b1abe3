// SPDX-License-Identifier: GPL-3.0-or-later
// The plan file as a whole: creating (never over an existing file, never an invalid plan), copies made with
// "Save a copy", and the integrity check of an open plan.
#include "store/PlanFile.h"
#include "store/Schema.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QDir>

namespace dx {
namespace {

using namespace store_test;

TEST_F(StoreTest, CreateMakesAnEmptyCurrentPlan)
{
    auto store = create();
    ASSERT_TRUE(store);
    EXPECT_TRUE(store->groups().isEmpty());
    EXPECT_TRUE(store->tasks().isEmpty());
    EXPECT_TRUE(store->indicators().isEmpty());
    EXPECT_EQ(PlanFile::inspect(store->path()).value(), schema::kCurrentVersion);
    RawDb raw(store->path());
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
    EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST_F(StoreTest, CreateRefusesAnExistingFile)
{
    auto store = create();
    ASSERT_TRUE(store);
    const FileState before = FileState::of(store->path());
    auto again = PlanStore::create(store->path(), samplePlan());
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Exists);
    EXPECT_FALSE(again.error().message.isEmpty());
    EXPECT_TRUE(FileState::of(store->path()) == before);

    const QString text = path(QStringLiteral("notes.dxplan"));
    {
        QFile f(text);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("ghi chú");
    }
    const FileState textBefore = FileState::of(text);
    auto overText = PlanStore::create(text, samplePlan());
    ASSERT_FALSE(overText.ok());
    EXPECT_EQ(overText.error().code, Error::Code::Exists);
    EXPECT_TRUE(FileState::of(text) == textBefore);
}

TEST_F(StoreTest, CreateRefusesAnInvalidPlanOrMissingFolderAndLeavesNoFile)
{
    Plan untitled = samplePlan();
    untitled.title = QStringLiteral("  ");
    auto r = PlanStore::create(path(), untitled);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Invalid);
    EXPECT_FALSE(QFileInfo::exists(path()));

    const QString inMissing = path(QStringLiteral("missing/plan.dxplan"));
    r = PlanStore::create(inMissing, samplePlan());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, Error::Code::Io);
    EXPECT_FALSE(r.error().message.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(inMissing));
}

TEST_F(StoreTest, SaveCopyWritesAnOpenablePlanAndRefusesToOverwrite)
{
    auto store = create();
    ASSERT_TRUE(store);
    TaskGroup g;
    g.title = QStringLiteral("Xây dựng chính quyền số");
    ASSERT_TRUE(store->insertGroup(g).ok());
    const QString copy = path(QStringLiteral("copy.dxplan"));
    ASSERT_TRUE(store->saveCopy(copy).ok());
    auto opened = PlanStore::open(copy);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_EQ(contentOf(*opened.value()), contentOf(*store));
    opened.value().reset();

    const FileState copyBefore = FileState::of(copy);
    const Status again = store->saveCopy(copy);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, Error::Code::Exists);
    EXPECT_EQ(FileState::of(copy).bytes, copyBefore.bytes);
}

TEST_F(StoreTest, SoundPlanPassesTheIntegrityCheck)
{
    auto store = create();
    ASSERT_TRUE(store);
    TaskGroup g;
    g.title = QStringLiteral("Nhóm");
    ASSERT_TRUE(store->insertGroup(g).ok());
    EXPECT_TRUE(store->checkIntegrity().ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    const Status s = store->checkIntegrity();
    EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
    EXPECT_EQ(PlanFile::inspect(store->path()).value(), schema::kCurrentVersion);
}

TEST_F(StoreTest, IntegrityCheckFindsABrokenReference)
{
    auto store = create();
    ASSERT_TRUE(store);
    {
        RawDb raw(store->path(), /*foreignKeys=*/false); // a tool that ignored the foreign keys
        ASSERT_TRUE(raw.exec(QStringLiteral("INSERT INTO task (group_id, title) VALUES (999, 'mồ côi')")));
    }
    const Status s = store->checkIntegrity();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("task"))) << s.error().message.toStdString();
}

TEST_F(StoreTest, IntegrityCheckFindsAWrongVersion)
{
    auto store = create();
    ASSERT_TRUE(store);
    {
        RawDb raw(store->path());
        ASSERT_TRUE(raw.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
    }
    const Status s = store->checkIntegrity();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Corrupt);
}

} // namespace
} // namespace dx
