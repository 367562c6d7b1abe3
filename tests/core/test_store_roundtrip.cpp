// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore round trips: every entity, with every field, written through the store, read back after the
// file is closed and opened again.
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dx {
namespace {

using namespace store_test;

QList<Id> sorted(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

void expectSamePlan(const Plan &a, const Plan &b)
{
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.titleEn, b.titleEn);
    EXPECT_EQ(a.docType, b.docType);
    EXPECT_EQ(a.issuer, b.issuer);
    EXPECT_EQ(a.issueDate, b.issueDate);
    EXPECT_EQ(a.place, b.place);
    EXPECT_EQ(a.startYear, b.startYear);
    EXPECT_EQ(a.endYear, b.endYear);
    EXPECT_EQ(a.milestoneYears, b.milestoneYears);
    EXPECT_EQ(a.summary, b.summary);
    EXPECT_EQ(a.legalRefs, b.legalRefs);
}

void expectSameTask(const Task &a, const Task &b)
{
    SCOPED_TRACE(a.title.toStdString());
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.groupId, b.groupId);
    EXPECT_EQ(a.parentId, b.parentId);
    EXPECT_EQ(a.sortOrder, b.sortOrder);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(a.legalRef, b.legalRef);
    EXPECT_EQ(a.leadAgencyId, b.leadAgencyId);
    EXPECT_EQ(sorted(a.cooperatingAgencyIds), sorted(b.cooperatingAgencyIds));
    EXPECT_EQ(a.personId, b.personId);
    EXPECT_EQ(a.startDate, b.startDate);
    EXPECT_EQ(a.deadline, b.deadline);
    EXPECT_EQ(a.status, b.status);
    EXPECT_EQ(a.percentComplete, b.percentComplete);
    EXPECT_EQ(a.completionDate, b.completionDate);
    EXPECT_EQ(a.output, b.output);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(sorted(a.indicatorIds), sorted(b.indicatorIds));
}

void expectSameIndicator(const Indicator &a, const Indicator &b)
{
    SCOPED_TRACE(a.code.toStdString());
    EXPECT_EQ(a.id, b.id);
    EXPECT_EQ(a.sortOrder, b.sortOrder);
    EXPECT_EQ(a.code, b.code);
    EXPECT_EQ(a.name, b.name);
    EXPECT_EQ(a.nameEn, b.nameEn);
    EXPECT_EQ(a.unit, b.unit);
    EXPECT_EQ(a.unitEn, b.unitEn);
    EXPECT_EQ(a.kind, b.kind);
    EXPECT_EQ(a.direction, b.direction);
    EXPECT_EQ(a.baselinePeriod, b.baselinePeriod);
    EXPECT_EQ(a.baselineValue, b.baselineValue);
    EXPECT_EQ(a.scope, b.scope);
    EXPECT_EQ(a.localityIds, b.localityIds);
    EXPECT_EQ(a.ownerAgencyId, b.ownerAgencyId);
    EXPECT_EQ(a.dataSource, b.dataSource);
    EXPECT_EQ(a.stageNames, b.stageNames);
    EXPECT_EQ(a.rankOutOf, b.rankOutOf);
    EXPECT_EQ(a.notes, b.notes);
    EXPECT_EQ(a.groupIds, b.groupIds);
    ASSERT_EQ(a.targets.size(), b.targets.size());
    for (int i = 0; i < a.targets.size(); ++i) {
        EXPECT_EQ(a.targets[i].year, b.targets[i].year);
        EXPECT_EQ(a.targets[i].comparison, b.targets[i].comparison);
        EXPECT_DOUBLE_EQ(a.targets[i].value, b.targets[i].value);
        EXPECT_EQ(a.targets[i].localityId, b.targets[i].localityId);
        EXPECT_EQ(a.targets[i].note, b.targets[i].note);
        EXPECT_EQ(a.targets[i].indicatorId, a.id);
    }
}

/// A plan with a small directory: province and city, two agencies, a person, a group.
class StoreRoundTrip : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store = create();
        ASSERT_TRUE(store);
        store->setUserName(QStringLiteral("Nguyễn Văn A"));
        province = mustInsert(store->insertLocality(
            locality(QStringLiteral("30"), QStringLiteral("Tỉnh Hải Dương"), LocalityKind::Province, 0, 1)));
        city = mustInsert(store->insertLocality(locality(
            QStringLiteral("288"), QStringLiteral("Thành phố Hải Dương"), LocalityKind::City, province, 2)));
        Agency a;
        a.name = QStringLiteral("Sở Thông tin và Truyền thông");
        a.shortName = QStringLiteral("Sở TT&TT");
        a.nameEn = QStringLiteral("Department of Information and Communications");
        a.sortOrder = 5;
        agency1 = mustInsert(store->insertAgency(a));
        Agency b;
        b.name = QStringLiteral("UBND Thành phố Hải Dương");
        b.localityId = city;
        b.retired = true;
        b.sortOrder = 7;
        agency2 = mustInsert(store->insertAgency(b));
        Person p;
        p.name = QStringLiteral("Trần Thị B");
        p.agencyId = agency1;
        p.position = QStringLiteral("Phó Giám đốc");
        p.email = QStringLiteral("b@example.vn");
        p.phone = QStringLiteral("0220 3 123 456");
        person = mustInsert(store->insertPerson(p));
        TaskGroup g;
        g.title = QStringLiteral("Xây dựng chính quyền số");
        g.titleEn = QStringLiteral("Build digital government");
        g.description = QStringLiteral("Nhóm 4");
        g.leadAgencyId = agency1;
        g.sortOrder = 4;
        group = mustInsert(store->insertGroup(g));
    }

    static Locality locality(const QString &code, const QString &name, LocalityKind kind, Id parent,
                             int order)
    {
        Locality l;
        l.code = code;
        l.name = name;
        l.nameEn = name + QStringLiteral(" (en)");
        l.kind = kind;
        l.parentId = parent;
        l.sortOrder = order;
        return l;
    }

    static Id mustInsert(const Result<Id> &r)
    {
        EXPECT_TRUE(r.ok()) << r.error().message.toStdString();
        return r.ok() ? r.value() : 0;
    }

    Indicator shareIndicator() const
    {
        Indicator i;
        i.sortOrder = 2;
        i.code = QStringLiteral("CQS-01");
        i.name = QStringLiteral("Tỷ lệ dịch vụ công trực tuyến mức độ 4");
        i.nameEn = QStringLiteral("Level-4 online public services");
        i.unit = QStringLiteral("%");
        i.unitEn = QStringLiteral("percent");
        i.kind = IndicatorKind::Share;
        i.direction = Direction::Increase;
        i.baselinePeriod = QStringLiteral("2020-H2");
        i.baselineValue = 40.5;
        i.ownerAgencyId = agency1;
        i.dataSource = QStringLiteral("Cổng dịch vụ công");
        i.notes = QStringLiteral("ghi chú");
        i.groupIds = {group};
        Target t1;
        t1.year = 2025;
        t1.comparison = Comparison::AtLeast;
        t1.value = 80;
        t1.note = QStringLiteral("đến hết năm 2025");
        Target t2;
        t2.year = 2030;
        t2.comparison = Comparison::Above;
        t2.value = 99.5;
        i.targets = {t1, t2};
        return i;
    }

    Indicator stageIndicator() const
    {
        Indicator i;
        i.sortOrder = 1;
        i.code = QStringLiteral("XHS-01");
        i.name = QStringLiteral("Đô thị thông minh");
        i.kind = IndicatorKind::Stage;
        i.scope = Scope::Localities;
        i.localityIds = {city, province}; // read back in locality sort order: province, city
        i.stageNames = {QStringLiteral("Cơ bản xây dựng, giai đoạn 1"),
                        QStringLiteral("Là đô thị thông minh")};
        Target t;
        t.year = 2030;
        t.comparison = Comparison::Equal;
        t.value = 2;
        t.localityId = city;
        i.targets = {t};
        return i; // no baseline at all
    }

    Task fullTask(Id indicatorA, Id indicatorB) const
    {
        Task t;
        t.groupId = group;
        t.sortOrder = 3;
        t.title = QStringLiteral("Xây dựng Trung tâm dữ liệu tỉnh");
        t.legalRef = QStringLiteral("KH 2358/KH-UBND, mục III.1");
        t.leadAgencyId = agency1;
        t.cooperatingAgencyIds = {agency2, agency1};
        t.personId = person;
        t.startDate = QDate(2022, 1, 1);
        t.deadline = QDate(2025, 12, 31);
        t.status = TaskStatus::Done;
        t.percentComplete = 100;
        t.completionDate = QDate(2025, 11, 30);
        t.output = QStringLiteral("Trung tâm dữ liệu");
        t.notes = QStringLiteral("Đúng hạn.\nDòng hai");
        for (Id i : {indicatorB, indicatorA})
            if (i != 0)
                t.indicatorIds << i;
        return t;
    }

    std::unique_ptr<PlanStore> store;
    Id province = 0, city = 0, agency1 = 0, agency2 = 0, person = 0, group = 0;
};

TEST_F(StoreRoundTrip, PlanMetadataIsKeptAndUpdated)
{
    store = reopen(store);
    ASSERT_TRUE(store);
    expectSamePlan(store->plan(), samplePlan());

    Plan changed = samplePlan();
    changed.code = QStringLiteral("07-NQ/TU");
    changed.issueDate = QDate();
    changed.milestoneYears = {2023, 2025, 2030};
    changed.legalRefs.clear();
    ASSERT_TRUE(store->updatePlan(changed).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    expectSamePlan(store->plan(), changed);
    EXPECT_FALSE(store->plan().issueDate.isValid());
}

TEST_F(StoreRoundTrip, LocalitiesKeepHierarchyKindCodeAndOrder)
{
    store = reopen(store);
    ASSERT_TRUE(store);
    const QList<Locality> list = store->localities();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, province);
    EXPECT_EQ(list[0].code, QStringLiteral("30"));
    EXPECT_EQ(list[0].name, QStringLiteral("Tỉnh Hải Dương"));
    EXPECT_EQ(list[0].nameEn, QStringLiteral("Tỉnh Hải Dương (en)"));
    EXPECT_EQ(list[0].kind, LocalityKind::Province);
    EXPECT_EQ(list[0].parentId, 0);
    EXPECT_EQ(list[0].sortOrder, 1);
    EXPECT_EQ(list[1].id, city);
    EXPECT_EQ(list[1].kind, LocalityKind::City);
    EXPECT_EQ(list[1].parentId, province);
    EXPECT_EQ(list[1].sortOrder, 2);
}

TEST_F(StoreRoundTrip, AgenciesAndPersonsKeepEveryField)
{
    Agency unordered; // sort order 0: the store puts it after the others
    unordered.name = QStringLiteral("Sở Nội vụ");
    const Id agency3 = mustInsert(store->insertAgency(unordered));

    store = reopen(store);
    ASSERT_TRUE(store);
    const QList<Agency> list = store->agencies();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].id, agency1);
    EXPECT_EQ(list[0].name, QStringLiteral("Sở Thông tin và Truyền thông"));
    EXPECT_EQ(list[0].shortName, QStringLiteral("Sở TT&TT"));
    EXPECT_EQ(list[0].displayName(), QStringLiteral("Sở TT&TT"));
    EXPECT_EQ(list[0].nameEn, QStringLiteral("Department of Information and Communications"));
    EXPECT_EQ(list[0].localityId, 0);
    EXPECT_FALSE(list[0].retired);
    EXPECT_EQ(list[0].sortOrder, 5);
    EXPECT_EQ(list[1].id, agency2);
    EXPECT_EQ(list[1].localityId, city);
    EXPECT_TRUE(list[1].retired);
    EXPECT_EQ(list[1].displayName(), QStringLiteral("UBND Thành phố Hải Dương"));
    EXPECT_EQ(list[2].id, agency3);
    EXPECT_EQ(list[2].sortOrder, 8);

    const QList<Person> persons = store->persons();
    ASSERT_EQ(persons.size(), 1);
    EXPECT_EQ(persons[0].id, person);
    EXPECT_EQ(persons[0].name, QStringLiteral("Trần Thị B"));
    EXPECT_EQ(persons[0].agencyId, agency1);
    EXPECT_EQ(persons[0].position, QStringLiteral("Phó Giám đốc"));
    EXPECT_EQ(persons[0].email, QStringLiteral("b@example.vn"));
    EXPECT_EQ(persons[0].phone, QStringLiteral("0220 3 123 456"));
    EXPECT_FALSE(persons[0].retired);

    Agency renamed = list[1];
    renamed.name = QStringLiteral("UBND TP Hải Dương");
    renamed.retired = false;
    ASSERT_TRUE(store->updateAgency(renamed).ok());
    Person moved = persons[0];
    moved.agencyId = agency2;
    moved.retired = true;
    ASSERT_TRUE(store->updatePerson(moved).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->agencies()[1].name, QStringLiteral("UBND TP Hải Dương"));
    EXPECT_FALSE(store->agencies()[1].retired);
    EXPECT_EQ(store->persons()[0].agencyId, agency2);
    EXPECT_TRUE(store->persons()[0].retired);

    ASSERT_TRUE(store->removePerson(person).ok());
    EXPECT_TRUE(store->persons().isEmpty());
}

TEST_F(StoreRoundTrip, GroupsKeepFieldsOrderAndComeBackWithTheirTasks)
{
    TaskGroup second;
    second.title = QStringLiteral("Phát triển kinh tế số");
    second.sortOrder = 9;
    const Id group2 = mustInsert(store->insertGroup(second));

    store = reopen(store);
    ASSERT_TRUE(store);
    const auto g = store->group(group);
    ASSERT_TRUE(g);
    EXPECT_EQ(g->title, QStringLiteral("Xây dựng chính quyền số"));
    EXPECT_EQ(g->titleEn, QStringLiteral("Build digital government"));
    EXPECT_EQ(g->description, QStringLiteral("Nhóm 4"));
    EXPECT_EQ(g->leadAgencyId, agency1);
    EXPECT_EQ(g->sortOrder, 4);

    ASSERT_TRUE(store->reorderGroups({group2, group}).ok());
    QList<TaskGroup> list = store->groups();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].id, group2);
    EXPECT_EQ(list[0].sortOrder, 1);
    EXPECT_EQ(list[1].id, group);
    EXPECT_EQ(list[1].sortOrder, 2);

    const Id parent = mustInsert(store->insertTask(fullTask(0, 0)));
    Task sub = fullTask(0, 0);
    sub.parentId = parent;
    sub.title = QStringLiteral("Việc con");
    const Id child = mustInsert(store->insertTask(sub));
    const auto before = store->tasks();

    const auto snap = store->removeGroup(group);
    ASSERT_TRUE(snap.ok());
    EXPECT_EQ(snap->group.id, group);
    ASSERT_EQ(snap->tasks.size(), 2);
    EXPECT_EQ(snap->tasks[0].id, parent); // parents before their sub-tasks
    EXPECT_EQ(snap->tasks[1].id, child);
    EXPECT_TRUE(store->tasks().isEmpty()); // the tasks went with the group
    EXPECT_FALSE(store->group(group));

    ASSERT_TRUE(store->restoreGroup(snap.value()).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->group(group)->title, QStringLiteral("Xây dựng chính quyền số"));
    const auto after = store->tasks();
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < after.size(); ++i)
        expectSameTask(after[i], before[i]);
}

TEST_F(StoreRoundTrip, TasksKeepEveryFieldLinksAndSubTasks)
{
    const Id ind1 = mustInsert(store->insertIndicator(shareIndicator()));
    const Id ind2 = mustInsert(store->insertIndicator(stageIndicator()));
    Task t = fullTask(ind1, ind2);
    t.id = mustInsert(store->insertTask(t));
    Task sub;
    sub.groupId = group;
    sub.parentId = t.id;
    sub.title = QStringLiteral("Việc con không có ngày");
    sub.status = TaskStatus::InProgress;
    sub.percentComplete = 35;
    sub.id = mustInsert(store->insertTask(sub));

    store = reopen(store);
    ASSERT_TRUE(store);
    const auto readBack = store->task(t.id);
    ASSERT_TRUE(readBack);
    expectSameTask(*readBack, t);
    const auto readSub = store->task(sub.id);
    ASSERT_TRUE(readSub);
    expectSameTask(*readSub, sub);
    EXPECT_FALSE(readSub->startDate.isValid());
    EXPECT_FALSE(readSub->deadline.isValid());
    EXPECT_TRUE(readSub->cooperatingAgencyIds.isEmpty());
    const QList<Task> all = store->tasks(); // the list reader loads the same links
    ASSERT_EQ(all.size(), 2);
    expectSameTask(all[1], t); // sort order 3 after 0
    expectSameTask(all[0], sub);

    // Update replaces the link sets rather than adding to them.
    Task changed = *readBack;
    changed.cooperatingAgencyIds = {agency2};
    changed.indicatorIds = {};
    changed.deadline = QDate();
    changed.status = TaskStatus::NotStarted;
    changed.percentComplete = 0;
    changed.completionDate = QDate();
    ASSERT_TRUE(store->updateTask(changed).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    expectSameTask(*store->task(t.id), changed);

    // Removing a task takes its sub-tasks; restoring puts back exactly what was removed.
    const auto removed = store->removeTask(t.id);
    ASSERT_TRUE(removed.ok());
    ASSERT_EQ(removed->size(), 2);
    EXPECT_EQ(removed.value()[0].id, t.id);
    EXPECT_EQ(removed.value()[1].id, sub.id);
    EXPECT_TRUE(store->tasks().isEmpty());
    ASSERT_TRUE(store->restoreTasks(removed.value()).ok());
    expectSameTask(*store->task(t.id), changed);
    expectSameTask(*store->task(sub.id), sub);
}

TEST_F(StoreRoundTrip, IndicatorsKeepEveryFieldTargetsAndLinks)
{
    Indicator share = shareIndicator();
    share.id = mustInsert(store->insertIndicator(share));
    Indicator stage = stageIndicator();
    stage.id = mustInsert(store->insertIndicator(stage));
    Indicator rank;
    rank.code = QStringLiteral("TQ-01");
    rank.name = QStringLiteral("Thứ hạng DTI");
    rank.kind = IndicatorKind::Rank;
    rank.direction = Direction::Decrease;
    rank.rankOutOf = 63;
    rank.baselinePeriod = QStringLiteral("2020");
    rank.baselineValue = 14;
    rank.sortOrder = 3;
    rank.id = mustInsert(store->insertIndicator(rank));
    Indicator zero; // a baseline of 0 is a value, not "no baseline"
    zero.code = QStringLiteral("KTS-04");
    zero.name = QStringLiteral("Số doanh nghiệp công nghệ số");
    zero.kind = IndicatorKind::Count;
    zero.baselinePeriod = QStringLiteral("2020");
    zero.baselineValue = 0.0;
    zero.sortOrder = 4;
    zero.id = mustInsert(store->insertIndicator(zero));

    store = reopen(store);
    ASSERT_TRUE(store);
    const QList<Indicator> list = store->indicators();
    ASSERT_EQ(list.size(), 4);
    stage.localityIds = {province, city};
    expectSameIndicator(list[0], stage);
    expectSameIndicator(list[1], share);
    expectSameIndicator(list[2], rank);
    expectSameIndicator(list[3], zero);
    EXPECT_FALSE(list[0].baselineValue.has_value());
    ASSERT_TRUE(list[3].baselineValue.has_value());
    EXPECT_EQ(*list[3].baselineValue, 0.0);
    expectSameIndicator(*store->indicator(share.id), share); // the single reader agrees

    // Update replaces targets, localities and groups.
    Indicator changed = share;
    changed.code = QStringLiteral("CQS-01A");
    changed.baselineValue.reset();
    changed.baselinePeriod.clear();
    changed.targets.removeLast();
    changed.groupIds.clear();
    changed.scope = Scope::Localities;
    changed.localityIds = {city};
    ASSERT_TRUE(store->updateIndicator(changed).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    expectSameIndicator(*store->indicator(share.id), changed);

    const auto removed = store->removeIndicator(rank.id);
    ASSERT_TRUE(removed.ok());
    expectSameIndicator(removed.value(), rank);
    EXPECT_FALSE(store->indicator(rank.id));
}

TEST_F(StoreRoundTrip, MeasurementsKeepEveryFieldAndUpsertByKey)
{
    const Id ind = mustInsert(store->insertIndicator(shareIndicator()));
    Measurement whole;
    whole.indicatorId = ind;
    whole.period = QStringLiteral("2023-H1");
    whole.value = 89;
    whole.source = QStringLiteral("Tin Bộ TT&TT, 2023");
    whole.note = QStringLiteral("tất cả thủ tục");
    whole.recordedBy = QStringLiteral("Lê C");
    whole.recordedAt = QDateTime(QDate(2023, 7, 10), QTime(8, 30, 15), Qt::UTC);
    Measurement local;
    local.indicatorId = ind;
    local.localityId = city;
    local.period = QStringLiteral("2023-H1");
    local.value = 17.5;
    local.estimate = true;
    local.source = QStringLiteral("Báo chí tỉnh");
    Measurement earlier;
    earlier.indicatorId = ind;
    earlier.period = QStringLiteral("2022-Q4");
    earlier.value = 0;
    ASSERT_TRUE(store->upsertMeasurements({whole, local, earlier}).ok());

    store = reopen(store);
    ASSERT_TRUE(store);
    QList<Measurement> list = store->measurements(ind);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].period, QStringLiteral("2022-Q4")); // by period, then locality
    EXPECT_EQ(list[1].localityId, 0);
    EXPECT_EQ(list[2].localityId, city);
    EXPECT_EQ(list[1].indicatorId, ind);
    EXPECT_EQ(list[1].period, QStringLiteral("2023-H1"));
    EXPECT_DOUBLE_EQ(list[1].value, 89);
    EXPECT_FALSE(list[1].estimate);
    EXPECT_EQ(list[1].source, QStringLiteral("Tin Bộ TT&TT, 2023"));
    EXPECT_EQ(list[1].note, QStringLiteral("tất cả thủ tục"));
    EXPECT_EQ(list[1].recordedBy, QStringLiteral("Lê C"));
    EXPECT_EQ(list[1].recordedAt, whole.recordedAt);
    EXPECT_DOUBLE_EQ(list[2].value, 17.5);
    EXPECT_TRUE(list[2].estimate);
    EXPECT_EQ(list[2].recordedBy, QStringLiteral("Nguyễn Văn A")); // the store's user by default
    EXPECT_TRUE(list[2].recordedAt.isValid());
    EXPECT_EQ(store->allMeasurements().size(), 3);

    // Same key (indicator, locality, period): replaced, not duplicated.
    Measurement revised = local;
    revised.value = 18.25;
    revised.estimate = false;
    revised.source = QStringLiteral("Cục Thống kê");
    ASSERT_TRUE(store->upsertMeasurements({revised}).ok());
    list = store->measurements(ind);
    ASSERT_EQ(list.size(), 3);
    EXPECT_DOUBLE_EQ(list[2].value, 18.25);
    EXPECT_FALSE(list[2].estimate);
    EXPECT_EQ(list[2].source, QStringLiteral("Cục Thống kê"));

    ASSERT_TRUE(store->removeMeasurements({earlier}).ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    list = store->measurements(ind);
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].period, QStringLiteral("2023-H1"));

    // Removing the indicator removes its values.
    ASSERT_TRUE(store->removeIndicator(ind).ok());
    EXPECT_TRUE(store->allMeasurements().isEmpty());
}

TEST_F(StoreRoundTrip, SettingsAreKeptAndUpdated)
{
    ASSERT_TRUE(store
                    ->setSettings({{QStringLiteral("signerName"), QStringLiteral("Phạm D")},
                                   {QStringLiteral("recipients"), QStringLiteral("UBND tỉnh;\nLưu: VT.")}})
                    .ok());
    store = reopen(store);
    ASSERT_TRUE(store);
    QMap<QString, QString> s = store->settings();
    ASSERT_EQ(s.size(), 2);
    EXPECT_EQ(s.value(QStringLiteral("signerName")), QStringLiteral("Phạm D"));
    EXPECT_EQ(s.value(QStringLiteral("recipients")), QStringLiteral("UBND tỉnh;\nLưu: VT."));

    ASSERT_TRUE(store->setSettings({{QStringLiteral("signerName"), QStringLiteral("Hoàng E")}}).ok());
    s = store->settings();
    EXPECT_EQ(s.size(), 2); // the other key stays
    EXPECT_EQ(s.value(QStringLiteral("signerName")), QStringLiteral("Hoàng E"));
}

} // namespace
} // namespace dx
