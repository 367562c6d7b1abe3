// SPDX-License-Identifier: GPL-3.0-or-later
// No lost update (docs/architecture.md §4.1): two store instances on one file, in one process or two. A
// write based on a copy that another writer changed since is refused with Error::Code::Stale, a message
// naming the other value and who made it, and nothing changes; a write that expects what is stored goes
// through, and another writer's change to other fields of the row is kept.
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QProcess>
#include <QThread>

#include <functional>
#include <iostream>

namespace dx {
namespace {

using namespace store_test;

class LostUpdate : public StoreTest
{
public: // the table of cases below reads the two stores and the ids
    void SetUp() override
    {
        StoreTest::SetUp();
        a = create();
        ASSERT_TRUE(a);
        a->setUserName(QStringLiteral("An"));
        Agency ag;
        ag.name = QStringLiteral("Sở Thông tin và Truyền thông");
        agency = a->insertAgency(ag).value();
        Person p;
        p.name = QStringLiteral("Nguyễn Văn Hùng");
        person = a->insertPerson(p).value();
        TaskGroup g;
        g.title = QStringLiteral("Nhóm 1");
        group = a->insertGroup(g).value();
        Task t;
        t.groupId = group;
        t.title = QStringLiteral("Xây dựng kho dữ liệu dùng chung");
        t.percentComplete = 14;
        task = a->insertTask(t).value();
        Indicator i;
        i.code = QStringLiteral("KTS-01");
        i.name = QStringLiteral("Tỷ trọng kinh tế số");
        i.kind = IndicatorKind::Share;
        indicator = a->insertIndicator(i).value();
        Measurement m;
        m.indicatorId = indicator;
        m.period = QStringLiteral("2024");
        m.value = 14;
        ASSERT_TRUE(a->upsertMeasurements({m}).ok());
        auto opened = PlanStore::open(path());
        ASSERT_TRUE(opened.ok());
        b = std::move(opened).value();
        b->setUserName(QStringLiteral("Bình"));
    }

    Measurement value2024(PlanStore &s) const { return s.measurements(indicator).value(0); }
    int logLines() const { return int(a->changeLog().size()); }

    std::unique_ptr<PlanStore> a, b;
    Id agency = 0, person = 0, group = 0, task = 0, indicator = 0;
};

TEST_F(LostUpdate, EveryRowStartsAtVersionOneAndEachUpdateRaisesIt)
{
    EXPECT_EQ(a->task(task)->version, 1);
    EXPECT_EQ(a->group(group)->version, 1);
    EXPECT_EQ(a->indicator(indicator)->version, 1);
    EXPECT_GE(a->plan().version, 1);
    EXPECT_EQ(value2024(*a).version, 1);
    Task t = *a->task(task);
    t.percentComplete = 20;
    ASSERT_TRUE(a->updateTask(t, TaskField::PercentComplete).ok());
    EXPECT_EQ(b->task(task)->version, 2);
    // Any writer raises it, even one that bypasses the store (a trigger does it).
    RawDb raw(path());
    raw.exec(QStringLiteral("UPDATE task SET notes = 'x' WHERE id = %1").arg(task));
    EXPECT_EQ(a->task(task)->version, 3);
}

// The case of the issue: A holds a task read earlier; B sets percent to 37; A saves its copy with 100.
TEST_F(LostUpdate, AStaleCopyIsRefusedWithTheOtherValueAndWhoMadeIt)
{
    Task held = *a->task(task);
    Task fresh = *b->task(task);
    fresh.percentComplete = 37;
    ASSERT_TRUE(b->updateTask(fresh, TaskField::PercentComplete).ok());
    const int before = logLines();

    held.percentComplete = 100;
    const Status s = a->updateTask(held, TaskField::PercentComplete);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Stale);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Bình"))) << s.error().message.toStdString();
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("“37”"))) << s.error().message.toStdString();
    EXPECT_EQ(a->task(task)->percentComplete, 37);
    EXPECT_EQ(logLines(), before) << "a refused write leaves no history line";

    // Read again, the same edit goes through, and the history records 37 -> 100.
    Task again = *a->task(task);
    again.percentComplete = 100;
    ASSERT_TRUE(a->updateTask(again, TaskField::PercentComplete).ok());
    const ChangeLogEntry last = a->changeLog(QStringLiteral("task"), task).first();
    EXPECT_EQ(last.oldValue, QStringLiteral("37"));
    EXPECT_EQ(last.newValue, QStringLiteral("100"));
    EXPECT_EQ(last.who, QStringLiteral("An"));
}

TEST_F(LostUpdate, AnExpectationComparesOnlyTheFieldsWritten)
{
    // The window's edits and undo say what they expect: B's change to the notes is kept, A's percent
    // goes through on top of it.
    const Task seen = *a->task(task);
    Task other = *b->task(task);
    other.notes = QStringLiteral("Bình ghi chú");
    ASSERT_TRUE(b->updateTask(other, TaskField::Notes).ok());
    Task mine = seen;
    mine.percentComplete = 60;
    ASSERT_TRUE(a->updateTasks({mine}, TaskField::PercentComplete, {seen}).ok());
    const Task now = *b->task(task);
    EXPECT_EQ(now.percentComplete, 60);
    EXPECT_EQ(now.notes, QStringLiteral("Bình ghi chú"));

    // The same field changed by B meanwhile: refused.
    Task b2 = *b->task(task);
    b2.percentComplete = 70;
    ASSERT_TRUE(b->updateTask(b2, TaskField::PercentComplete).ok());
    Task mine2 = now;
    mine2.percentComplete = 80;
    const Status s = a->updateTasks({mine2}, TaskField::PercentComplete, {now});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Stale);
    EXPECT_EQ(b->task(task)->percentComplete, 70);
}

TEST_F(LostUpdate, WritingWhatIsAlreadyStoredIsNotAConflict)
{
    Task held = *a->task(task);
    Task fresh = *b->task(task);
    fresh.percentComplete = 50;
    ASSERT_TRUE(b->updateTask(fresh, TaskField::PercentComplete).ok());
    held.percentComplete = 50; // both planners typed the same figure
    EXPECT_TRUE(a->updateTask(held, TaskField::PercentComplete).ok());
}

TEST_F(LostUpdate, AReferenceIsNamedInTheMessage)
{
    Task held = *a->task(task);
    Task fresh = *b->task(task);
    fresh.leadAgencyId = agency;
    ASSERT_TRUE(b->updateTask(fresh, TaskField::LeadAgency).ok());
    held.leadAgencyId = 0;
    held.personId = person;
    const Status s = a->updateTask(held, TaskFields{TaskField::LeadAgency, TaskField::Person});
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Sở Thông tin và Truyền thông")))
        << s.error().message.toStdString();
    EXPECT_EQ(a->task(task)->personId, 0) << "nothing of the refused write is kept";
}

// Every kind of row: a stale copy is refused and the stored row is unchanged.
struct StaleCase
{
    const char *name;
    std::function<Status(LostUpdate &)> run; ///< reads in A, changes in B, writes A's stale copy
    std::function<QString(LostUpdate &)> stored;
    const char *expectedStored;
};

class LostUpdateEveryRow : public LostUpdate, public ::testing::WithParamInterface<int>
{
};

const StaleCase kCases[] = {
    {"group",
     [](LostUpdate &t) {
         TaskGroup held = *t.a->group(t.group);
         TaskGroup g = *t.b->group(t.group);
         g.title = QStringLiteral("Nhóm của Bình");
         EXPECT_TRUE(t.b->updateGroup(g).ok());
         held.title = QStringLiteral("Nhóm của An");
         return t.a->updateGroup(held);
     },
     [](LostUpdate &t) { return t.b->group(t.group)->title; }, "Nhóm của Bình"},
    {"indicator",
     [](LostUpdate &t) {
         Indicator held = *t.a->indicator(t.indicator);
         Indicator i = *t.b->indicator(t.indicator);
         i.name = QStringLiteral("Tên của Bình");
         EXPECT_TRUE(t.b->updateIndicator(i).ok());
         held.name = QStringLiteral("Tên của An");
         return t.a->updateIndicator(held);
     },
     [](LostUpdate &t) { return t.b->indicator(t.indicator)->name; }, "Tên của Bình"},
    {"plan",
     [](LostUpdate &t) {
         Plan held = t.a->plan();
         Plan p = t.b->plan();
         p.title = QStringLiteral("Tiêu đề của Bình");
         EXPECT_TRUE(t.b->updatePlan(p).ok());
         held.title = QStringLiteral("Tiêu đề của An");
         return t.a->updatePlan(held);
     },
     [](LostUpdate &t) { return t.b->plan().title; }, "Tiêu đề của Bình"},
    {"agency",
     [](LostUpdate &t) {
         Agency held = t.a->agencies().value(0);
         Agency x = t.b->agencies().value(0);
         x.shortName = QStringLiteral("Sở TT&TT");
         EXPECT_TRUE(t.b->updateAgency(x).ok());
         held.shortName = QStringLiteral("STTTT");
         return t.a->updateAgency(held);
     },
     [](LostUpdate &t) { return t.b->agencies().value(0).shortName; }, "Sở TT&TT"},
    {"person",
     [](LostUpdate &t) {
         Person held = t.a->persons().value(0);
         Person x = t.b->persons().value(0);
         x.phone = QStringLiteral("0220 3 123 456");
         EXPECT_TRUE(t.b->updatePerson(x).ok());
         held.phone = QStringLiteral("0912 000 000");
         return t.a->updatePerson(held);
     },
     [](LostUpdate &t) { return t.b->persons().value(0).phone; }, "0220 3 123 456"},
    {"value",
     [](LostUpdate &t) {
         Measurement held = t.value2024(*t.a);
         Measurement m = t.value2024(*t.b);
         m.value = 37;
         EXPECT_TRUE(t.b->upsertMeasurements({m}).ok());
         held.value = 100;
         return t.a->upsertMeasurements({held});
     },
     [](LostUpdate &t) { return QString::number(t.value2024(*t.b).value); }, "37"},
    {"value cleared by a stale copy",
     [](LostUpdate &t) {
         Measurement held = t.value2024(*t.a);
         Measurement m = t.value2024(*t.b);
         m.value = 37;
         EXPECT_TRUE(t.b->upsertMeasurements({m}).ok());
         return t.a->removeMeasurements({held});
     },
     [](LostUpdate &t) { return QString::number(t.value2024(*t.b).value); }, "37"},
    {"value typed into a cell believed empty",
     [](LostUpdate &t) {
         Measurement m;
         m.indicatorId = t.indicator;
         m.period = QStringLiteral("2025");
         m.value = 30;
         EXPECT_TRUE(t.b->upsertMeasurements({m}).ok());
         Measurement mine = m;
         mine.value = 45;
         mine.version = Measurement::kEmpty; // the grid showed the cell empty
         return t.a->upsertMeasurements({mine});
     },
     [](LostUpdate &t) { return QString::number(t.b->measurements(t.indicator).value(1).value); }, "30"},
    {"value whose undo finds another figure",
     [](LostUpdate &t) {
         const Measurement wrote = t.value2024(*t.a); // what A's edit left
         Measurement m = t.value2024(*t.b);
         m.value = 37;
         EXPECT_TRUE(t.b->upsertMeasurements({m}).ok());
         Measurement previous = wrote;
         previous.value = 9;
         return t.a->upsertMeasurements({previous}, QList<Measurement>{wrote});
     },
     [](LostUpdate &t) { return QString::number(t.value2024(*t.b).value); }, "37"},
};

TEST_P(LostUpdateEveryRow, AStaleCopyIsRefusedAndChangesNothing)
{
    const StaleCase &c = kCases[GetParam()];
    SCOPED_TRACE(c.name);
    const int before = int(b->changeLog().size());
    const Status s = c.run(*this);
    const int afterB = before + 1; // B's own write
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, Error::Code::Stale);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Bình"))) << s.error().message.toStdString();
    EXPECT_EQ(c.stored(*this), QString::fromUtf8(c.expectedStored));
    EXPECT_EQ(int(b->changeLog().size()), afterB);
}

INSTANTIATE_TEST_SUITE_P(Rows, LostUpdateEveryRow, ::testing::Range(0, int(std::size(kCases))));

QString writerBinary()
{
    const QString env = qEnvironmentVariable("DX_TEST_WRITER");
    return env.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/dx_test_writer") : env;
}

// The same with the other writer in a process of its own, as a second window or PC.
TEST_F(LostUpdate, ASecondProcessWriteIsNeverSilentlyOverwritten)
{
    Task held = *a->task(task);
    QProcess p;
    p.start(writerBinary(), {path(), QStringLiteral("Bình"), QStringLiteral("set-percent"),
                             QString::number(task), QStringLiteral("37")});
    ASSERT_TRUE(p.waitForFinished(30000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    held.percentComplete = 100;
    const Status s = a->updateTask(held, TaskField::PercentComplete);
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("Bình")));
    EXPECT_EQ(a->task(task)->percentComplete, 37);
}

TEST_F(LostUpdate, TwoProcessesAppendingAtOnceLoseNothing)
{
    // Both read the notes, add a token and write the copy back, 150 times each, at the same time. Every
    // write that succeeded must be in the result: a silent overwrite would drop the other's tokens.
    b.reset();
    const int n = 150;
    QProcess other;
    other.start(writerBinary(), {path(), QStringLiteral("Bình"), QStringLiteral("append-notes"),
                                 QString::number(task), QStringLiteral("B"), QString::number(n)});
    ASSERT_TRUE(other.waitForStarted(10000));
    int stale = 0;
    for (int i = 0; i < n;) {
        Task t = *a->task(task);
        QThread::usleep(300); // as the other process does: reading and writing are apart
        t.notes += QStringLiteral("A%1;").arg(i);
        const Status s = a->updateTask(t, TaskField::Notes);
        if (s)
            ++i;
        else if (s.error().code == Error::Code::Stale)
            ++stale;
        else
            FAIL() << s.error().message.toStdString();
    }
    ASSERT_TRUE(other.waitForFinished(120000));
    const QString report = QString::fromUtf8(other.readAllStandardOutput());
    ASSERT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
    const QStringList tokens = a->task(task)->notes.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    EXPECT_EQ(tokens.size(), 2 * n) << "silent overwrites: " << (2 * n - tokens.size());
    for (int i = 0; i < n; ++i) {
        EXPECT_EQ(tokens.count(QStringLiteral("A%1").arg(i)), 1) << i;
        EXPECT_EQ(tokens.count(QStringLiteral("B%1").arg(i)), 1) << i;
    }
    // Every successful write is one history line, none of them a write over an unseen value.
    int notesLines = 0;
    for (const ChangeLogEntry &e : a->changeLog(QStringLiteral("task"), task))
        notesLines += e.field == QLatin1String("notes");
    EXPECT_EQ(notesLines, 2 * n);
    std::cout << "refused stale writes: this process " << stale << ", the other "
              << report.trimmed().toStdString() << '\n';
}

} // namespace
} // namespace dx
