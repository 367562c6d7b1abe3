// SPDX-License-Identifier: GPL-3.0-or-later
// "As of means as of": the tasks of a report are those of its data cut-off, rebuilt from the change log
// (rewindTasks, table-driven over every task field), values recorded after the cut-off are left out, and
// the report's three dates (period, cut-off, document date) come from the plan's reporting calendar.
// Edits are made "at" known dates through the real store API (PlanStore::setClockForTesting); the tests
// run in Asia/Ho_Chi_Minh (UTC+7, tests/CMakeLists.txt), so a day's end is 17:00 UTC.
#include "analysis/TaskHistory.h"
#include "io/PlanImporter.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <ostream>

namespace dx {
namespace {

ChangeLogEntry line(const QString &action, Id id, const QString &field = {}, const QString &oldValue = {},
                    const QString &newValue = {})
{
    ChangeLogEntry e;
    e.entity = QStringLiteral("task");
    e.entityId = id;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    return e;
}

Task sampleTask(Id id)
{
    Task t;
    t.id = id;
    t.groupId = 3;
    t.parentId = 0;
    t.sortOrder = 2;
    t.title = QStringLiteral("Xây dựng kho dữ liệu dùng chung");
    t.legalRef = QStringLiteral("KH 2358/KH-UBND, mục III.1");
    t.leadAgencyId = 5;
    t.cooperatingAgencyIds = {6, 7};
    t.personId = 9;
    t.startDate = QDate(2023, 1, 1);
    t.deadline = QDate(2024, 12, 31);
    t.status = TaskStatus::InProgress;
    t.percentComplete = 40;
    t.output = QStringLiteral("Kho dữ liệu");
    t.notes = QStringLiteral("Đang thực hiện");
    t.indicatorIds = {11};
    return t;
}

/// What the store would log for a change of @p f from @p before to @p after.
Task changed(Task t, TaskField f)
{
    switch (f) {
    case TaskField::Group:
        t.groupId = 4;
        break;
    case TaskField::Parent:
        t.parentId = 8;
        break;
    case TaskField::SortOrder:
        t.sortOrder = 7;
        break;
    case TaskField::Title:
        t.title = QStringLiteral("Tiêu đề mới");
        break;
    case TaskField::LegalRef:
        t.legalRef.clear();
        break;
    case TaskField::LeadAgency:
        t.leadAgencyId = 0;
        break;
    case TaskField::CooperatingAgencies:
        t.cooperatingAgencyIds = {7, 12, 13};
        break;
    case TaskField::Person:
        t.personId = 0;
        break;
    case TaskField::StartDate:
        t.startDate = QDate();
        break;
    case TaskField::Deadline:
        t.deadline = QDate(2025, 6, 30);
        break;
    case TaskField::Status:
        t.status = TaskStatus::Done;
        break;
    case TaskField::PercentComplete:
        t.percentComplete = 100;
        break;
    case TaskField::CompletionDate:
        t.completionDate = QDate(2024, 3, 1);
        break;
    case TaskField::Output:
        t.output = QStringLiteral("Dòng một\nDòng hai");
        break;
    case TaskField::Notes:
        t.notes = QStringLiteral("Hoàn thành chậm");
        break;
    case TaskField::Indicators:
        t.indicatorIds.clear();
        break;
    }
    return t;
}

// Every field kind (ids, numbers, texts, dates valid and empty, the status key, id lists) goes back to
// its old value from the log's text alone.
TEST(TaskHistory, EveryFieldGoesBackToItsOldValue)
{
    const Task before = sampleTask(1);
    for (TaskField f : TaskFields::all().toList()) {
        SCOPED_TRACE(fieldKey(f).toStdString());
        const Task after = changed(before, f);
        ASSERT_NE(fieldLogText(before, f), fieldLogText(after, f)) << "the case changes nothing";
        const RewoundTasks r = rewindTasks({after}, {line(QStringLiteral("update"), 1, fieldKey(f),
                                                          fieldLogText(before, f), fieldLogText(after, f))});
        ASSERT_EQ(r.tasks.size(), 1);
        for (TaskField g : TaskFields::all().toList())
            EXPECT_EQ(fieldLogText(r.tasks.first(), g), fieldLogText(before, g)) << fieldKey(g).toStdString();
        // And forward again from the new text: the parse is the exact inverse of the log's text.
        Task forward = before;
        ASSERT_TRUE(setFieldFromLogText(forward, f, fieldLogText(after, f)));
        EXPECT_EQ(fieldLogText(forward, f), fieldLogText(after, f));
    }
}

TEST(TaskHistory, TextThatDoesNotParseLeavesTheTaskAsItIs)
{
    Task t = sampleTask(1);
    const Task kept = t;
    EXPECT_FALSE(setFieldFromLogText(t, TaskField::Status, QStringLiteral("finished")));
    EXPECT_FALSE(setFieldFromLogText(t, TaskField::Deadline, QStringLiteral("31/12/2024")));
    EXPECT_FALSE(setFieldFromLogText(t, TaskField::PercentComplete, QStringLiteral("half")));
    EXPECT_FALSE(setFieldFromLogText(t, TaskField::CooperatingAgencies, QStringLiteral("6,x")));
    for (TaskField g : TaskFields::all().toList())
        EXPECT_EQ(fieldLogText(t, g), fieldLogText(kept, g));
}

struct RewindCase
{
    const char *name;
    QList<Task> current;
    QList<ChangeLogEntry> newestFirst;
    QList<Id> ids;       ///< the tasks then, in order
    QList<int> percents; ///< their percent then
    QStringList lost;
};

TEST(TaskHistory, InsertsDeletesAndSeveralEditsAreUndoneNewestFirst)
{
    Task a = sampleTask(1);
    Task b = sampleTask(2);
    b.sortOrder = 1;
    b.title = QStringLiteral("Nhiệm vụ B");
    Task c = sampleTask(3);
    c.sortOrder = 3;
    c.title = QStringLiteral("Nhiệm vụ C");
    const QString pc = fieldKey(TaskField::PercentComplete);
    const QString up = QStringLiteral("update");
    const QList<RewindCase> cases{
        {"nothing since", {a, b}, {}, {2, 1}, {40, 40}, {}},
        {"several edits on one day: the oldest's old value",
         {a},
         {line(up, 1, pc, QStringLiteral("30"), QStringLiteral("40")),
          line(up, 1, pc, QStringLiteral("20"), QStringLiteral("30")),
          line(up, 1, pc, QStringLiteral("10"), QStringLiteral("20"))},
         {1},
         {10},
         {}},
        {"inserted since: not there then", {a, b}, {line(QStringLiteral("insert"), 2)}, {1}, {40}, {}},
        {"edited, then inserted: gone all the same",
         {a, b},
         {line(up, 2, pc, QStringLiteral("0"), QStringLiteral("40")), line(QStringLiteral("insert"), 2)},
         {1},
         {40},
         {}},
        {"deleted and put back (undo): there, as it was deleted",
         {a, b},
         {line(up, 2, pc, QStringLiteral("25"), QStringLiteral("40")), line(QStringLiteral("insert"), 2),
          line(QStringLiteral("delete"), 2, {}, b.title)},
         {2, 1},
         {25, 40},
         {}},
        {"deleted for good: rebuilt from the row its delete line keeps",
         {a},
         {line(QStringLiteral("delete"), 3, {}, c.title),
          line(QStringLiteral("delete"), 3, ChangeLogEntry::rowField(), rowLogText(c))},
         {1, 3},
         {40, 40},
         {}},
        {"deleted, put back and deleted again: the last delete's row",
         {a},
         {line(QStringLiteral("delete"), 2, {}, b.title),
          line(QStringLiteral("delete"), 2, ChangeLogEntry::rowField(),
               rowLogText(changed(b, TaskField::PercentComplete))),
          line(up, 2, pc, QStringLiteral("40"), QStringLiteral("100")), line(QStringLiteral("insert"), 2),
          line(QStringLiteral("delete"), 2, {}, b.title),
          line(QStringLiteral("delete"), 2, ChangeLogEntry::rowField(), rowLogText(b))},
         {2, 1},
         {40, 40},
         {}},
        {"deleted before delete lines kept the row: only its title is known",
         {a},
         {line(QStringLiteral("delete"), 3, {}, c.title)},
         {1},
         {40},
         {c.title}},
        {"made and deleted since: nothing lost",
         {a},
         {line(QStringLiteral("delete"), 3, {}, c.title), line(QStringLiteral("insert"), 3)},
         {1},
         {40},
         {}},
        {"a field of a later version and other entities' lines are skipped",
         {a},
         {line(up, 1, QStringLiteral("colour"), QStringLiteral("red"), QStringLiteral("blue")),
          [] {
              ChangeLogEntry e = line(QStringLiteral("insert"), 1);
              e.entity = QStringLiteral("indicator");
              return e;
          }()},
         {1},
         {40},
         {}},
        {"the order then: by the order number as it was",
         {b, a, c},
         {line(up, 3, fieldKey(TaskField::SortOrder), QStringLiteral("0"), QStringLiteral("3"))},
         {3, 2, 1},
         {40, 40, 40},
         {}},
    };
    for (const RewindCase &k : cases) {
        SCOPED_TRACE(k.name);
        const RewoundTasks r = rewindTasks(k.current, k.newestFirst);
        QList<Id> ids;
        QList<int> percents;
        for (const Task &t : r.tasks) {
            ids << t.id;
            percents << t.percentComplete;
        }
        EXPECT_EQ(ids, k.ids);
        EXPECT_EQ(percents, k.percents);
        EXPECT_EQ(r.lost, k.lost);
    }
}

TEST(TaskHistory, TheCutOffDayEndsAtLocalMidnight)
{
    // Asia/Ho_Chi_Minh: the end of 31/12/2023 is 17:00 UTC that day.
    EXPECT_EQ(endOfCutOffDay(QDate(2023, 12, 31)), QDateTime(QDate(2023, 12, 31), QTime(17, 0), Qt::UTC));
}

TEST(ReportCalendar, CutOffsFollowTheReportingCalendarAndAreKeptPerPlan)
{
    ReportSettings s;
    EXPECT_EQ(s.cutOffFor(Period::year(2023)), QDate(2023, 12, 14));
    EXPECT_EQ(s.cutOffFor(Period::half(2024, 1)), QDate(2024, 6, 14));
    EXPECT_EQ(s.cutOffFor(Period::half(2024, 2)), QDate(2024, 12, 14));
    EXPECT_EQ(s.cutOffFor(Period::quarter(2024, 1)), QDate(2024, 3, 14));
    EXPECT_EQ(s.cutOffFor(Period::quarter(2024, 3)), QDate(2024, 9, 14));
    EXPECT_EQ(s.documentDateFor(QDate(2023, 12, 14)), QDate(2023, 12, 14));

    s.yearCutOffDay = 10;
    s.quarterCutOffDay = 31; // past the end of June: its last day
    s.documentDaysAfterCutOff = 5;
    EXPECT_EQ(s.cutOffFor(Period::year(2023)), QDate(2023, 12, 10));
    EXPECT_EQ(s.cutOffFor(Period::quarter(2024, 2)), QDate(2024, 6, 30));
    EXPECT_EQ(s.documentDateFor(QDate(2023, 12, 10)), QDate(2023, 12, 15));
    const ReportSettings back = ReportSettings::fromMap(s.toMap());
    EXPECT_EQ(back.yearCutOffDay, 10);
    EXPECT_EQ(back.quarterCutOffDay, 31);
    EXPECT_EQ(back.documentDaysAfterCutOff, 5);
    EXPECT_EQ(back, s);

    // Words that are not a day of a month keep the calendar's default.
    const ReportSettings bad =
        ReportSettings::fromMap({{QStringLiteral("reportCutOffDayYear"), QStringLiteral("0")},
                                 {QStringLiteral("reportCutOffDayHalf"), QStringLiteral("x")},
                                 {QStringLiteral("reportDateDaysAfterCutOff"), QStringLiteral("-3")}});
    EXPECT_EQ(bad.yearCutOffDay, 14);
    EXPECT_EQ(bad.halfCutOffDay, 14);
    EXPECT_EQ(bad.documentDaysAfterCutOff, 0);

    // The defaults of a report: the calendar's, the cut-off never a day still to come.
    const ReportDates past = ReportDates::defaults(ReportSettings(), Period::year(2023), QDate(2026, 12, 2));
    EXPECT_EQ(past.cutOff, QDate(2023, 12, 14));
    EXPECT_EQ(past.documentDate, QDate(2023, 12, 14));
    const ReportDates current =
        ReportDates::defaults(ReportSettings(), Period::year(2026), QDate(2026, 12, 2));
    EXPECT_EQ(current.cutOff, QDate(2026, 12, 2));
}

/// The bundled plan, made now, then edited through the store at dates the test sets.
class AsOfReport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = PlanImporter::createFromTemplate(m_dir.filePath(QStringLiteral("p.dxplan")),
                                                      QStringLiteral("resolution-06"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());
        m_store->setClockForTesting([this] { return m_now; });
    }
    /// The store's clock, in local time (Asia/Ho_Chi_Minh).
    void at(const QDate &d, const QTime &t = QTime(10, 0)) { m_now = QDateTime(d, t, Qt::LocalTime); }
    Task taskTitled(const QString &prefix) const
    {
        for (const Task &t : m_store->tasks())
            if (t.title.startsWith(prefix))
                return t;
        ADD_FAILURE() << "no task " << prefix.toStdString();
        return {};
    }
    /// Writes @p fields of @p t, then reads it back (its new version, for the next edit).
    void edit(Task &t, TaskFields fields)
    {
        const Status s = m_store->updateTasks({t}, fields);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString();
        t = *m_store->task(t.id);
    }
    ReportContent report(const QDate &cutOff, const Period &period) const
    {
        return ReportBuilder::build(*m_store, ReportSettings::fromMap(m_store->settings()), period,
                                    ReportDates{cutOff, cutOff});
    }
    /// Biểu 02's row of the task whose title starts with @p prefix.
    static QStringList row(const ReportContent &c, const QString &prefix)
    {
        for (const ReportRow &r : c.tasks.rows)
            if (r.kind == ReportRow::Kind::Data && r.cells.at(1).startsWith(prefix))
                return r.cells;
        return {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
    QDateTime m_now;
};

// One pass back from the newest line: it stops at the first line stamped before the moment (a PC whose
// clock was set back never makes an older commit count as later) and at the end of the file's making;
// other entities' lines are read past.
TEST_F(AsOfReport, ChangesSinceReadsBackToTheFirstOlderLineOrTheFilesMaking)
{
    Task t = taskTitled(QStringLiteral("Tuyên truyền, nâng cao nhận thức"));
    const QDateTime since(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    at(QDate(2024, 3, 1));
    t.percentComplete = 61;
    edit(t, TaskField::PercentComplete);
    at(QDate(2023, 5, 1)); // a clock set back
    t.percentComplete = 62;
    edit(t, TaskField::PercentComplete);
    at(QDate(2024, 4, 1));
    t.percentComplete = 63;
    edit(t, TaskField::PercentComplete);
    Measurement m;
    m.indicatorId = m_store->indicators().first().id;
    m.period = QStringLiteral("2023");
    m.value = 12;
    ASSERT_TRUE(m_store->upsertMeasurements({m}).ok());

    QList<ChangeLogEntry> lines = m_store->changesSince(since, QStringLiteral("task"));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().newValue, QStringLiteral("63"));
    EXPECT_GT(m_store->changesSince(since).size(), 1) << "every entity's lines without a filter";
    // Before everything: back to the end of the file's making, never into the template's own lines.
    lines = m_store->changesSince(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC), QStringLiteral("task"));
    EXPECT_EQ(lines.size(), 3);
    const PlanStore::Creation made = m_store->fileCreation();
    EXPECT_TRUE(made.from.isValid() && made.to.isValid() && made.from <= made.to);
}

// The done-means check: a report as of 31/12/2023 shows each task's percent, status, completion date and
// notes as they were then; a later report the later ones; what the file was made with counts before.
TEST_F(AsOfReport, TasksAreShownAsTheyWereAtTheCutOff)
{
    const QString title = QStringLiteral("Tuyên truyền, nâng cao nhận thức");
    Task t = taskTitled(title);
    ASSERT_EQ(t.percentComplete, 60) << "the template's value";
    const int tasksMade = int(m_store->tasks().size());

    at(QDate(2023, 6, 30));
    t.percentComplete = 70;
    t.notes = QStringLiteral("Giữa năm");
    edit(t, {TaskField::PercentComplete, TaskField::Notes});
    at(QDate(2023, 12, 31), QTime(23, 59, 59, 999)); // the last moment of the cut-off day
    t.percentComplete = 85;
    edit(t, TaskField::PercentComplete);
    at(QDate(2024, 1, 1), QTime(0, 0)); // exactly midnight: the next day, after the cut-off
    t.percentComplete = 90;
    edit(t, TaskField::PercentComplete);
    at(QDate(2024, 3, 1));
    t.status = TaskStatus::Done;
    t.percentComplete = 100;
    t.completionDate = QDate(2024, 2, 28);
    t.notes = QStringLiteral("Hoàn thành chậm");
    edit(t, {TaskField::Status, TaskField::PercentComplete, TaskField::CompletionDate, TaskField::Notes});

    const ReportContent y2023 = report(QDate(2023, 12, 31), Period::year(2023));
    QStringList r = row(y2023, title);
    ASSERT_FALSE(r.isEmpty());
    EXPECT_EQ(r.at(6), QStringLiteral("Đạt 85%"));
    EXPECT_EQ(r.at(7), QStringLiteral("Đang thực hiện trong hạn"));
    EXPECT_TRUE(r.at(8).contains(QStringLiteral("Giữa năm"))) << r.at(8).toStdString();
    EXPECT_FALSE(r.at(8).contains(QStringLiteral("Hoàn thành chậm"))) << "a later note";
    EXPECT_EQ(y2023.taskCounts.total(), tasksMade) << "the template's tasks count before the file was made";

    const ReportContent mid2023 = report(QDate(2023, 6, 29), Period::half(2023, 1));
    EXPECT_EQ(row(mid2023, title).at(6), QStringLiteral("Đạt 60%")) << "before the first edit";
    EXPECT_EQ(row(report(QDate(2023, 6, 30), Period::half(2023, 1)), title).at(6), QStringLiteral("Đạt 70%"));
    EXPECT_EQ(row(report(QDate(2024, 1, 1), Period::quarter(2024, 1)), title).at(6),
              QStringLiteral("Đạt 90%"));

    const ReportContent h2024 = report(QDate(2024, 6, 30), Period::half(2024, 1));
    r = row(h2024, title);
    EXPECT_EQ(r.at(6), QStringLiteral("Hoàn thành ngày 28/02/2024"));
    EXPECT_TRUE(r.at(8).contains(QStringLiteral("Hoàn thành chậm")));

    // The same tasks everywhere in the report: the counts, the group lines and the draft facts.
    EXPECT_EQ(ReportBuilder::tasksAsOf(*m_store, QDate(2023, 12, 31)).size(), tasksMade);
    const DraftFacts facts = ReportBuilder::draftFactsFor(*m_store, Period::year(2023), QDate(2023, 12, 31));
    for (const Task &f : facts.tasks) {
        if (f.id == t.id) {
            EXPECT_EQ(f.percentComplete, 85);
        }
    }
}

TEST_F(AsOfReport, TasksMadeOrDeletedAfterTheCutOff)
{
    at(QDate(2024, 2, 1));
    Task added;
    added.groupId = m_store->groups().first().id;
    added.title = QStringLiteral("Nhiệm vụ thêm năm 2024");
    ASSERT_TRUE(m_store->insertTask(added).ok());
    const Task undone = taskTitled(QStringLiteral("Tuyên truyền, nâng cao nhận thức"));
    const auto removed = m_store->removeTask(undone.id);
    ASSERT_TRUE(removed.ok());
    at(QDate(2024, 2, 2));
    ASSERT_TRUE(m_store->restoreTasks(removed.value()).ok()); // the window's undo
    const Task gone = taskTitled(QStringLiteral("Triển khai phong trào thi đua"));
    ASSERT_TRUE(m_store->removeTask(gone.id).ok());

    const ReportContent y2023 = report(QDate(2023, 12, 31), Period::year(2023));
    EXPECT_TRUE(row(y2023, added.title).isEmpty()) << "made after the cut-off";
    EXPECT_FALSE(row(y2023, undone.title.left(30)).isEmpty()) << "deleted and put back";
    // Deleted for good after the cut-off: rebuilt from the row its delete line keeps, every field.
    const QStringList back = row(y2023, gone.title.left(30));
    ASSERT_FALSE(back.isEmpty());
    EXPECT_EQ(back.at(6), QStringLiteral("Đạt %1%").arg(gone.percentComplete));
    const QList<Task> then = ReportBuilder::tasksAsOf(*m_store, QDate(2023, 12, 31));
    const auto rebuilt =
        std::find_if(then.cbegin(), then.cend(), [&](const Task &x) { return x.id == gone.id; });
    ASSERT_NE(rebuilt, then.cend());
    for (TaskField f : TaskFields::all().toList())
        EXPECT_EQ(fieldLogText(*rebuilt, f), fieldLogText(gone, f)) << fieldKey(f).toStdString();
    for (const QString &w : y2023.warnings)
        EXPECT_FALSE(w.contains(gone.title)) << w.toStdString();

    const ReportContent y2024 = report(QDate(2024, 12, 14), Period::year(2024));
    EXPECT_FALSE(row(y2024, added.title).isEmpty());
    EXPECT_TRUE(row(y2024, gone.title.left(30)).isEmpty());

    // A file whose delete lines kept no row (written before they did): the task is left out, and said.
    {
        store_test::RawDb raw(m_store->path());
        ASSERT_TRUE(
            raw.exec(QStringLiteral("DELETE FROM change_log WHERE action = 'delete' AND field = 'row'")));
    }
    const ReportContent old = report(QDate(2023, 12, 31), Period::year(2023));
    EXPECT_TRUE(row(old, gone.title.left(30)).isEmpty());
    ASSERT_FALSE(old.warnings.isEmpty());
    EXPECT_TRUE(old.warnings.last().contains(gone.title)) << old.warnings.last().toStdString();
    EXPECT_FALSE(row(old, undone.title.left(30)).isEmpty()) << "an undone delete needs no row";
}

// Values recorded after the cut-off are not used (Biểu 01, the statuses, the charts); what the file was
// made with (the template's values, stamped when it was made) counts at any cut-off.
TEST_F(AsOfReport, ValuesRecordedAfterTheCutOffAreLeftOut)
{
    const QList<Indicator> indicators = m_store->indicators();
    int row = -1;
    for (int i = 0; i < indicators.size() && row < 0; ++i)
        if (indicators[i].code == QStringLiteral("CQS-01"))
            row = i;
    ASSERT_GE(row, 0);
    Measurement late;
    late.indicatorId = indicators[row].id;
    late.period = QStringLiteral("2023");
    late.value = 77;
    late.recordedAt = QDateTime(QDate(2024, 1, 15), QTime(3, 0), Qt::UTC);
    ASSERT_TRUE(m_store->upsertMeasurements({late}).ok());

    const ReportContent before = report(QDate(2023, 12, 31), Period::year(2023));
    EXPECT_NE(before.targets.rows.at(row).cells.at(7), QStringLiteral("77"));
    EXPECT_NE(ReportBuilder::targetsTable(*m_store, before.settings, before.period, before.asOf)
                  .rows.at(row)
                  .cells.at(7),
              QStringLiteral("77"))
        << "the Excel table leaves it out too";
    const ReportContent after = report(QDate(2024, 1, 15), Period::year(2023));
    EXPECT_EQ(after.targets.rows.at(row).cells.at(7), QStringLiteral("77"));

    // Recorded without a time: stamped by the store's clock, on the cut-off day itself.
    Measurement typed;
    typed.indicatorId = indicators[row].id;
    typed.period = QStringLiteral("2023");
    typed.value = 66;
    at(QDate(2023, 12, 31), QTime(8, 0));
    ASSERT_TRUE(m_store->upsertMeasurements({typed}).ok());
    EXPECT_EQ(report(QDate(2023, 12, 31), Period::year(2023)).targets.rows.at(row).cells.at(7),
              QStringLiteral("66"));
    EXPECT_NE(report(QDate(2023, 12, 30), Period::year(2023)).targets.rows.at(row).cells.at(7),
              QStringLiteral("66"));

    // The template's DTI ranks, stamped when the file was made (today), count in a 2022 report.
    const QStringList dti = report(QDate(2022, 12, 31), Period::year(2022)).targets.rows.first().cells;
    EXPECT_EQ(dti.at(7), QStringLiteral("13")) << dti.join(QLatin1Char('|')).toStdString();
}

TEST_F(AsOfReport, TheThreeDatesArePrintedWhereTheRulesPutThem)
{
    const ReportContent c =
        ReportBuilder::build(*m_store, ReportSettings::fromMap(m_store->settings()), Period::year(2023),
                             ReportDates{QDate(2023, 12, 14), QDate(2023, 12, 20)});
    EXPECT_EQ(c.placeDate, QStringLiteral("Hải Dương, ngày 20 tháng 12 năm 2023"));
    EXPECT_EQ(c.periodLine, QStringLiteral("(Kỳ báo cáo: năm 2023; số liệu tính đến ngày 14/12/2023)"));
    EXPECT_TRUE(c.tasks.subtitle.contains(QStringLiteral("20/12/2023"))) << c.tasks.subtitle.toStdString();
    EXPECT_EQ(c.asOf, QDate(2023, 12, 14));
}

} // namespace
} // namespace dx
