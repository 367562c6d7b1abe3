// SPDX-License-Identifier: GPL-3.0-or-later
// What observers of the store see: signals (each committed write emits exactly its fine-grained signals,
// once, after the commit; a refused or rolled-back write emits nothing) and the change log.
//
// SignalLog (store_fixtures.h) connects to every PlanStore signal, so each test also proves that no other
// signal fired. (QSignalSpy lives in QtTest, which dxcore_tests does not link.)
#include "store_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace store_test;

class StoreSignals : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store = create();
        ASSERT_TRUE(store);
        TaskGroup g;
        g.title = QStringLiteral("Nhóm 1");
        group = store->insertGroup(g).value();
        Task t;
        t.groupId = group;
        t.title = QStringLiteral("Việc 1");
        task = store->insertTask(t).value();
        Indicator i;
        i.code = QStringLiteral("KTS-01");
        i.name = QStringLiteral("Tỷ trọng kinh tế số");
        i.kind = IndicatorKind::Share;
        indicator = store->insertIndicator(i).value();
        log = std::make_unique<SignalLog>(*store);
    }

    Task taskValue() const { return *store->task(task); }

    std::unique_ptr<PlanStore> store;
    std::unique_ptr<SignalLog> log;
    Id group = 0, task = 0, indicator = 0;
};

TEST_F(StoreSignals, UpdateTaskEmitsTaskChangedOnceWithItsId)
{
    Task t = taskValue();
    t.percentComplete = 40;
    ASSERT_TRUE(store->updateTask(t).ok());
    EXPECT_EQ(log->take(), QStringList{sig("taskChanged", task)});
}

TEST_F(StoreSignals, SignalsComeAfterTheCommit)
{
    // A slot that reads the store sees the new value: the signal is not sent from inside the transaction.
    int seen = -1;
    QObject::connect(store.get(), &PlanStore::committed, store.get(), [&](const ChangeSet &c) {
        for (Id id : c.tasks.changedIds())
            seen = store->task(id)->percentComplete;
    });
    Task t = taskValue();
    t.percentComplete = 75;
    ASSERT_TRUE(store->updateTask(t).ok());
    EXPECT_EQ(seen, 75);
}

TEST_F(StoreSignals, RefusedWritesEmitNothing)
{
    Task bad = taskValue();
    bad.percentComplete = 101; // refused by validation
    EXPECT_FALSE(store->updateTask(bad).ok());
    Task orphan;
    orphan.groupId = 9999; // passes validation, refused by the database (foreign key)
    orphan.title = QStringLiteral("Việc mồ côi");
    EXPECT_FALSE(store->insertTask(orphan).ok());
    Measurement m;
    m.indicatorId = indicator;
    m.period = QStringLiteral("2024");
    m.value = 101;
    EXPECT_FALSE(store->upsertMeasurements({m}).ok());
    Task missing = taskValue();
    missing.id = 4242;
    const Status notFound = store->updateTask(missing);
    EXPECT_FALSE(notFound.ok());
    EXPECT_EQ(notFound.error().code, Error::Code::NotFound);
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, UpdateTasksReportsEveryTaskInOneCommit)
{
    Task second;
    second.groupId = group;
    second.title = QStringLiteral("Việc 2");
    const Id task2 = store->insertTask(second).value();
    EXPECT_EQ(log->take(), QStringList{sig("taskInserted", task2)});
    Task a = taskValue();
    a.status = TaskStatus::InProgress;
    Task b = *store->task(task2);
    b.status = TaskStatus::Done;
    const int commits = log->commits();
    ASSERT_TRUE(store->updateTasks({b, a}).ok());
    EXPECT_EQ(log->commits(), commits + 1);
    EXPECT_EQ(log->take(), (QStringList{sig("taskChanged", task), sig("taskChanged", task2)}));
    EXPECT_EQ(log->last().tasks.changed.value(task), TaskFields(TaskField::Status));
    EXPECT_EQ(log->last().tasks.changed.value(task2), TaskFields(TaskField::Status));

    // One bad task refuses the whole batch: nothing written, nothing emitted.
    a.percentComplete = -1;
    b.notes = QStringLiteral("không được lưu");
    EXPECT_FALSE(store->updateTasks({b, a}).ok());
    EXPECT_EQ(store->task(task2)->notes, QString());
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, RemoveTaskEmitsForItAndEachSubTask)
{
    Task sub;
    sub.groupId = group;
    sub.parentId = task;
    sub.title = QStringLiteral("Việc con");
    const Id child = store->insertTask(sub).value();
    log->take();
    const auto removed = store->removeTask(task);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(log->take(), (QStringList{sig("taskRemoved", task), sig("taskRemoved", child)}));
    ASSERT_TRUE(store->restoreTasks(removed.value()).ok());
    EXPECT_EQ(log->take(), (QStringList{sig("taskInserted", task), sig("taskInserted", child)}));
}

TEST_F(StoreSignals, GroupWritesEmitGroupSignals)
{
    TaskGroup g = *store->group(group);
    g.title = QStringLiteral("Nhóm một");
    ASSERT_TRUE(store->updateGroup(g).ok());
    EXPECT_EQ(log->take(), QStringList{sig("groupChanged", group)});
    ASSERT_TRUE(store->reorderGroups({group}).ok());
    EXPECT_EQ(log->take(), (QStringList{sig("groupChanged", group), QStringLiteral("groupsReordered")}));
    // Removing a group removes its tasks: one commit names both; restoring brings both back.
    const auto snap = store->removeGroup(group);
    ASSERT_TRUE(snap.ok());
    EXPECT_EQ(log->take(), (QStringList{sig("groupRemoved", group), sig("taskRemoved", task)}));
    ASSERT_TRUE(store->restoreGroup(snap.value()).ok());
    EXPECT_EQ(log->take(), (QStringList{sig("groupInserted", group), sig("taskInserted", task)}));
    g.title = QStringLiteral("  ");
    EXPECT_FALSE(store->updateGroup(g).ok());
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, IndicatorAndMeasurementWritesEmitTheirSignals)
{
    Indicator i = *store->indicator(indicator);
    i.unit = QStringLiteral("%");
    ASSERT_TRUE(store->updateIndicator(i).ok());
    EXPECT_EQ(log->take(), QStringList{sig("indicatorChanged", indicator)});

    Indicator other;
    other.code = QStringLiteral("KTS-04");
    other.name = QStringLiteral("Số doanh nghiệp");
    other.kind = IndicatorKind::Count;
    const Id indicator2 = store->insertIndicator(other).value();
    EXPECT_EQ(log->take(), QStringList{sig("indicatorInserted", indicator2)});

    Measurement a;
    a.indicatorId = indicator;
    a.period = QStringLiteral("2023");
    a.value = 17.5;
    Measurement b = a;
    b.period = QStringLiteral("2024");
    Measurement c;
    c.indicatorId = indicator2;
    c.period = QStringLiteral("2023");
    c.value = 650;
    ASSERT_TRUE(store->upsertMeasurements({a, b, c}).ok());
    QStringList got = log->take();
    got.sort();
    EXPECT_EQ(got,
              (QStringList{sig("measurementsChanged", indicator), sig("measurementsChanged", indicator2)}));
    ASSERT_TRUE(store->removeMeasurements({c}).ok());
    EXPECT_EQ(log->take(), QStringList{sig("measurementsChanged", indicator2)});

    // A kind change that existing values do not fit is refused and rolled back: no signal.
    Indicator asRank = *store->indicator(indicator2);
    asRank.kind = IndicatorKind::Rank;
    Measurement zero = c;
    zero.value = 0;
    ASSERT_TRUE(store->upsertMeasurements({zero}).ok());
    log->take();
    EXPECT_FALSE(store->updateIndicator(asRank).ok());
    EXPECT_EQ(store->indicator(indicator2)->kind, IndicatorKind::Count);
    EXPECT_EQ(log->take(), QStringList());

    ASSERT_TRUE(store->removeIndicator(indicator2).ok());
    EXPECT_EQ(log->take(), QStringList{sig("indicatorRemoved", indicator2)});
}

TEST_F(StoreSignals, PlanSettingsAndDirectoryWritesEmitTheirSignals)
{
    Plan p = store->plan();
    p.place = QStringLiteral("Hải Phòng");
    ASSERT_TRUE(store->updatePlan(p).ok());
    EXPECT_EQ(log->take(), QStringList{QStringLiteral("planChanged")});
    p.title = QString();
    EXPECT_FALSE(store->updatePlan(p).ok());
    EXPECT_EQ(log->take(), QStringList());

    ASSERT_TRUE(store->setSettings({{QStringLiteral("signerName"), QStringLiteral("A")}}).ok());
    EXPECT_EQ(log->take(), QStringList{QStringLiteral("settingsChanged")});

    Agency a;
    a.name = QStringLiteral("Sở TT&TT");
    const Id kept = store->insertAgency(a).value();
    a.name = QStringLiteral("Sở Thông tin và Truyền thông");
    const Id duplicate = store->insertAgency(a).value();
    EXPECT_EQ(log->take(),
              (QStringList{QStringLiteral("directoryChanged"), QStringLiteral("directoryChanged")}));
    Task t = *store->task(task);
    t.leadAgencyId = duplicate;
    ASSERT_TRUE(store->updateTask(t).ok());
    log->take();
    // The merge names the rows whose references it rewrote (no "read everything again").
    ASSERT_TRUE(store->mergeAgencies(kept, duplicate).ok());
    EXPECT_EQ(log->take(), (QStringList{QStringLiteral("directoryChanged"), sig("taskChanged", task)}));
    EXPECT_EQ(log->last().tasks.changed.value(task), TaskFields(TaskField::LeadAgency));
    EXPECT_FALSE(store->mergeAgencies(kept, kept).ok());
    a.name = QStringLiteral(" ");
    EXPECT_FALSE(store->insertAgency(a).ok());
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, UpdatingAMissingPersonIsRefused)
{
    // Like updateTask/updateGroup/updateAgency: a person that no longer exists is NotFound, and nothing
    // (no change-log line, no signal) is written.
    Person ghost;
    ghost.id = 4242;
    ghost.name = QStringLiteral("Không có");
    const int logLines = store->changeLog().size();
    const Status s = store->updatePerson(ghost);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::NotFound);
    EXPECT_EQ(store->changeLog().size(), logLines);
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, MergeAgenciesMovesEveryReference)
{
    Agency a;
    a.name = QStringLiteral("Sở TT&TT");
    const Id kept = store->insertAgency(a).value();
    a.name = QStringLiteral("Sở Thông tin và Truyền thông");
    const Id duplicate = store->insertAgency(a).value();
    Task t = taskValue();
    t.leadAgencyId = duplicate;
    t.cooperatingAgencyIds = {kept, duplicate};
    ASSERT_TRUE(store->updateTask(t).ok());
    ASSERT_TRUE(store->mergeAgencies(kept, duplicate).ok());
    EXPECT_EQ(store->task(task)->leadAgencyId, kept);
    EXPECT_EQ(store->task(task)->cooperatingAgencyIds, QList<Id>{kept});
    EXPECT_EQ(store->agencies().size(), 1);
}

// tasks() is kept between writes (every panel of the window starts from it): each write, committed or
// rolled back, must leave it showing exactly what the file holds, also to the signal handlers.
TEST_F(StoreSignals, TaskListFollowsEveryCommitAndNoRollback)
{
    ASSERT_EQ(store->tasks().size(), 1);
    QStringList seenBySignal;
    QObject::connect(store.get(), &PlanStore::committed, [&](const ChangeSet &c) {
        if (c.tasks.changed.isEmpty())
            return;
        for (const Task &t : store->tasks())
            seenBySignal << t.title;
    });
    Task t = taskValue();
    t.title = QStringLiteral("Việc 1 (sửa)");
    ASSERT_TRUE(store->updateTask(t).ok());
    EXPECT_EQ(seenBySignal, QStringList{t.title});
    EXPECT_EQ(store->tasks().value(0).title, t.title);

    Task added;
    added.groupId = group;
    added.title = QStringLiteral("Việc 2");
    const Status rolledBack = store->bulkWrite([&](PlanStore &s) {
        EXPECT_TRUE(s.insertTask(added).ok());
        EXPECT_EQ(s.tasks().size(), 2) << "inside the transaction the new row is seen";
        return Status::fail(Error::Code::Invalid, QStringLiteral("stop"));
    });
    EXPECT_FALSE(rolledBack.ok());
    EXPECT_EQ(store->tasks().size(), 1) << "the rolled-back row must not linger";

    ASSERT_TRUE(store->insertTask(added).ok());
    EXPECT_EQ(store->tasks().size(), 2);

    // Another program commits to the file: the next read sees it.
    {
        RawDb other(store->path());
        ASSERT_TRUE(other.exec(
            QStringLiteral("UPDATE task SET title = 'Sửa ở chương trình khác' WHERE id = %1").arg(task)));
    }
    EXPECT_EQ(store->tasks().value(0).title, QStringLiteral("Sửa ở chương trình khác"));

    ASSERT_TRUE(store->removeGroup(group).ok());
    EXPECT_TRUE(store->tasks().isEmpty());
}

TEST_F(StoreSignals, BulkWriteEmitsAfterCommitAndNothingAfterRollback)
{
    Id newGroup = 0;
    const Status ok = store->bulkWrite([&](PlanStore &s) {
        TaskGroup g;
        g.title = QStringLiteral("Nhóm 2");
        const auto id = s.insertGroup(g);
        if (!id)
            return Status(id.error());
        newGroup = id.value();
        EXPECT_EQ(log->all(), QStringList()); // nothing yet: still inside the transaction
        Task t = *s.task(task);
        t.groupId = newGroup;
        return s.updateTask(t);
    });
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(log->take(), (QStringList{sig("groupInserted", newGroup), sig("taskChanged", task)}));

    const QString before = contentOf(*store);
    const Status failed = store->bulkWrite([&](PlanStore &s) {
        TaskGroup g;
        g.title = QStringLiteral("Nhóm 3");
        EXPECT_TRUE(s.insertGroup(g).ok());
        Task t = *s.task(task);
        t.deadline = QDate(2020, 1, 1);
        t.startDate = QDate(2021, 1, 1);
        return s.updateTask(t); // refused: the group above is rolled back with it
    });
    EXPECT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, Error::Code::Invalid);
    EXPECT_EQ(store->groups().size(), 2);
    EXPECT_EQ(contentOf(*store), before);
    EXPECT_EQ(log->take(), QStringList());
}

TEST_F(StoreSignals, ChangeLogRecordsWhoWhatOldAndNew)
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    store->setUserName(QStringLiteral("Nguyễn Văn A"));
    Task t;
    t.groupId = group;
    t.title = QStringLiteral("Việc A");
    t.percentComplete = 10;
    t.id = store->insertTask(t).value();
    store->setUserName(QStringLiteral("Người thứ hai"));
    Task changed = t;
    changed.percentComplete = 60;
    changed.title = QStringLiteral("Việc A (sửa)");
    ASSERT_TRUE(store->updateTask(changed).ok());
    ASSERT_TRUE(store->removeTask(t.id).ok());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    store = reopen(store);
    ASSERT_TRUE(store);
    const QList<ChangeLogEntry> entries = store->changeLog(QStringLiteral("task"), t.id); // newest first
    ASSERT_EQ(entries.size(), 5);
    EXPECT_EQ(entries[0].action, QStringLiteral("delete"));
    EXPECT_EQ(entries[0].who, QStringLiteral("Người thứ hai"));
    EXPECT_EQ(entries[0].field, QString());
    EXPECT_EQ(entries[0].oldValue, QStringLiteral("Việc A (sửa)"));
    EXPECT_EQ(entries[0].newValue, QString());
    // Beside it, the whole row as it was deleted, for reports of earlier dates.
    EXPECT_EQ(entries[1].action, QStringLiteral("delete"));
    EXPECT_EQ(entries[1].field, ChangeLogEntry::rowField());
    EXPECT_TRUE(entries[1].oldValue.contains(QStringLiteral("\"percentComplete\":\"60\"")))
        << entries[1].oldValue.toStdString();
    QMap<QString, ChangeLogEntry> updates;
    for (int i = 2; i <= 3; ++i) {
        EXPECT_EQ(entries[i].action, QStringLiteral("update"));
        updates.insert(entries[i].field, entries[i]);
    }
    ASSERT_TRUE(updates.contains(QStringLiteral("percentComplete")));
    EXPECT_EQ(updates[QStringLiteral("percentComplete")].oldValue, QStringLiteral("10"));
    EXPECT_EQ(updates[QStringLiteral("percentComplete")].newValue, QStringLiteral("60"));
    ASSERT_TRUE(updates.contains(QStringLiteral("title")));
    EXPECT_EQ(updates[QStringLiteral("title")].oldValue, QStringLiteral("Việc A"));
    EXPECT_EQ(updates[QStringLiteral("title")].newValue, QStringLiteral("Việc A (sửa)"));
    EXPECT_EQ(entries[4].action, QStringLiteral("insert"));
    EXPECT_EQ(entries[4].who, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(entries[4].newValue, QStringLiteral("Việc A"));
    for (const ChangeLogEntry &e : entries) {
        EXPECT_EQ(e.entity, QStringLiteral("task"));
        EXPECT_EQ(e.entityId, t.id);
        EXPECT_EQ(e.at.timeSpec(), Qt::UTC);
        EXPECT_GE(e.at, before.addMSecs(-1));
        EXPECT_LE(e.at, after.addMSecs(1));
    }
    EXPECT_GT(entries[0].id, entries[4].id);

    // An update that changes nothing writes no line; the whole log holds the other inserts too.
    const int total = store->changeLog().size();
    ASSERT_TRUE(store->updateGroup(*store->group(group)).ok());
    EXPECT_EQ(store->changeLog().size(), total);
    EXPECT_EQ(store->changeLog(QStringLiteral("indicator"), indicator).size(), 1);
}

} // namespace
} // namespace dx
