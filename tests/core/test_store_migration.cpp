// SPDX-License-Identifier: GPL-3.0-or-later
// Opening an older plan: it is backed up ("<path>.schema-v1.bak", itself a valid version-1 plan), then
// migrated to schema::kCurrentVersion in one transaction per step, with every row kept.
#include "store/PlanFile.h"
#include "store/Schema.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

#include <QDir>

namespace dx {
namespace {

using namespace store_test;

/// The frozen version-1 fixture: DX_SOURCE_DIR when ctest sets it, else beside this source file.
QString fixturePath(const QString &name)
{
    const QString root = qEnvironmentVariable("DX_SOURCE_DIR");
    if (!root.isEmpty())
        return QDir(root).filePath(QStringLiteral("tests/data/") + name);
    return QFileInfo(QString::fromUtf8(__FILE__)).dir().filePath(QStringLiteral("../data/") + name);
}

/// Splits an SQL script into statements: one ends with ';' at a line's end, a trigger with "END;".
QStringList statementsOf(const QString &script)
{
    QStringList out;
    QString current;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (current.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const bool trigger = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"));
        const QString t = line.trimmed();
        if ((trigger && t == QLatin1String("END;")) || (!trigger && t.endsWith(QLatin1Char(';')))) {
            out << current.trimmed().chopped(1);
            current.clear();
        }
    }
    return out;
}

class StoreMigration : public StoreTest
{
protected:
    /// Writes a version-1 plan with @p statements run after the version-1 schema.
    void makeVersion1(const QString &file, const QStringList &content)
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.isOpen());
        QStringList all = schema::migrationStatements(1);
        all << QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId) << content;
        for (const QString &sql : all) {
            QString error;
            ASSERT_TRUE(raw.exec(sql, &error)) << sql.toStdString() << "\n" << error.toStdString();
        }
        ASSERT_EQ(raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt(), 1);
    }

    static QStringList sampleContent()
    {
        return {
            QStringLiteral("INSERT INTO plan (id, code, title, start_year, end_year, milestone_years) "
                           "VALUES (1, '06-NQ/TU', 'Chuyển đổi số', 2021, 2030, '2025,2030')"),
            QStringLiteral("INSERT INTO agency (id, name) VALUES (1, 'Sở TT&TT')"),
            QStringLiteral(
                "INSERT INTO task_group (id, sort_order, title) VALUES (1, 1, 'Xây dựng chính quyền số')"),
            QStringLiteral(
                "INSERT INTO task (id, group_id, title, lead_agency_id, deadline, percent_complete) "
                "VALUES (1, 1, 'Trung tâm dữ liệu', 1, '2025-12-31', 60)"),
            QStringLiteral("INSERT INTO indicator (id, code, name, kind, direction) "
                           "VALUES (1, 'KTS-01', 'Tỷ trọng kinh tế số', 'share', 'increase')"),
            QStringLiteral("INSERT INTO measurement (indicator_id, period, value, estimate, source) "
                           "VALUES (1, '2023', 17.5, 1, 'Báo chí tỉnh')")};
    }

    static int versionOf(const QString &file)
    {
        RawDb raw(file);
        return raw.scalar(QStringLiteral("SELECT version FROM schema_version")).toInt();
    }
    static bool hasTable(const QString &file, const char *table)
    {
        RawDb raw(file);
        return raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'")
                              .arg(QLatin1String(table)))
                   .toInt() == 1;
    }
};

TEST_F(StoreMigration, Version1PlanIsBackedUpAndMigratedWithItsData)
{
    const QString file = path();
    makeVersion1(file, sampleContent());
    const FileState original = FileState::of(file);
    ASSERT_EQ(PlanFile::inspect(file).value(), 1);
    EXPECT_TRUE(FileState::of(file) == original); // inspecting writes nothing

    auto opened = PlanStore::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    PlanStore &store = *opened.value();
    EXPECT_TRUE(store.checkIntegrity().ok());
    EXPECT_EQ(store.plan().code, QStringLiteral("06-NQ/TU"));
    EXPECT_EQ(store.plan().milestoneYears, (QList<int>{2025, 2030}));
    ASSERT_EQ(store.tasks().size(), 1);
    EXPECT_EQ(store.tasks()[0].percentComplete, 60);
    EXPECT_EQ(store.tasks()[0].deadline, QDate(2025, 12, 31));
    EXPECT_EQ(store.tasks()[0].leadAgencyId, 1);
    const QList<Measurement> values = store.allMeasurements();
    ASSERT_EQ(values.size(), 1);
    EXPECT_DOUBLE_EQ(values[0].value, 17.5);
    EXPECT_TRUE(values[0].estimate);
    // What version 2 added works: settings.
    EXPECT_TRUE(store.settings().isEmpty());
    ASSERT_TRUE(store.setSettings({{QStringLiteral("signerName"), QStringLiteral("A")}}).ok());
    opened.value().reset();

    EXPECT_EQ(versionOf(file), schema::kCurrentVersion);
    {
        RawDb raw(file);
        EXPECT_EQ(raw.scalar(QStringLiteral("PRAGMA application_id")).toInt(), schema::kApplicationId);
        EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version")).toInt(), 1);
        // What version 3 added works: a title of tabs is refused, by raw SQL too.
        EXPECT_FALSE(raw.exec(QStringLiteral("UPDATE task SET title = char(9, 10) WHERE id = 1")));
        EXPECT_TRUE(raw.exec(QStringLiteral("UPDATE task SET title = 'Việc' || char(9) WHERE id = 1")));
    }

    // The backup is the file as it was: a valid version-1 plan with the same rows.
    const QString backup = file + QStringLiteral(".schema-v1.bak");
    ASSERT_TRUE(QFileInfo::exists(backup));
    const Result<int> backupVersion = PlanFile::inspect(backup);
    ASSERT_TRUE(backupVersion.ok()) << backupVersion.error().message.toStdString();
    EXPECT_EQ(backupVersion.value(), 1);
    EXPECT_FALSE(hasTable(backup, "setting"));
    RawDb raw(backup);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT percent_complete FROM task WHERE id = 1")).toInt(), 60);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT value FROM measurement")).toDouble(), 17.5);
}

TEST_F(StoreMigration, FrozenVersion1FixtureOpensWithEveryRow)
{
    QFile script(fixturePath(QStringLiteral("plan-v1.sql")));
    ASSERT_TRUE(script.open(QIODevice::ReadOnly | QIODevice::Text)) << script.fileName().toStdString();
    const QStringList statements = statementsOf(QString::fromUtf8(script.readAll()));
    ASSERT_GT(statements.size(), 30);
    const QString file = path();
    {
        RawDb raw(file);
        for (const QString &sql : statements) {
            QString error;
            ASSERT_TRUE(raw.exec(sql, &error)) << sql.toStdString() << "\n" << error.toStdString();
        }
    }

    auto opened = PlanStore::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    const PlanStore &store = *opened.value();
    EXPECT_TRUE(store.checkIntegrity().ok());
    const Plan plan = store.plan();
    EXPECT_EQ(plan.code, QStringLiteral("06-NQ/TU"));
    EXPECT_EQ(plan.issueDate, QDate(2021, 3, 26));
    EXPECT_EQ(plan.issuer, QStringLiteral("Ban Chấp hành Đảng bộ tỉnh Hải Dương"));
    EXPECT_EQ(plan.milestoneYears, (QList<int>{2025, 2030}));
    ASSERT_EQ(store.localities().size(), 2);
    EXPECT_EQ(store.localities()[1].parentId, 1);
    EXPECT_EQ(store.localities()[1].kind, LocalityKind::City);
    ASSERT_EQ(store.agencies().size(), 2);
    EXPECT_EQ(store.agencies()[0].shortName, QStringLiteral("Sở TT&TT"));
    ASSERT_EQ(store.groups().size(), 1);
    EXPECT_EQ(store.groups()[0].titleEn, QStringLiteral("Build digital government"));
    const auto task = store.task(1);
    ASSERT_TRUE(task);
    EXPECT_EQ(task->status, TaskStatus::InProgress);
    EXPECT_EQ(task->startDate, QDate(2022, 1, 1));
    EXPECT_EQ(task->cooperatingAgencyIds, QList<Id>{2});
    EXPECT_EQ(task->indicatorIds, QList<Id>{1});
    const auto indicator = store.indicator(1);
    ASSERT_TRUE(indicator);
    EXPECT_EQ(indicator->kind, IndicatorKind::Rank);
    EXPECT_EQ(indicator->direction, Direction::Decrease);
    EXPECT_EQ(indicator->baselineValue, std::optional<double>(14));
    ASSERT_EQ(indicator->targets.size(), 2);
    EXPECT_EQ(indicator->targets[1].comparison, Comparison::AtMost);
    EXPECT_DOUBLE_EQ(indicator->targets[1].value, 15);
    const QList<Measurement> values = store.measurements(1);
    ASSERT_EQ(values.size(), 1);
    EXPECT_EQ(values[0].period, QStringLiteral("2022"));
    EXPECT_EQ(values[0].recordedAt, QDateTime(QDate(2023, 5, 1), QTime(0, 0), Qt::UTC));
    const QList<ChangeLogEntry> log = store.changeLog(QStringLiteral("task"), 1);
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].who, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(log[0].oldValue, QStringLiteral("40"));
    EXPECT_EQ(log[0].newValue, QStringLiteral("60"));
    opened.value().reset();
    EXPECT_EQ(versionOf(file), schema::kCurrentVersion);
    EXPECT_EQ(PlanFile::inspect(file + QStringLiteral(".schema-v1.bak")).value(), 1);
}

TEST_F(StoreMigration, CurrentPlanOpensWithoutBackupAndOnlyOnceMigrated)
{
    const QString file = path();
    makeVersion1(file, sampleContent());
    ASSERT_TRUE(PlanStore::open(file).ok());
    const QString backup = file + QStringLiteral(".schema-v1.bak");
    ASSERT_TRUE(QFileInfo::exists(backup));
    const FileState backupState = FileState::of(backup);

    ASSERT_TRUE(PlanStore::open(file).ok()); // already current: no second backup, first one untouched
    QDir dir(m_dir.path());
    EXPECT_EQ(dir.entryList({QStringLiteral("*.bak")}, QDir::Files),
              QStringList{QFileInfo(backup).fileName()});
    EXPECT_TRUE(FileState::of(backup) == backupState);

    auto fresh = create(QStringLiteral("fresh.dxplan"));
    ASSERT_TRUE(fresh);
    fresh = reopen(fresh);
    ASSERT_TRUE(fresh);
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("fresh.dxplan.schema-v2.bak"))));
    EXPECT_EQ(versionOf(path(QStringLiteral("fresh.dxplan"))), schema::kCurrentVersion);
}

TEST_F(StoreMigration, AnExistingBackupIsNeverOverwritten)
{
    const QString file = path();
    makeVersion1(file, sampleContent());
    const QString taken = file + QStringLiteral(".schema-v1.bak");
    {
        QFile f(taken);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("an older backup");
    }
    const FileState takenState = FileState::of(taken);
    ASSERT_TRUE(PlanStore::open(file).ok());
    EXPECT_TRUE(FileState::of(taken) == takenState);
    const QString second = file + QStringLiteral(".schema-v1-2.bak");
    ASSERT_TRUE(QFileInfo::exists(second));
    EXPECT_EQ(PlanFile::inspect(second).value(), 1);
    EXPECT_EQ(PlanFile::backupPathFor(file, 1), file + QStringLiteral(".schema-v1-3.bak"));
}

TEST_F(StoreMigration, AVersion1FileWithAForeignTableIsRefusedBeforeMigrating)
{
    // A version-1 file that already has a "setting" table (which version 2 would create): the schema
    // check refuses it before any backup or migration, and the file is left exactly as it was.
    const QString file = path();
    QStringList content = sampleContent();
    content << QStringLiteral("CREATE TABLE setting (key TEXT)");
    makeVersion1(file, content);
    const FileState before = FileState::of(file);

    auto opened = PlanStore::open(file);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, Error::Code::Corrupt);
    EXPECT_TRUE(opened.error().message.contains(QStringLiteral("setting")))
        << opened.error().message.toStdString();
    EXPECT_EQ(versionOf(file), 1);
    EXPECT_TRUE(FileState::of(file) == before);
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral(".schema-v1.bak")));
    EXPECT_TRUE(sideFiles(file).isEmpty()) << sideFiles(file).join(QLatin1Char(' ')).toStdString();
}

TEST_F(StoreMigration, MigrationIsOneTransaction)
{
    // Version 3's triggers cannot be made when a trigger of that name already exists: the failure at
    // version 3 must leave the file at version 1 (not 2), and the backup made for it is removed again.
    const QString file = path();
    makeVersion1(file, sampleContent());
    const QString backup = file + QStringLiteral(".schema-v1.bak");
    const Result<QString> conn = PlanFile::connect(file, false);
    ASSERT_TRUE(conn.ok());
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.exec(QStringLiteral(
            "CREATE TRIGGER task_title_required_insert BEFORE INSERT ON task BEGIN SELECT 1; END")));
    }
    const Status migrated = PlanFile::migrate(conn.value(), 1);
    PlanFile::disconnect(conn.value());
    EXPECT_FALSE(migrated.ok());
    EXPECT_EQ(versionOf(file), 1);
    RawDb raw(file);
    EXPECT_EQ(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'setting'")).toInt(),
              0)
        << "version 2's table must be rolled back with version 3";
    EXPECT_FALSE(QFileInfo::exists(backup));
}

TEST_F(StoreMigration, Version5PlanGetsItsValuesKeyInReadingOrder)
{
    // Up to version 5 the values' key was in (indicator, locality, period) order, so reading the values by
    // indicator, then period, then locality sorted all of them. Version 6 puts the key in that order: the
    // read walks the index, and the key still refuses a second value for one cell.
    const QString file = path();
    {
        RawDb raw(file);
        ASSERT_TRUE(raw.isOpen());
        QStringList all;
        for (int v = 1; v <= 5; ++v)
            all << schema::migrationStatements(v);
        all << QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId) << sampleContent()
            << QStringLiteral(
                   "INSERT INTO locality (id, name, kind) VALUES (1, 'Thành phố Hải Dương', 'city')")
            << QStringLiteral("INSERT INTO measurement (indicator_id, locality_id, period, value) "
                              "VALUES (1, 1, '2022', 12.5)");
        for (const QString &sql : all) {
            QString error;
            ASSERT_TRUE(raw.exec(sql, &error)) << sql.toStdString() << "\n" << error.toStdString();
        }
    }
    ASSERT_EQ(versionOf(file), 5);

    auto opened = PlanStore::open(file);
    ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
    EXPECT_TRUE(opened.value()->checkIntegrity().ok());
    const QList<Measurement> values = opened.value()->allMeasurements();
    ASSERT_EQ(values.size(), 2);
    EXPECT_EQ(values[0].period, QStringLiteral("2022")); // by period first, then locality
    EXPECT_EQ(values[0].localityId, 1);
    EXPECT_EQ(values[1].period, QStringLiteral("2023"));
    EXPECT_DOUBLE_EQ(values[1].value, 17.5);
    opened.value().reset();

    EXPECT_EQ(versionOf(file), schema::kCurrentVersion);
    EXPECT_EQ(PlanFile::inspect(file + QStringLiteral(".schema-v5.bak")).value(), 5);
    RawDb raw(file);
    QSqlQuery plan(raw.db());
    ASSERT_TRUE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, value FROM measurement "
                                         "ORDER BY indicator_id, period, COALESCE(locality_id, 0)")));
    QStringList steps;
    while (plan.next())
        steps << plan.value(3).toString();
    const QString how = steps.join(QLatin1String("; "));
    EXPECT_TRUE(how.contains(QLatin1String("measurement_key"))) << how.toStdString();
    EXPECT_FALSE(how.contains(QLatin1String("TEMP B-TREE"))) << how.toStdString();
    EXPECT_FALSE(raw.exec(QStringLiteral(
        "INSERT INTO measurement (indicator_id, locality_id, period, value) VALUES (1, 1, '2022', 13)")));
    EXPECT_FALSE(raw.exec(
        QStringLiteral("INSERT INTO measurement (indicator_id, period, value) VALUES (1, '2023', 18)")));
}

TEST_F(StoreMigration, SchemaListsOneMigrationPerVersion)
{
    for (int v = 1; v <= schema::kCurrentVersion; ++v)
        EXPECT_FALSE(schema::migrationStatements(v).isEmpty()) << "version " << v;
    EXPECT_TRUE(schema::migrationStatements(schema::kCurrentVersion + 1).isEmpty());
    EXPECT_TRUE(schema::migrationStatements(0).isEmpty());
    // Each migration sets the version it reaches.
    const QStringList last = schema::migrationStatements(schema::kCurrentVersion);
    EXPECT_TRUE(
        last.last().contains(QStringLiteral("schema_version SET version = %1").arg(schema::kCurrentVersion)));
}

} // namespace
} // namespace dx
