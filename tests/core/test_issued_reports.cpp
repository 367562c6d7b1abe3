// SPDX-License-Identifier: GPL-3.0-or-later
// Issued reports (schema version 7): issuing freezes a report's number, dates, PDF and figures in the plan,
// read-only; the next report compares the plan with the last one issued ("since the last report").
#include "domain/Validation.h"
#include "io/PlanImporter.h"
#include "report/IssuedSnapshot.h"
#include "report/ReportComparison.h"
#include "report/ReportContent.h"
#include "store/PlanFile.h"
#include "store/Schema.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace store_test;

const QByteArray kPdf("%PDF-1.4 issued report for the test\n%%EOF\n");

class IssuedReports : public StoreTest
{
protected:
    /// The bundled plan with its report number set.
    std::unique_ptr<PlanStore> bundled()
    {
        auto store = PlanImporter::createFromTemplate(path(QStringLiteral("bundled.dxplan")),
                                                      QStringLiteral("resolution-06"));
        EXPECT_TRUE(store.ok()) << store.error().message.toStdString();
        if (!store.ok())
            return nullptr;
        ReportSettings s = ReportSettings::fromMap(store.value()->settings());
        s.documentNumber = QStringLiteral("15");
        EXPECT_TRUE(store.value()->setSettings(s.toMap()).ok());
        return std::move(store.value());
    }

    /// Builds the report of @p store for @p period on @p asOf and issues it through the store API.
    static Id issue(PlanStore &store, const Period &period, const QDate &asOf)
    {
        const ReportContent c =
            ReportBuilder::build(store, ReportSettings::fromMap(store.settings()), period, asOf);
        const Result<Id> id = store.issueReport(issuedRecord(c, store), kPdf);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? id.value() : 0;
    }

    static Task taskTitled(const PlanStore &store, const QString &start)
    {
        for (const Task &t : store.tasks())
            if (t.title.startsWith(start))
                return t;
        ADD_FAILURE() << "no task " << start.toStdString();
        return {};
    }
    static Indicator indicatorCoded(const PlanStore &store, const QString &code)
    {
        for (const Indicator &i : store.indicators())
            if (i.code == code)
                return i;
        ADD_FAILURE() << "no indicator " << code.toStdString();
        return {};
    }
    static Measurement value(const PlanStore &store, const QString &code, const QString &period)
    {
        const Indicator ind = indicatorCoded(store, code);
        for (const Measurement &m : store.measurements(ind.id))
            if (m.period == period && m.localityId == 0)
                return m;
        Measurement m;
        m.indicatorId = ind.id;
        m.period = period;
        m.version = Measurement::kEmpty;
        return m;
    }

    /// Each row of the appendix as "cell | cell | ...", heading rows as "# number title".
    static QStringList rowsOf(const ReportTable &table)
    {
        QStringList out;
        for (const ReportRow &r : table.rows)
            out << (r.kind == ReportRow::Kind::Heading ? QStringLiteral("# ") + r.cells.join(QLatin1Char(' '))
                                                       : r.cells.join(QStringLiteral(" | ")));
        return out;
    }
};

TEST_F(IssuedReports, IssuingKeepsTheRecordThePdfAndTheFiguresAndLogsIt)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    store->setUserName(QStringLiteral("nguyen.van.a"));
    EXPECT_FALSE(store->lastIssuedReport());
    SignalLog log(*store);
    const Id id = issue(*store, Period::year(2024), QDate(2024, 12, 31));
    ASSERT_NE(id, 0);
    ASSERT_EQ(log.commits(), 1);
    EXPECT_TRUE(log.last().issuedReports);

    const QList<IssuedReport> list = store->issuedReports();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].id, id);
    EXPECT_EQ(list[0].number, QStringLiteral("15"));
    EXPECT_EQ(list[0].period, QStringLiteral("2024"));
    EXPECT_EQ(list[0].asOf, QDate(2024, 12, 31));
    EXPECT_EQ(list[0].documentDate, QDate(2024, 12, 31));
    EXPECT_EQ(list[0].format, QStringLiteral("state"));
    EXPECT_EQ(list[0].language, QStringLiteral("vi"));
    EXPECT_EQ(list[0].issuedBy, QStringLiteral("nguyen.van.a"));
    EXPECT_TRUE(list[0].issuedAt.isValid());
    EXPECT_TRUE(list[0].snapshot.isEmpty()); // the list leaves the figures out
    EXPECT_EQ(store->issuedReportPdf(id), kPdf);

    const auto last = store->lastIssuedReport();
    ASSERT_TRUE(last);
    const auto figures = IssuedSnapshot::fromJson(last->snapshot);
    ASSERT_TRUE(figures);
    EXPECT_EQ(figures->reference, QStringLiteral("15/BC-STTTT"));
    EXPECT_EQ(figures->tasks.size(), store->tasks().size());
    EXPECT_EQ(figures->indicators.size(), store->indicators().size());
    const SnapshotIndicator *kts05 = figures->indicator(indicatorCoded(*store, QStringLiteral("KTS-05")).id);
    ASSERT_TRUE(kts05);
    ASSERT_TRUE(kts05->periodValue);
    EXPECT_DOUBLE_EQ(*kts05->periodValue, 10.2);
    EXPECT_TRUE(kts05->periodEstimate);

    const QList<ChangeLogEntry> entries = store->changeLog(QStringLiteral("issued_report"), id);
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].action, QStringLiteral("insert"));
    EXPECT_EQ(entries[0].newValue, QStringLiteral("15 2024 2024-12-31"));

    // Kept across closing and opening.
    const QString file = store->path();
    store.reset();
    auto reopened = PlanStore::open(file);
    ASSERT_TRUE(reopened.ok());
    EXPECT_EQ(reopened.value()->issuedReports().size(), 1);
    EXPECT_EQ(reopened.value()->issuedReportPdf(id), kPdf);
    EXPECT_TRUE(reopened.value()->checkIntegrity().ok());
}

TEST_F(IssuedReports, AnIssuedReportCannotBeChangedOrRemovedEvenByRawSql)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    const Id id = issue(*store, Period::year(2024), QDate(2024, 12, 31));
    const QString file = store->path();
    store.reset();
    {
        RawDb raw(file);
        QString error;
        EXPECT_FALSE(
            raw.exec(QStringLiteral("UPDATE issued_report SET number = '16' WHERE id = %1").arg(id), &error));
        EXPECT_TRUE(error.contains(QLatin1String("dx_issued_read_only"))) << error.toStdString();
        EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE issued_report SET pdf = x'00' WHERE id = %1").arg(id)));
        EXPECT_FALSE(raw.exec(QStringLiteral("DELETE FROM issued_report WHERE id = %1").arg(id), &error));
        EXPECT_TRUE(error.contains(QLatin1String("dx_issued_read_only"))) << error.toStdString();
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT number FROM issued_report")).toString(),
                  QStringLiteral("15"));
    }
    EXPECT_EQ(Validation::fromDatabaseError(QStringLiteral("dx_issued_read_only")),
              QStringLiteral("An issued report is kept as it was issued: it cannot be changed or removed."));
}

TEST_F(IssuedReports, IncompleteReportsAreRefusedAndChangeNothing)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    const ReportContent c = ReportBuilder::build(*store, ReportSettings::fromMap(store->settings()),
                                                 Period::year(2024), QDate(2024, 12, 31));
    SignalLog log(*store);
    EXPECT_FALSE(store->issueReport(issuedRecord(c, *store), QByteArray()).ok()); // no PDF
    IssuedReport noFigures = issuedRecord(c, *store);
    noFigures.snapshot.clear();
    EXPECT_FALSE(store->issueReport(noFigures, kPdf).ok());
    IssuedReport badPeriod = issuedRecord(c, *store);
    badPeriod.period = QStringLiteral("2024-Q5");
    EXPECT_FALSE(store->issueReport(badPeriod, kPdf).ok());
    EXPECT_TRUE(store->issuedReports().isEmpty());
    EXPECT_EQ(log.commits(), 0);
    EXPECT_TRUE(store->changeLog(QStringLiteral("issued_report")).isEmpty());
}

TEST_F(IssuedReports, Version6PlanIsMigratedToIssuedReports)
{
    const QString file = path();
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.isOpen());
        QStringList all;
        for (int v = 1; v <= 6; ++v)
            all << schema::migrationStatements(v);
        all << QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)
            << QStringLiteral("INSERT INTO plan (id, code, title, start_year, end_year) "
                              "VALUES (1, '06-NQ/TU', 'Chuyển đổi số', 2021, 2030)");
        for (const QString &sql : all) {
            QString error;
            ASSERT_TRUE(raw.exec(sql, &error)) << sql.toStdString() << "\n" << error.toStdString();
        }
    }
    ASSERT_EQ(PlanFile::inspect(file).value(), 6);
    auto opened = PlanStore::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->checkIntegrity().ok());
    EXPECT_EQ(opened.value()->plan().code, QStringLiteral("06-NQ/TU"));
    EXPECT_TRUE(opened.value()->issuedReports().isEmpty());
    opened.value().reset();
    EXPECT_EQ(PlanFile::inspect(file).value(), 7);
    EXPECT_EQ(PlanFile::inspect(file + QStringLiteral(".schema-v6.bak")).value(), 6);
}

// ---- the comparison, table-driven -------------------------------------------------------------------

SnapshotTask task(Id id, TaskState state, const QDate &deadline, int overdueDays = 0)
{
    SnapshotTask t;
    t.id = id;
    t.title = QStringLiteral("Nhiệm vụ %1").arg(id);
    t.state = state;
    t.deadline = deadline;
    t.daysOverdue = overdueDays;
    if (isDone(state))
        t.completionDate = QDate(2025, 5, 1);
    return t;
}

SnapshotIndicator indicator(Id id, IndicatorStatus status, QList<SnapshotValue> values,
                            QMap<QString, SnapshotLocalityValues> localities = {})
{
    SnapshotIndicator i;
    i.id = id;
    i.code = QStringLiteral("KTS-%1").arg(id);
    i.name = QStringLiteral("Chỉ tiêu %1").arg(id);
    i.status = status;
    i.milestoneYear = 2025;
    i.values = std::move(values);
    i.localityValues = std::move(localities);
    return i;
}

TEST(ReportComparisonTable, EachKindOfChangeIsFoundAndNothingElse)
{
    const QDate d(2025, 12, 31);
    struct Case
    {
        const char *name;
        QList<SnapshotTask> before, now;
        QList<SnapshotIndicator> indicatorsBefore, indicatorsNow;
        QStringList expected; ///< "kind:id[:detail]"
    };
    const QList<Case> cases{
        {"nothing changed",
         {task(1, TaskState::InProgress, d)},
         {task(1, TaskState::InProgress, d)},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, false}})},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, false}})},
         {}},
        {"completed",
         {task(1, TaskState::InProgress, d)},
         {task(1, TaskState::DoneOnTime, d)},
         {},
         {},
         {QStringLiteral("completed:1")}},
        {"done before and still done",
         {task(1, TaskState::DoneLate, d)},
         {task(1, TaskState::DoneLate, d)},
         {},
         {},
         {}},
        {"a new task already done",
         {},
         {task(2, TaskState::DoneOnTime, d)},
         {},
         {},
         {QStringLiteral("completed:2")}},
        {"newly overdue",
         {task(1, TaskState::InProgress, d)},
         {task(1, TaskState::Overdue, d, 3)},
         {},
         {},
         {QStringLiteral("overdue:1:3")}},
        {"overdue before and still",
         {task(1, TaskState::Overdue, d, 3)},
         {task(1, TaskState::Overdue, d, 40)},
         {},
         {},
         {}},
        {"deadline moved",
         {task(1, TaskState::InProgress, d)},
         {task(1, TaskState::InProgress, QDate(2026, 6, 30))},
         {},
         {},
         {QStringLiteral("deadline:1:2025-12-31>2026-06-30")}},
        {"deadline removed",
         {task(1, TaskState::InProgress, d)},
         {task(1, TaskState::InProgress, QDate())},
         {},
         {},
         {QStringLiteral("deadline:1:2025-12-31>")}},
        {"value added",
         {},
         {},
         {indicator(1, IndicatorStatus::OnTrack, {})},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, false}})},
         {QStringLiteral("added:1:2024")}},
        {"value revised",
         {},
         {},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, false}})},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 6, false}})},
         {QStringLiteral("revised:1:2024")}},
        {"estimate made official",
         {},
         {},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, true}})},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2024"), 5, false}})},
         {QStringLiteral("revised:1:2024")}},
        {"value removed",
         {},
         {},
         {indicator(1, IndicatorStatus::OnTrack, {{QStringLiteral("2023"), 4, false}})},
         {indicator(1, IndicatorStatus::OnTrack, {})},
         {QStringLiteral("removed:1:2023")}},
        {"localities' values",
         {},
         {},
         {indicator(1, IndicatorStatus::OnTrack, {}, {{QStringLiteral("2024"), {2, "aa"}}})},
         {indicator(1, IndicatorStatus::OnTrack, {}, {{QStringLiteral("2024"), {3, "bb"}}})},
         {QStringLiteral("localities:1:2024:2>3")}},
        {"judgement",
         {},
         {},
         {indicator(1, IndicatorStatus::AtRisk, {})},
         {indicator(1, IndicatorStatus::Achieved, {})},
         {QStringLiteral("judgement:1:at_risk>achieved")}},
        {"a new indicator is no change of judgement",
         {},
         {},
         {},
         {indicator(3, IndicatorStatus::NoData, {})},
         {}},
    };
    for (const Case &c : cases) {
        IssuedSnapshot a, b;
        a.tasks = c.before;
        b.tasks = c.now;
        a.indicators = c.indicatorsBefore;
        b.indicators = c.indicatorsNow;
        const ReportComparison r = ReportComparison::compare(a, b);
        QStringList found;
        for (const auto &t : r.completed)
            found << QStringLiteral("completed:%1").arg(t.id);
        for (const auto &t : r.newlyOverdue)
            found << QStringLiteral("overdue:%1:%2").arg(t.id).arg(t.daysOverdue);
        for (const auto &m : r.deadlinesMoved)
            found << QStringLiteral("deadline:%1:%2>%3")
                         .arg(m.id)
                         .arg(m.from.toString(Qt::ISODate), m.to.toString(Qt::ISODate));
        for (const auto &v : r.values) {
            using K = ReportComparison::ValueChange::Kind;
            const QString kind = v.kind == K::Added     ? QStringLiteral("added")
                                 : v.kind == K::Revised ? QStringLiteral("revised")
                                 : v.kind == K::Removed ? QStringLiteral("removed")
                                                        : QStringLiteral("localities");
            QString s = QStringLiteral("%1:%2:%3").arg(kind).arg(v.indicatorId).arg(v.period);
            if (v.kind == K::Localities)
                s += QStringLiteral(":%1>%2").arg(v.fromCount).arg(v.toCount);
            found << s;
        }
        for (const auto &j : r.judgements)
            found << QStringLiteral("judgement:%1:%2>%3").arg(j.indicatorId).arg(toKey(j.from), toKey(j.to));
        EXPECT_EQ(found, c.expected) << c.name;
        EXPECT_EQ(r.isEmpty(), c.expected.isEmpty()) << c.name;
    }
}

TEST(ReportComparisonTable, SnapshotSurvivesJson)
{
    IssuedSnapshot s;
    s.period = Period::half(2025, 1);
    s.asOf = QDate(2025, 6, 30);
    s.reference = QStringLiteral("15/BC-STTTT");
    s.tasks << task(4, TaskState::Overdue, QDate(2025, 5, 31), 30);
    SnapshotIndicator i = indicator(7, IndicatorStatus::AtRisk, {{QStringLiteral("2024"), 17.5, true}},
                                    {{QStringLiteral("2024"), {12, "abcdef"}}});
    i.periodValue = 17.5;
    i.periodEstimate = true;
    s.indicators << i;
    const auto back = IssuedSnapshot::fromJson(s.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->period, s.period);
    EXPECT_EQ(back->asOf, s.asOf);
    EXPECT_EQ(back->reference, s.reference);
    EXPECT_TRUE(ReportComparison::compare(s, *back).isEmpty());
    EXPECT_TRUE(ReportComparison::compare(*back, s).isEmpty());
    ASSERT_EQ(back->tasks.size(), 1);
    EXPECT_EQ(back->tasks[0].daysOverdue, 30);
    ASSERT_TRUE(back->indicators[0].periodValue);
    EXPECT_DOUBLE_EQ(*back->indicators[0].periodValue, 17.5);
    EXPECT_FALSE(IssuedSnapshot::fromJson("not json"));
    EXPECT_FALSE(IssuedSnapshot::fromJson(R"({"format": 99, "period": "2024"})"));
}

// ---- THE test: issue, edit, and the appendix lists exactly those edits ---------------------------------

TEST_F(IssuedReports, SinceLastAppendixListsExactlyTheEditsMadeAfterIssuing)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    ASSERT_NE(issue(*store, Period::quarter(2025, 1), QDate(2025, 3, 31)), 0);
    // The edits are made "on" 01/05/2025, between the two cut-offs: the report as of 30/06/2025 counts
    // them, the issued one (31/03/2025) did not (the report rewinds what was logged after its cut-off).
    store->setClockForTesting([] { return QDateTime(QDate(2025, 5, 1), QTime(9, 0), Qt::UTC); });

    // 1. complete one task
    Task done = taskTitled(*store, QStringLiteral("Triển khai phong trào thi đua"));
    done.status = TaskStatus::Done;
    done.percentComplete = 100;
    done.completionDate = QDate(2025, 5, 15);
    ASSERT_TRUE(store->updateTask(done).ok());
    // 2. move a deadline (still ahead)
    Task moved = taskTitled(*store, QStringLiteral("Xây dựng Trung tâm dữ liệu tỉnh"));
    moved.deadline = QDate(2026, 6, 30);
    ASSERT_TRUE(store->updateTask(moved, TaskField::Deadline).ok());
    // 3. make one overdue by the next cut-off: its deadline brought forward before 30/06/2025
    Task late = taskTitled(*store, QStringLiteral("Hỗ trợ hộ sản xuất nông nghiệp"));
    late.deadline = QDate(2025, 5, 31);
    ASSERT_TRUE(store->updateTask(late, TaskField::Deadline).ok());
    // 4. add a value to an indicator without target (its judgement stays "Theo dõi")
    Measurement added = value(*store, QStringLiteral("CQS-10"), QStringLiteral("2024"));
    added.value = 99.5;
    ASSERT_TRUE(store->upsertMeasurements({added}).ok());
    // 5. revise an older value (the latest one still decides the judgement)
    Measurement revised = value(*store, QStringLiteral("TQ-01"), QStringLiteral("2021"));
    ASSERT_DOUBLE_EQ(revised.value, 14);
    revised.value = 12;
    ASSERT_TRUE(store->upsertMeasurements({revised}).ok());
    // 6. add the 2024 value of KTS-01: it meets the 2025 target, so its judgement changes
    Measurement met = value(*store, QStringLiteral("KTS-01"), QStringLiteral("2024"));
    met.value = 21;
    ASSERT_TRUE(store->upsertMeasurements({met}).ok());

    ReportSettings settings = ReportSettings::fromMap(store->settings());
    settings.sinceLast = true;
    const ReportContent c = ReportBuilder::build(*store, settings, Period::half(2025, 1), QDate(2025, 6, 30));
    const QStringList rows = rowsOf(c.sinceLast);
    const QStringList expected{
        QStringLiteral("# I Nhiệm vụ đã hoàn thành"),
        QStringLiteral(
            "1 | Triển khai phong trào thi đua thực hiện chuyển đổi số trên địa bàn tỉnh | Đang thực hiện "
            "trong hạn | Hoàn thành ngày 15/05/2025"),
        QStringLiteral("# II Nhiệm vụ mới quá hạn"),
        QStringLiteral(
            "1 | Hỗ trợ hộ sản xuất nông nghiệp đưa sản phẩm lên sàn thương mại điện tử | Đang thực hiện "
            "trong hạn | Quá hạn 30 ngày"),
        QStringLiteral("# III Nhiệm vụ điều chỉnh thời gian hoàn thành"),
        QStringLiteral("1 | Xây dựng Trung tâm dữ liệu tỉnh | 31/12/2025 | 30/06/2026"),
        QStringLiteral(
            "2 | Hỗ trợ hộ sản xuất nông nghiệp đưa sản phẩm lên sàn thương mại điện tử | 31/12/2025 | "
            "31/05/2025"),
        QStringLiteral("# IV Số liệu bổ sung, điều chỉnh"),
        QStringLiteral("1 | TQ-01 - năm 2021 | 14 | 12"),
        QStringLiteral("2 | KTS-01 - năm 2024 | - | 21"),
        QStringLiteral("3 | CQS-10 - năm 2024 | - | 99,5"),
        QStringLiteral("# V Chỉ tiêu thay đổi đánh giá"),
    };
    ASSERT_GE(rows.size(), expected.size()) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(rows.mid(0, expected.size()), expected) << rows.join(QLatin1Char('\n')).toStdString();
    ASSERT_EQ(rows.size(), expected.size() + 1) << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows.last().startsWith(QStringLiteral("1 | KTS-01 Tỷ trọng kinh tế số")))
        << rows.last().toStdString();
    EXPECT_TRUE(rows.last().endsWith(QStringLiteral(" | Đã đạt (mục tiêu 2025)")))
        << rows.last().toStdString();
    EXPECT_EQ(c.sinceLast.label, QStringLiteral("Biểu 03"));
    EXPECT_EQ(
        c.sinceLast.subtitle,
        QStringLiteral("(So với Báo cáo số 15/BC-STTTT ngày 31/03/2025, số liệu tính đến ngày 31/03/2025)"));

    // Biểu 01 has "Kỳ trước": the value the last report used for its period (none in the first quarter
    // for KTS-01; the 2025 value of CQS-08 was counted in it).
    ASSERT_GE(c.sinceLastColumn, 0);
    EXPECT_EQ(c.targets.headers.value(c.sinceLastColumn), QStringLiteral("Kỳ trước"));
    EXPECT_EQ(c.targets.headers.value(c.sinceLastColumn - 1), QStringLiteral("Kết quả năm trước"));
    for (const ReportRow &r : c.targets.rows)
        EXPECT_EQ(r.cells.size(), c.targets.headers.size());

    // Issued again, with the same cut-off, nothing has changed since.
    ASSERT_NE(issue(*store, Period::half(2025, 1), QDate(2025, 6, 30)), 0);
    const ReportContent again =
        ReportBuilder::build(*store, settings, Period::half(2025, 1), QDate(2025, 6, 30));
    EXPECT_EQ(rowsOf(again.sinceLast),
              QStringList{QStringLiteral(" | Không có thay đổi so với báo cáo trước. |  | ")});
}

TEST_F(IssuedReports, LastReportsColumnHoldsTheValueItUsedForItsPeriod)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    ASSERT_NE(issue(*store, Period::year(2024), QDate(2024, 12, 31)), 0);
    ReportSettings settings = ReportSettings::fromMap(store->settings());
    settings.sinceLast = true;
    const ReportContent c = ReportBuilder::build(*store, settings, Period::year(2025), QDate(2025, 12, 31));
    ASSERT_GE(c.sinceLastColumn, 0);
    QHash<QString, QString> previous;
    for (const ReportRow &r : c.targets.rows)
        previous.insert(r.cells.value(1), r.cells.value(c.sinceLastColumn));
    EXPECT_EQ(previous.value(QStringLiteral("KTS-05")), QStringLiteral("10,2 (ước tính)")); // 2024's value
    EXPECT_EQ(previous.value(QStringLiteral("XHS-03")), QStringLiteral("45.000"));
    EXPECT_EQ(previous.value(QStringLiteral("KTS-01")), QStringLiteral("-")); // no 2024 value in it
    settings.language = ReportLanguage::English;
    const ReportContent en = ReportBuilder::build(*store, settings, Period::year(2025), QDate(2025, 12, 31));
    EXPECT_EQ(en.targets.headers.value(en.sinceLastColumn), QStringLiteral("Last report"));
    EXPECT_EQ(en.sinceLast.title, QStringLiteral("CHANGES SINCE THE LAST REPORT"));
}

TEST_F(IssuedReports, SinceLastWithoutAnIssuedReportWarnsAndAddsNothing)
{
    auto store = bundled();
    ASSERT_TRUE(store);
    ReportSettings settings = ReportSettings::fromMap(store->settings());
    settings.sinceLast = true;
    const ReportContent c = ReportBuilder::build(*store, settings, Period::year(2024), QDate(2024, 12, 31));
    EXPECT_EQ(c.sinceLastColumn, -1);
    EXPECT_TRUE(c.sinceLast.headers.isEmpty());
    EXPECT_TRUE(c.warnings.contains(
        QStringLiteral("No report has been issued yet: there is nothing to compare with.")));
}

} // namespace
} // namespace dx
