// SPDX-License-Identifier: GPL-3.0-or-later
// Every validation rule refuses bad values through the store and leaves the plan unchanged; the same
// rules hold in the database (CHECK constraints, unique indexes, triggers) when the store is bypassed.
#include "domain/Validation.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>

namespace dx {
namespace {

using namespace store_test;

// Fixed ids, so each table row below can name what it touches.
constexpr Id kGroup = 10, kTask = 20, kAgency = 30, kShare = 40, kRank = 41, kCount = 42, kStage = 43,
             kLocality = 50, kPerson = 60;

/// A plan with one of everything; shares have values for 2022 (0.5), 2023 and 2023 at the locality.
class ConstraintTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store = create();
        ASSERT_TRUE(store);
        Locality l;
        l.id = kLocality;
        l.name = QStringLiteral("Thành phố Chí Linh");
        l.kind = LocalityKind::City;
        ASSERT_TRUE(store->insertLocality(l).ok());
        Agency a;
        a.id = kAgency;
        a.name = QStringLiteral("Sở Tài chính");
        ASSERT_TRUE(store->insertAgency(a).ok());
        Person p;
        p.id = kPerson;
        p.name = QStringLiteral("Vũ F");
        ASSERT_TRUE(store->insertPerson(p).ok());
        TaskGroup g;
        g.id = kGroup;
        g.title = QStringLiteral("Phát triển kinh tế số");
        ASSERT_TRUE(store->insertGroup(g).ok());
        Task t;
        t.id = kTask;
        t.groupId = kGroup;
        t.title = QStringLiteral("Hỗ trợ doanh nghiệp");
        t.startDate = QDate(2021, 7, 1);
        t.deadline = QDate(2025, 12, 31);
        ASSERT_TRUE(store->insertTask(t).ok());
        ASSERT_TRUE(store->insertIndicator(indicator(kShare, "KTS-01", IndicatorKind::Share, 20)).ok());
        ASSERT_TRUE(store->insertIndicator(indicator(kRank, "TQ-01", IndicatorKind::Rank, 20)).ok());
        ASSERT_TRUE(store->insertIndicator(indicator(kCount, "KTS-04", IndicatorKind::Count, 700)).ok());
        ASSERT_TRUE(store->insertIndicator(indicator(kStage, "XHS-01", IndicatorKind::Stage, 1)).ok());
        ASSERT_TRUE(
            store
                ->upsertMeasurements({measurement(kShare, "2022", 0.5), measurement(kShare, "2023", 17.5),
                                      measurement(kShare, "2023", 30, kLocality)})
                .ok());
    }

    std::unique_ptr<PlanStore> store;

public:
    static Indicator indicator(Id id, const char *code, IndicatorKind kind, double target2025)
    {
        Indicator i;
        i.id = id;
        i.code = QString::fromLatin1(code);
        i.name = QStringLiteral("Chỉ tiêu ") + i.code;
        i.kind = kind;
        i.direction = kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase;
        Target t;
        t.year = 2025;
        t.comparison = kind == IndicatorKind::Rank ? Comparison::AtMost : Comparison::AtLeast;
        t.value = target2025;
        Target later = t;
        later.year = 2030;
        i.targets = {t, later};
        return i;
    }
    static Measurement measurement(Id indicator, const char *period, double value, Id locality = 0)
    {
        Measurement m;
        m.indicatorId = indicator;
        m.period = QString::fromLatin1(period);
        m.value = value;
        m.localityId = locality;
        return m;
    }
};

// ---- through the store ------------------------------------------------------------------------------

struct RefusedWrite
{
    const char *name;
    std::function<Status(PlanStore &)> write;
    Error::Code code;
    const char *message; ///< expected (English) reason, or part of it
};

void PrintTo(const RefusedWrite &w, std::ostream *os)
{
    *os << w.name;
}

Task existingTask(PlanStore &s)
{
    return *s.task(kTask);
}
Indicator existing(PlanStore &s, Id id)
{
    return *s.indicator(id);
}
Status toStatus(const Result<Id> &r)
{
    return r.ok() ? success() : Status(r.error());
}
Status upsert(PlanStore &s, Id indicator, const char *period, double value)
{
    return s.upsertMeasurements({ConstraintTest::measurement(indicator, period, value)});
}
Status withTask(PlanStore &s, const std::function<void(Task &)> &change)
{
    Task t = existingTask(s);
    change(t);
    return s.updateTask(t);
}
Status newTask(PlanStore &s, const std::function<void(Task &)> &change)
{
    Task t;
    t.groupId = kGroup;
    t.title = QStringLiteral("Việc mới");
    change(t);
    return toStatus(s.insertTask(t));
}
Status withIndicator(PlanStore &s, Id id, const std::function<void(Indicator &)> &change)
{
    Indicator i = existing(s, id);
    change(i);
    return s.updateIndicator(i);
}

constexpr auto kInvalid = Error::Code::Invalid;

const RefusedWrite kRefusedWrites[] = {
    {"DeadlineBeforeStartOnInsert",
     [](PlanStore &s) {
         return newTask(s, [](Task &t) {
             t.startDate = QDate(2024, 5, 2);
             t.deadline = QDate(2024, 5, 1);
         });
     },
     kInvalid, "deadline cannot be before the start date"},
    {"DeadlineBeforeStartOnUpdate",
     [](PlanStore &s) { return withTask(s, [](Task &t) { t.deadline = QDate(2021, 6, 30); }); }, kInvalid,
     "deadline cannot be before the start date"},
    {"CompletionBeforeStart",
     [](PlanStore &s) { return withTask(s, [](Task &t) { t.completionDate = QDate(2021, 1, 1); }); },
     kInvalid, "completion date cannot be before"},
    {"PercentMinusOne", [](PlanStore &s) { return withTask(s, [](Task &t) { t.percentComplete = -1; }); },
     kInvalid, "between 0 and 100"},
    {"Percent101", [](PlanStore &s) { return withTask(s, [](Task &t) { t.percentComplete = 101; }); },
     kInvalid, "between 0 and 100"},
    {"TaskTitleEmpty", [](PlanStore &s) { return newTask(s, [](Task &t) { t.title.clear(); }); }, kInvalid,
     "task needs a title"},
    {"TaskTitleBlank",
     [](PlanStore &s) { return withTask(s, [](Task &t) { t.title = QStringLiteral(" \t "); }); }, kInvalid,
     "task needs a title"},
    {"TaskWithoutGroup", [](PlanStore &s) { return newTask(s, [](Task &t) { t.groupId = 0; }); }, kInvalid,
     "must belong to a task group"},
    {"TaskOwnParent", [](PlanStore &s) { return withTask(s, [](Task &t) { t.parentId = t.id; }); }, kInvalid,
     "own sub-task"},
    {"TaskUnknownGroup", [](PlanStore &s) { return newTask(s, [](Task &t) { t.groupId = 999; }); }, kInvalid,
     "no longer exists"},
    {"GroupTitleBlank",
     [](PlanStore &s) {
         TaskGroup g;
         g.title = QStringLiteral("   ");
         return toStatus(s.insertGroup(g));
     },
     kInvalid, "group needs a title"},
    {"AgencyNameEmpty", [](PlanStore &s) { return toStatus(s.insertAgency(Agency{})); }, kInvalid,
     "agency needs a name"},
    {"AgencyNameBlankOnUpdate",
     [](PlanStore &s) {
         Agency a = s.agencies().first();
         a.name = QStringLiteral("  ");
         return s.updateAgency(a);
     },
     kInvalid, "agency needs a name"},
    {"PersonNameBlank",
     [](PlanStore &s) {
         Person p;
         p.name = QStringLiteral(" ");
         return toStatus(s.insertPerson(p));
     },
     kInvalid, "person needs a name"},
    {"LocalityNameEmpty", [](PlanStore &s) { return toStatus(s.insertLocality(Locality{})); }, kInvalid,
     "locality needs a name"},
    {"Share101", [](PlanStore &s) { return upsert(s, kShare, "2024", 101); }, kInvalid, "between 0 and 100"},
    {"ShareMinusOne", [](PlanStore &s) { return upsert(s, kShare, "2024", -1); }, kInvalid,
     "between 0 and 100"},
    {"ShareNotANumber",
     [](PlanStore &s) { return upsert(s, kShare, "2024", std::numeric_limits<double>::quiet_NaN()); },
     kInvalid, "not a number"},
    {"ShareTarget101",
     [](PlanStore &s) { return withIndicator(s, kShare, [](Indicator &i) { i.targets[1].value = 101; }); },
     kInvalid, "between 0 and 100"},
    {"ShareBaselineMinusOne",
     [](PlanStore &s) {
         return withIndicator(s, kShare, [](Indicator &i) {
             i.baselinePeriod = QStringLiteral("2020");
             i.baselineValue = -1;
         });
     },
     kInvalid, "between 0 and 100"},
    {"RankZero", [](PlanStore &s) { return upsert(s, kRank, "2024", 0); }, kInvalid,
     "rank must be 1 or more"},
    {"RankTargetZero",
     [](PlanStore &s) { return withIndicator(s, kRank, [](Indicator &i) { i.targets[0].value = 0; }); },
     kInvalid, "rank must be 1 or more"},
    {"CountNegative", [](PlanStore &s) { return upsert(s, kCount, "2024", -1); }, kInvalid,
     "cannot be negative"},
    {"StageNegative", [](PlanStore &s) { return upsert(s, kStage, "2024", -1); }, kInvalid,
     "cannot be negative"},
    {"PeriodH3", [](PlanStore &s) { return upsert(s, kShare, "2024-H3", 50); }, kInvalid,
     "\"2024-H3\" is not a year"},
    {"PeriodTwoDigits", [](PlanStore &s) { return upsert(s, kShare, "24", 50); }, kInvalid,
     "\"24\" is not a year"},
    {"PeriodQ5", [](PlanStore &s) { return upsert(s, kShare, "2024-Q5", 50); }, kInvalid, "is not a year"},
    {"PeriodEmpty", [](PlanStore &s) { return upsert(s, kShare, "", 50); }, kInvalid, "is not a year"},
    {"BadValueInsideABatch",
     [](PlanStore &s) {
         return s.upsertMeasurements({ConstraintTest::measurement(kShare, "2024", 40),
                                      ConstraintTest::measurement(kShare, "2025", 140)});
     },
     kInvalid, "between 0 and 100"},
    {"MeasurementOfUnknownIndicator", [](PlanStore &s) { return upsert(s, 777, "2024", 1); },
     Error::Code::NotFound, "no longer exists"},
    {"DuplicateIndicatorCode",
     [](PlanStore &s) {
         return toStatus(s.insertIndicator(ConstraintTest::indicator(0, "KTS-01", IndicatorKind::Share, 1)));
     },
     kInvalid, "already has this code"},
    {"DuplicateIndicatorCodeWithSpaces",
     [](PlanStore &s) {
         return toStatus(
             s.insertIndicator(ConstraintTest::indicator(0, " KTS-01 ", IndicatorKind::Share, 1)));
     },
     kInvalid, "already has this code"},
    {"DuplicateIndicatorCodeOnUpdate",
     [](PlanStore &s) {
         return withIndicator(s, kCount, [](Indicator &i) { i.code = QStringLiteral("TQ-01"); });
     },
     kInvalid, "already has this code"},
    {"IndicatorCodeBlank",
     [](PlanStore &s) {
         return withIndicator(s, kCount, [](Indicator &i) { i.code = QStringLiteral(" "); });
     },
     kInvalid, "needs a code"},
    {"BaselinePeriodBad",
     [](PlanStore &s) {
         return withIndicator(s, kCount, [](Indicator &i) {
             i.baselinePeriod = QStringLiteral("2020-H3");
             i.baselineValue = 10;
         });
     },
     kInvalid, "\"2020-H3\" is not a year"},
    {"TargetYearOutOfRange",
     [](PlanStore &s) { return withIndicator(s, kCount, [](Indicator &i) { i.targets[0].year = 1899; }); },
     kInvalid, "between 1900 and 2200"},
    {"TwoTargetsForOneYear",
     [](PlanStore &s) { return withIndicator(s, kCount, [](Indicator &i) { i.targets[1].year = 2025; }); },
     kInvalid, "already has a target for that year"},
    {"KindChangeThatValuesDoNotFit",
     [](PlanStore &s) {
         return withIndicator(s, kShare, [](Indicator &i) { i.kind = IndicatorKind::Rank; });
     },
     kInvalid, "do not fit the new kind"},
    {"PlanTitleBlank",
     [](PlanStore &s) {
         Plan p = s.plan();
         p.title = QStringLiteral("  ");
         return s.updatePlan(p);
     },
     kInvalid, "plan needs a title"},
    {"PlanYearsReversed",
     [](PlanStore &s) {
         Plan p = s.plan();
         p.endYear = p.startYear - 1;
         return s.updatePlan(p);
     },
     kInvalid, "last year cannot come before"},
};

class StoreRefuses : public ConstraintTest, public ::testing::WithParamInterface<RefusedWrite>
{
};

TEST_P(StoreRefuses, AndLeavesThePlanUnchanged)
{
    const RefusedWrite &w = GetParam();
    const QString before = contentOf(*store);
    const Status s = w.write(*store);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, w.code);
    EXPECT_TRUE(s.error().message.contains(QString::fromUtf8(w.message))) << s.error().message.toStdString();
    EXPECT_EQ(contentOf(*store), before);
    store = reopen(store); // nothing half-written reached the file either
    ASSERT_TRUE(store);
    EXPECT_EQ(contentOf(*store), before);
}

INSTANTIATE_TEST_SUITE_P(Rules, StoreRefuses, ::testing::ValuesIn(kRefusedWrites),
                         [](const ::testing::TestParamInfo<RefusedWrite> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST_F(ConstraintTest, ValidValuesAtTheLimitsAreAccepted)
{
    // The rules are not stricter than they say: the boundary values themselves are fine.
    EXPECT_TRUE(upsert(*store, kShare, "2024", 0).ok());
    EXPECT_TRUE(upsert(*store, kShare, "2025", 100).ok());
    EXPECT_TRUE(upsert(*store, kRank, "2024", 1).ok());
    EXPECT_TRUE(upsert(*store, kCount, "2024", 0).ok());
    EXPECT_TRUE(upsert(*store, kShare, "2024-H2", 50).ok());
    EXPECT_TRUE(upsert(*store, kShare, "2024-Q4", 50).ok());
    EXPECT_TRUE(withTask(*store, [](Task &t) {
                    t.percentComplete = 100;
                    t.deadline = t.startDate; // same day
                }).ok());
}

TEST_F(ConstraintTest, PeriodIsStoredAsItsKey)
{
    // Period::parse accepts "2024-h1" and " 2025 " (case-insensitive, trimmed), so the store must write the
    // canonical key; the database's GLOB check accepts only "2024-H1"/"2025" and refused these with
    // "The period is not a year..." although Validation had just accepted them.
    const Status lower = upsert(*store, kShare, "2024-h1", 50);
    EXPECT_TRUE(lower.ok()) << lower.error().message.toStdString();
    const Status spaced = upsert(*store, kShare, " 2025 ", 60);
    EXPECT_TRUE(spaced.ok()) << spaced.error().message.toStdString();
    QStringList periods;
    for (const Measurement &m : store->measurements(kShare))
        periods << m.period;
    EXPECT_TRUE(periods.contains(QStringLiteral("2024-H1"))) << periods.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(periods.contains(QStringLiteral("2025"))) << periods.join(QLatin1Char(' ')).toStdString();
}

// ---- the database backstop: the store bypassed -------------------------------------------------------

struct RawWrite
{
    const char *name;
    const char *sql;
};

void PrintTo(const RawWrite &w, std::ostream *os)
{
    *os << w.name;
}

const RawWrite kRawWrites[] = {
    {"DeadlineBeforeStart",
     "INSERT INTO task (group_id, title, start_date, deadline) VALUES (10, 'x', '2024-05-02', '2024-05-01')"},
    {"DeadlineBeforeStartOnUpdate", "UPDATE task SET deadline = '2021-06-30' WHERE id = 20"},
    {"PercentMinusOne", "UPDATE task SET percent_complete = -1 WHERE id = 20"},
    {"Percent101", "UPDATE task SET percent_complete = 101 WHERE id = 20"},
    {"TaskTitleEmpty", "INSERT INTO task (group_id, title) VALUES (10, '')"},
    {"TaskTitleBlank", "UPDATE task SET title = '   ' WHERE id = 20"},
    {"TaskOwnParent", "UPDATE task SET parent_id = 20 WHERE id = 20"},
    {"TaskUnknownGroup", "INSERT INTO task (group_id, title) VALUES (999, 'x')"},
    {"TaskUnknownStatus", "UPDATE task SET status = 'late' WHERE id = 20"},
    {"GroupTitleBlank", "INSERT INTO task_group (title) VALUES ('  ')"},
    {"AgencyNameEmpty", "INSERT INTO agency (name) VALUES ('')"},
    {"AgencyNameBlankOnUpdate", "UPDATE agency SET name = '  ' WHERE id = 30"},
    {"PersonNameEmpty", "INSERT INTO person (name) VALUES ('')"},
    {"LocalityNameBlank", "INSERT INTO locality (name, kind) VALUES (' ', 'city')"},
    {"LocalityUnknownKind", "INSERT INTO locality (name, kind) VALUES ('Xã A', 'village')"},
    {"Share101", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024', 101)"},
    {"ShareMinusOne", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024', -1)"},
    {"Share101OnUpdate", "UPDATE measurement SET value = 101 WHERE indicator_id = 40"},
    {"ShareValueMovedToRank",
     "UPDATE measurement SET indicator_id = 41 WHERE indicator_id = 40 AND period = '2022'"},
    {"RankZero", "INSERT INTO measurement (indicator_id, period, value) VALUES (41, '2024', 0)"},
    {"CountNegative", "INSERT INTO measurement (indicator_id, period, value) VALUES (42, '2024', -1)"},
    {"StageNegative", "INSERT INTO measurement (indicator_id, period, value) VALUES (43, '2024', -1)"},
    {"PeriodH3", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024-H3', 1)"},
    {"PeriodTwoDigits", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '24', 1)"},
    {"PeriodQ5", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024-Q5', 1)"},
    {"PeriodTrailingText", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024x', 1)"},
    {"PeriodEmpty", "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '', 1)"},
    {"DuplicateMeasurementKey",
     "INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2023', 10)"},
    {"DuplicateMeasurementKeyAtLocality",
     "INSERT INTO measurement (indicator_id, locality_id, period, value) VALUES (40, 50, '2023', 10)"},
    {"MeasurementUnknownIndicator",
     "INSERT INTO measurement (indicator_id, period, value) VALUES (999, '2024', 1)"},
    {"DuplicateIndicatorCode",
     "INSERT INTO indicator (code, name, kind, direction) VALUES ('KTS-01', 'x', 'share', 'increase')"},
    {"IndicatorCodeBlank",
     "INSERT INTO indicator (code, name, kind, direction) VALUES (' ', 'x', 'share', 'increase')"},
    {"IndicatorUnknownKind",
     "INSERT INTO indicator (code, name, kind, direction) VALUES ('X-1', 'x', 'percent', 'increase')"},
    {"ShareBaseline101", "UPDATE indicator SET baseline_value = 101 WHERE id = 40"},
    {"RankBaselineZero", "UPDATE indicator SET baseline_value = 0 WHERE id = 41"},
    {"ShareTarget101",
     "INSERT INTO target (indicator_id, year, comparison, value) VALUES (40, 2035, 'at_least', 101)"},
    {"ShareTarget101OnUpdate", "UPDATE target SET value = 150 WHERE indicator_id = 40"},
    {"RankTargetZero",
     "INSERT INTO target (indicator_id, year, comparison, value) VALUES (41, 2035, 'at_most', 0)"},
    {"TargetYearOutOfRange",
     "INSERT INTO target (indicator_id, year, comparison, value) VALUES (42, 1800, 'at_least', 1)"},
    {"TargetSymbolInsteadOfKey",
     "INSERT INTO target (indicator_id, year, comparison, value) VALUES (42, 2035, '>=', 1)"},
    {"DuplicateTargetYear",
     "INSERT INTO target (indicator_id, year, comparison, value) VALUES (42, 2030, 'above', 5)"},
    {"SecondPlanRow", "INSERT INTO plan (id, code, title) VALUES (2, 'x', 'y')"},
    {"PlanTitleBlank", "UPDATE plan SET title = ' '"},
    {"PlanYearsReversed", "UPDATE plan SET end_year = 2000"},
    {"ChangeLogUnknownAction", "INSERT INTO change_log (at, entity, entity_id, action) VALUES "
                               "('2024-01-01T00:00:00Z', 'task', 20, 'edit')"},
    {"SettingKeyBlank", "INSERT INTO setting (key, value) VALUES ('  ', 'x')"},
};

class DatabaseRefuses : public ConstraintTest, public ::testing::WithParamInterface<RawWrite>
{
};

TEST_P(DatabaseRefuses, RawSqlThatBreaksARule)
{
    const QString before = contentOf(*store);
    RawDb raw(store->path());
    ASSERT_TRUE(raw.isOpen());
    const QStringList countsBefore = raw.rowCounts();
    QString error;
    EXPECT_FALSE(raw.exec(QString::fromLatin1(GetParam().sql), &error))
        << "the database accepted: " << GetParam().sql;
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(raw.rowCounts(), countsBefore);
    EXPECT_EQ(contentOf(*store), before);
}

INSTANTIATE_TEST_SUITE_P(Rules, DatabaseRefuses, ::testing::ValuesIn(kRawWrites),
                         [](const ::testing::TestParamInfo<RawWrite> &tpi) {
                             return std::string(tpi.param.name);
                         });

TEST_F(ConstraintTest, RawSqlThatKeepsTheRulesIsAccepted)
{
    // The control for DatabaseRefuses: the same connection and statements with valid values succeed.
    RawDb raw(store->path());
    ASSERT_TRUE(raw.isOpen());
    QString error;
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO task (group_id, title, start_date, deadline) "
                                        "VALUES (10, 'x', '2024-05-01', '2024-05-01')"),
                         &error))
        << error.toStdString();
    EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE task SET percent_complete = 100 WHERE id = 20"), &error));
    EXPECT_TRUE(raw.exec(
        QStringLiteral("INSERT INTO measurement (indicator_id, period, value) VALUES (40, '2024-H2', 100)"),
        &error));
    EXPECT_TRUE(raw.exec(
        QStringLiteral("INSERT INTO measurement (indicator_id, period, value) VALUES (41, '2024', 1)"),
        &error));
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO measurement (indicator_id, locality_id, period, value) "
                                        "VALUES (40, 50, '2024', 0)"),
                         &error));
    EXPECT_TRUE(raw.exec(QStringLiteral("INSERT INTO target (indicator_id, year, comparison, value) "
                                        "VALUES (42, 2035, 'above', 1000)"),
                         &error));
    EXPECT_EQ(store->measurements(kShare).size(), 5);
}

// SQLite's trim() removes only spaces: schema version 3's triggers refuse names made of any whitespace
// (what QString::trimmed() removes), by raw SQL too, with the same rule name as the CHECK.
TEST_F(ConstraintTest, DatabaseRefusesNamesOfAnyWhitespace)
{
    RawDb raw(store->path());
    ASSERT_TRUE(raw.isOpen());
    struct Case
    {
        const char *sql;
        const char *rule;
    };
    const Case cases[] = {
        {"INSERT INTO task (group_id, title) VALUES (10, char(9))", "task_title_required"},
        {"UPDATE task SET title = char(10, 13) WHERE id = (SELECT min(id) FROM task)", "task_title_required"},
        {"INSERT INTO agency (name) VALUES (char(10) || char(13))", "agency_name_required"},
        {"UPDATE agency SET name = char(160, 12288) WHERE id = (SELECT min(id) FROM agency)",
         "agency_name_required"},
        {"INSERT INTO person (name) VALUES (char(8202))", "person_name_required"},
        {"INSERT INTO locality (name, kind) VALUES (char(11), 'district')", "locality_name_required"},
        {"INSERT INTO task_group (title) VALUES (char(9, 32, 9))", "group_title_required"},
        {"UPDATE plan SET title = char(13) WHERE id = 1", "plan_title_required"},
        {"UPDATE plan SET code = char(10) WHERE id = 1", "plan_code_required"},
        {"INSERT INTO indicator (code, name, kind) VALUES (char(9), 'x', 'share')",
         "indicator_code_required"},
        {"INSERT INTO indicator (code, name, kind) VALUES ('X-1', char(8232), 'share')",
         "indicator_name_required"},
        {"INSERT INTO setting (key, value) VALUES (char(9), 'x')", "setting_key_required"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.sql);
        QString error;
        EXPECT_FALSE(raw.exec(QString::fromUtf8(c.sql), &error));
        EXPECT_TRUE(error.contains(QLatin1String(c.rule))) << error.toStdString();
        EXPECT_FALSE(Validation::fromDatabaseError(error).contains(QLatin1String(c.rule)))
            << "translated into a sentence, not the rule's name";
    }
    // Whitespace around real words is still fine.
    EXPECT_TRUE(
        raw.exec(QStringLiteral("INSERT INTO agency (name) VALUES (char(9) || 'Sở Y tế' || char(10))")));
}

} // namespace
} // namespace dx
