// SPDX-License-Identifier: GPL-3.0-or-later
// The bulk read of a plan's values (PlanStore::allMeasurements, forEachMeasurement, readMeasurements), which
// goes through SQLite's C API (store/MeasurementReader): every field as QtSql reads it, in key order, on
// read-write and read-only stores, and inside a write transaction the rows it has not committed yet.
#include "store_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace store_test;

/// What QtSql reads of each value, in the documented order: the reference the fast read must equal.
QList<Measurement> readThroughQtSql(const QString &file)
{
    RawDb raw(file);
    QSqlQuery q(raw.db());
    q.exec(QStringLiteral(
        "SELECT id, indicator_id, locality_id, period, value, estimate, source, note, "
        "recorded_by, recorded_at, source_file, source_unit, received_at, imported_by, "
        "row_version FROM measurement ORDER BY indicator_id, period, COALESCE(locality_id, 0)"));
    QList<Measurement> out;
    while (q.next()) {
        Measurement m;
        m.id = q.value(0).toLongLong();
        m.indicatorId = q.value(1).toLongLong();
        m.localityId = q.value(2).toLongLong();
        m.period = q.value(3).toString();
        m.value = q.value(4).toDouble();
        m.estimate = q.value(5).toBool();
        m.source = q.value(6).toString();
        m.note = q.value(7).toString();
        m.recordedBy = q.value(8).toString();
        m.recordedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
        m.sourceFile = q.value(10).toString();
        m.sourceUnit = q.value(11).toString();
        m.receivedAt = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        m.importedBy = q.value(13).toString();
        m.version = q.value(14).toLongLong();
        out << m;
    }
    return out;
}

void expectSameValues(const QList<Measurement> &got, const QList<Measurement> &want)
{
    ASSERT_EQ(got.size(), want.size());
    for (int i = 0; i < got.size(); ++i) {
        SCOPED_TRACE(i);
        const Measurement &a = got.at(i), &b = want.at(i);
        EXPECT_EQ(a.id, b.id);
        EXPECT_EQ(a.indicatorId, b.indicatorId);
        EXPECT_EQ(a.localityId, b.localityId);
        EXPECT_EQ(a.period, b.period);
        EXPECT_DOUBLE_EQ(a.value, b.value);
        EXPECT_EQ(a.estimate, b.estimate);
        EXPECT_EQ(a.source, b.source);
        EXPECT_EQ(a.note, b.note);
        EXPECT_EQ(a.recordedBy, b.recordedBy);
        EXPECT_EQ(a.recordedAt, b.recordedAt);
        EXPECT_EQ(a.sourceFile, b.sourceFile);
        EXPECT_EQ(a.sourceUnit, b.sourceUnit);
        EXPECT_EQ(a.receivedAt, b.receivedAt);
        EXPECT_EQ(a.importedBy, b.importedBy);
        EXPECT_EQ(a.version, b.version);
    }
}

class StoreValuesRead : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        store = create();
        ASSERT_TRUE(store);
        Locality city;
        city.code = QStringLiteral("288");
        city.name = QStringLiteral("Thành phố Hải Dương");
        city.kind = LocalityKind::City;
        Locality town = city;
        town.code = QStringLiteral("290");
        town.name = QStringLiteral("Thị xã Kinh Môn");
        town.kind = LocalityKind::Town;
        cityId = store->insertLocality(city).value();
        townId = store->insertLocality(town).value();
        Indicator share;
        share.code = QStringLiteral("CQS-01");
        share.name = QStringLiteral("Tỷ lệ dịch vụ công trực tuyến");
        share.kind = IndicatorKind::Share;
        share.scope = Scope::Localities;
        share.localityIds = {cityId, townId};
        Indicator count = share;
        count.code = QStringLiteral("KTS-02");
        count.name = QStringLiteral("Số doanh nghiệp công nghệ số");
        count.kind = IndicatorKind::Count;
        count.scope = Scope::Plan;
        count.localityIds = {};
        // Inserted in the opposite order of their ids' use below, so the key's order is not the rowid's.
        countId = store->insertIndicator(count).value();
        shareId = store->insertIndicator(share).value();
    }

    /// Values in every field, written in an order that is none of the key's.
    QList<Measurement> sampleValues() const
    {
        QList<Measurement> out;
        const auto value = [&](Id indicator, Id locality, const char *period, double v) {
            Measurement m;
            m.indicatorId = indicator;
            m.localityId = locality;
            m.period = QLatin1String(period);
            m.value = v;
            out << m;
            return &out.last();
        };
        Measurement *m = value(shareId, townId, "2023-H1", 40.5);
        m->estimate = true;
        m->source = QStringLiteral("Báo cáo UBND thị xã");
        m->note = QStringLiteral("ước tính\nhai dòng");
        m->recordedBy = QStringLiteral("Lê Văn C");
        m->recordedAt = QDateTime(QDate(2023, 7, 10), QTime(8, 30, 15), Qt::UTC);
        m = value(shareId, cityId, "2023-H1", 61);
        m->source = QStringLiteral("Báo cáo UBND thị xã"); // the same text as the row before it
        m->sourceFile = QStringLiteral("thu-thap/Thành phố.xlsx");
        m->sourceUnit = QStringLiteral("UBND Thành phố");
        m->receivedAt = QDate(2023, 7, 12);
        m->importedBy = QStringLiteral("Trần Thị B");
        m->recordedAt = QDateTime(QDate(2023, 7, 10), QTime(8, 30, 15), Qt::UTC);
        value(shareId, cityId, "2022", 55);
        value(shareId, 0, "2023-Q3", 58.25);
        value(countId, 0, "2024", 120);
        value(countId, 0, "2021", 80);
        m = value(countId, 0, "2023-Q1", 100);
        m->recordedAt = QDateTime(QDate(2024, 1, 2), QTime(0, 0), Qt::UTC);
        return out;
    }

    std::unique_ptr<PlanStore> store;
    Id cityId = 0, townId = 0, shareId = 0, countId = 0;
};

TEST_F(StoreValuesRead, EveryFieldAsQtSqlReadsItInKeyOrder)
{
    ASSERT_TRUE(store->upsertMeasurements(sampleValues()).ok());
    // A second edit of one cell raises its row version.
    Measurement again = sampleValues().first();
    again.value = 41;
    ASSERT_TRUE(store->upsertMeasurements({again}).ok());

    const QList<Measurement> want = readThroughQtSql(store->path());
    ASSERT_EQ(want.size(), 7);
    const QList<Measurement> got = store->allMeasurements();
    expectSameValues(got, want);
    // By indicator, then period, then locality (the plan area, 0, first).
    for (int i = 1; i < got.size(); ++i) {
        const Measurement &a = got.at(i - 1), &b = got.at(i);
        EXPECT_TRUE(std::tie(a.indicatorId, a.period, a.localityId) <
                    std::tie(b.indicatorId, b.period, b.localityId))
            << i;
    }
    EXPECT_EQ(got.at(0).indicatorId, countId);
    EXPECT_EQ(got.at(0).period, QStringLiteral("2021"));
    EXPECT_EQ(got.at(4).period, QStringLiteral("2023-H1"));
    EXPECT_EQ(got.at(4).localityId, cityId);
    EXPECT_EQ(got.at(5).localityId, townId);
    EXPECT_EQ(got.at(5).version, 2);
    EXPECT_TRUE(got.at(5).estimate);
    EXPECT_EQ(got.at(5).note, QStringLiteral("ước tính\nhai dòng"));
    EXPECT_EQ(got.at(4).receivedAt, QDate(2023, 7, 12));

    QList<Measurement> visited;
    store->forEachMeasurement([&visited](const Measurement &m) {
        visited << m;
        return true;
    });
    expectSameValues(visited, want);
    // It stops when asked to.
    int seen = 0;
    store->forEachMeasurement([&seen](const Measurement &) { return ++seen < 3; });
    EXPECT_EQ(seen, 3);

    const Result<QList<Measurement>> fromPath = PlanStore::readMeasurements(store->path());
    ASSERT_TRUE(fromPath.ok());
    expectSameValues(fromPath.value(), want);
}

// Each indicator's run of values, once, in key order: together they are allMeasurements().
TEST_F(StoreValuesRead, EachIndicatorsValuesComeOnceAsOneRun)
{
    ASSERT_TRUE(store->upsertMeasurements(sampleValues()).ok());
    const QList<Measurement> all = store->allMeasurements();
    QList<Measurement> joined;
    QList<Id> seen;
    store->forEachIndicatorValues([&](Id id, QList<Measurement> &values) {
        EXPECT_FALSE(seen.contains(id)) << id;
        seen << id;
        for (const Measurement &m : values)
            EXPECT_EQ(m.indicatorId, id);
        joined << values;
    });
    EXPECT_GE(seen.size(), 2);
    expectSameValues(joined, all);
}

TEST_F(StoreValuesRead, AReadOnlyStoreReadsTheSameValuesAndLeavesNoSideFile)
{
    ASSERT_TRUE(store->upsertMeasurements(sampleValues()).ok());
    const QString file = store->path();
    store.reset();
    const QList<Measurement> want = readThroughQtSql(file);
    ASSERT_TRUE(sideFiles(file).isEmpty());
    const FileState before = FileState::of(file);
    {
        auto ro =
            PlanStore::open(file, PlanStore::IntegrityCheck::BeforeOpening, PlanStore::Access::ReadOnly);
        ASSERT_TRUE(ro.ok()) << ro.error().message.toStdString();
        expectSameValues(ro.value()->allMeasurements(), want);
    }
    EXPECT_TRUE(sideFiles(file).isEmpty()) << sideFiles(file).join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(FileState::of(file) == before);
}

TEST_F(StoreValuesRead, AReadInsideAWriteSeesWhatItHasNotCommittedYet)
{
    ASSERT_TRUE(store->upsertMeasurements(sampleValues()).ok());
    qsizetype inside = 0;
    const Status s = store->bulkWrite([&](PlanStore &st) {
        Measurement m;
        m.indicatorId = countId;
        m.period = QStringLiteral("2025");
        m.value = 150;
        if (const Status w = st.upsertMeasurements({m}); !w)
            return w;
        inside = st.allMeasurements().size();
        return success();
    });
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(inside, 8);
    EXPECT_EQ(store->allMeasurements().size(), 8);
}

} // namespace
} // namespace dx
