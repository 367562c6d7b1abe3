// SPDX-License-Identifier: GPL-3.0-or-later
// Collecting figures through workbooks, on the bundled plan: the workbooks made for every agency and
// locality, read by a third-party reader (openpyxl), filled by it and by LibreOffice Calc, imported;
// and every way a returned file can be refused. Workbooks are made with a fixed "made" time and
// period, so nothing here depends on today's date.
#include "io/CollectImport.h"
#include "io/CollectKeys.h"
#include "io/CollectSnapshot.h"
#include "io/CollectStatus.h"
#include "io/CollectWorkbookWriter.h"
#include "io/CsvExporter.h"
#include "io/PlanImporter.h"
#include "io/WorkbookExporter.h"
#include "io/WorkbookText.h"
#include "io/XlsxReader.h"
#include "store_fixtures.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>

namespace dx {
namespace {

using store_test::StoreTest;
using Outcome = CollectPreviewRow::Outcome;

QString scriptPath(const char *name)
{
    return QDir(qEnvironmentVariable("DX_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/data/collect/") + QLatin1String(name));
}

/// Runs python3 with openpyxl; the JSON it prints, or a failure.
QJsonObject python(const char *script, const QStringList &args)
{
    // Debian's python3, which has python3-openpyxl; a python3 earlier on PATH (pyenv) may not.
    const QString python3 = QFileInfo::exists(QStringLiteral("/usr/bin/python3"))
                                ? QStringLiteral("/usr/bin/python3")
                                : QStringLiteral("python3");
    QProcess p;
    p.start(python3, QStringList{scriptPath(script)} + args);
    const bool finished = p.waitForFinished(60000);
    EXPECT_TRUE(finished && p.exitCode() == 0) << QString::fromUtf8(p.readAllStandardError()).toStdString();
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject sheetOf(const QJsonObject &book, const QString &name)
{
    for (const QJsonValue &s : book.value(QStringLiteral("sheets")).toArray())
        if (s.toObject().value(QStringLiteral("name")).toString() == name)
            return s.toObject();
    ADD_FAILURE() << "no sheet " << name.toStdString();
    return {};
}

class Collect : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        auto created = PlanImporter::createFromTemplate(path(), QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        store = std::move(created).value();
        store->setUserName(QStringLiteral("Nguyễn Văn A"));
        QDir(m_dir.path()).mkpath(QStringLiteral("out"));
    }

    CollectUnit agency(const char *name) const
    {
        for (const CollectUnit &u : CollectSnapshot::read(*store).units(CollectUnit::Kind::Agency))
            if (u.name == QString::fromUtf8(name))
                return u;
        ADD_FAILURE() << "no unit " << name;
        return {};
    }

    CollectWorkbookWriter::Options options(const QString &period = QStringLiteral("2024")) const
    {
        CollectWorkbookWriter::Options o;
        o.period = *Period::parse(period);
        o.due = QDate(2025, 1, 15);
        o.returnTo = QStringLiteral("Sở Thông tin và Truyền thông");
        o.made = QDateTime(QDate(2025, 1, 2), QTime(8, 0), Qt::UTC);
        return o;
    }

    QString make(const CollectUnit &unit, const QString &period = QStringLiteral("2024"))
    {
        const QString file = m_dir.filePath(QStringLiteral("out/") + CollectWorkbookWriter::fileName(unit));
        const Status s =
            CollectWorkbookWriter::write(CollectSnapshot::read(*store), unit, options(period), file);
        EXPECT_TRUE(s.ok()) << s.error().message.toStdString();
        return file;
    }

    /// Fills @p in with openpyxl into a new file named @p outName.
    QString fill(const QString &in, const QString &outName, const QJsonObject &edits)
    {
        const QString out = m_dir.filePath(outName);
        python("fill_workbook.py",
               {in, out, QString::fromUtf8(QJsonDocument(edits).toJson(QJsonDocument::Compact))});
        return out;
    }

    CollectPreview preview(const QStringList &files, const QString &period = {})
    {
        CollectImport::Options o;
        o.expectedPeriod = period;
        o.importedBy = QStringLiteral("Nguyễn Văn A");
        return CollectImport::preview(CollectSnapshot::read(*store), files, o);
    }

    /// The row of the indicators sheet (0-based) that holds @p code for the plan area.
    int valueRow(const QString &file, const QString &code)
    {
        const auto sheets = XlsxReader::read(file);
        EXPECT_TRUE(sheets.ok());
        for (const WorkbookSheet &s : sheets.value())
            if (s.name == WorkbookText::indicatorsSheet())
                for (int r = 1; r < s.rows.size(); ++r)
                    if (s.cell(r, 0) == code)
                        return r;
        ADD_FAILURE() << "no row for " << code.toStdString();
        return -1;
    }

    std::optional<Measurement> value(const char *code, Id localityId, const char *period)
    {
        for (const Indicator &i : store->indicators())
            if (i.code == QLatin1String(code))
                for (const Measurement &m : store->measurements(i.id))
                    if (m.localityId == localityId && m.period == QLatin1String(period))
                        return m;
        return std::nullopt;
    }

    std::unique_ptr<PlanStore> store;
};

TEST_F(Collect, WorkbooksForEveryAgencyAndLocalityHoldTheirRowsAndKeys)
{
    const CollectSnapshot plan = CollectSnapshot::read(*store);
    const QList<CollectUnit> agencies = plan.units(CollectUnit::Kind::Agency);
    const QList<CollectUnit> localities = plan.units(CollectUnit::Kind::Locality);
    EXPECT_GE(agencies.size(), 5);
    EXPECT_GE(localities.size(), 9);
    for (const CollectUnit &unit : agencies + localities) {
        const QString file = make(unit);
        const auto sheets = XlsxReader::read(file);
        ASSERT_TRUE(sheets.ok()) << sheets.error().message.toStdString();
        ASSERT_EQ(sheets->size(), 4) << unit.name.toStdString();
        EXPECT_EQ(sheets->at(0).name, WorkbookText::instructionsSheet());
        EXPECT_EQ(sheets->at(3).name, WorkbookText::keysSheet());
        EXPECT_TRUE(sheets->at(3).hidden);
        const auto keys = CollectKeys::fromSheet(sheets->at(3), QStringLiteral("x"));
        ASSERT_TRUE(keys.ok()) << keys.error().message.toStdString();
        EXPECT_EQ(keys->unit, unit);
        EXPECT_EQ(keys->period, QStringLiteral("2024"));
        EXPECT_EQ(keys->planIdentity, plan.planIdentity());
        EXPECT_EQ(keys->rows.size(), plan.rows(unit).size()) << unit.name.toStdString();
        // Blank workbooks change nothing.
        const CollectPreview p = preview({file});
        EXPECT_EQ(p.writes(), 0) << p.toText().toStdString();
        EXPECT_EQ(p.refusedFiles(), 0) << p.toText().toStdString();
    }
}

TEST_F(Collect, OpenpyxlSeesValidationProtectionFrozenHeadersPrintSetupAndHiddenKeys)
{
    const QString file = make(agency("Sở Thông tin và Truyền thông"));
    const QJsonObject book = python("inspect_workbook.py", {file});
    const QJsonObject values = sheetOf(book, WorkbookText::indicatorsSheet());
    EXPECT_TRUE(values.value(QStringLiteral("protected")).toBool());
    EXPECT_EQ(values.value(QStringLiteral("frozen")).toString(), QStringLiteral("C2"));
    EXPECT_TRUE(values.value(QStringLiteral("landscape")).toBool());
    EXPECT_EQ(values.value(QStringLiteral("paper")).toVariant().toInt(), 9);
    EXPECT_EQ(values.value(QStringLiteral("printTitles")).toString(), QStringLiteral("$1:$1"));
    // Share 0-100 (between: openpyxl leaves the default operator empty), rank a whole number >= 1, counts >=
    // 0, the official/estimate list.
    QSet<QString> rules;
    for (const QJsonValue &v : values.value(QStringLiteral("validations")).toArray()) {
        const QJsonObject o = v.toObject();
        rules.insert(QStringLiteral("%1 %2 %3 %4")
                         .arg(o.value(QStringLiteral("type")).toString(),
                              o.value(QStringLiteral("operator")).toString(),
                              o.value(QStringLiteral("formula1")).toString(),
                              o.value(QStringLiteral("formula2")).toString()));
    }
    EXPECT_TRUE(rules.contains(QStringLiteral("decimal  0 100")))
        << QStringList(rules.values()).join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(rules.contains(QStringLiteral("whole greaterThanOrEqual 1 ")));
    EXPECT_TRUE(rules.contains(QStringLiteral("decimal greaterThanOrEqual 0 ")));
    EXPECT_TRUE(rules.contains(QStringLiteral("list  \"Chính thức,Ước tính\" ")));
    // Only the cells to fill are unlocked: H..K of each data row.
    const QJsonArray unlocked = values.value(QStringLiteral("unlocked")).toArray();
    ASSERT_FALSE(unlocked.isEmpty());
    for (const QJsonValue &c : unlocked)
        EXPECT_TRUE(QStringLiteral("HIJK").contains(c.toString().at(0))) << c.toString().toStdString();

    const QJsonObject tasks = sheetOf(book, WorkbookText::tasksSheet());
    EXPECT_TRUE(tasks.value(QStringLiteral("protected")).toBool());
    QSet<QString> taskRules;
    for (const QJsonValue &v : tasks.value(QStringLiteral("validations")).toArray())
        taskRules.insert(v.toObject().value(QStringLiteral("type")).toString());
    EXPECT_EQ(taskRules,
              (QSet<QString>{QStringLiteral("list"), QStringLiteral("whole"), QStringLiteral("date")}));

    const QJsonObject keys = sheetOf(book, WorkbookText::keysSheet());
    EXPECT_EQ(keys.value(QStringLiteral("state")).toString(), QStringLiteral("hidden"));
    EXPECT_TRUE(keys.value(QStringLiteral("protected")).toBool());
    const QJsonArray keyRows = keys.value(QStringLiteral("rows")).toArray();
    EXPECT_EQ(keyRows.at(0).toArray().at(1).toString(), QStringLiteral("dxplanner-collect"));
    EXPECT_EQ(keyRows.at(2).toArray().at(1).toString(), CollectSnapshot::read(*store).planIdentity());
}

TEST_F(Collect, FilledByOpenpyxlValuesLandWithTheirSourceAndRefusalsNameTheCell)
{
    const CollectUnit unit = agency("Sở Thông tin và Truyền thông");
    const QString blank = make(unit);
    const int cqs01 = valueRow(blank, QStringLiteral("CQS-01")),
              cqs02 = valueRow(blank, QStringLiteral("CQS-02")),
              tq01 = valueRow(blank, QStringLiteral("TQ-01"));
    const QString sheet = WorkbookText::indicatorsSheet() + QLatin1Char('!');
    auto cell = [&](const char *column, int row) -> QString {
        return sheet + QLatin1String(column) + QString::number(row + 1);
    };
    const QString ok = fill(blank, QStringLiteral("Sở Thông tin và Truyền thông.xlsx"),
                            {{cell("H", cqs01), QStringLiteral("18,6")},
                             {cell("I", cqs01), WorkbookText::estimate()},
                             {cell("J", cqs01), QStringLiteral("Báo cáo của Sở")},
                             {cell("H", tq01), 12}});
    CollectPreview p = preview({ok});
    ASSERT_EQ(p.refusedFiles(), 0) << p.toText().toStdString();
    EXPECT_EQ(p.writes(), 2) << p.toText().toStdString();
    auto changes = CollectImport::changes(p, false);
    ASSERT_TRUE(changes.ok()) << changes.error().message.toStdString();
    ASSERT_TRUE(CollectImport::apply(*store, changes.value()).ok());
    const auto m = value("CQS-01", 0, "2024");
    ASSERT_TRUE(m);
    EXPECT_DOUBLE_EQ(m->value, 18.6);
    EXPECT_TRUE(m->estimate);
    EXPECT_EQ(m->source, QStringLiteral("Báo cáo của Sở"));
    EXPECT_EQ(m->sourceFile, QStringLiteral("Sở Thông tin và Truyền thông.xlsx"));
    EXPECT_EQ(m->sourceUnit, unit.name);
    EXPECT_EQ(m->importedBy, QStringLiteral("Nguyễn Văn A"));
    EXPECT_TRUE(m->receivedAt.isValid());
    const auto rank = value("TQ-01", 0, "2024");
    ASSERT_TRUE(rank);
    EXPECT_EQ(rank->source, unit.name) << "an empty source cell names the unit";
    // The return is recorded for the collection status.
    const auto status =
        CollectStatus::rows(CollectSnapshot::read(*store), CollectUnit::Kind::Agency, QStringLiteral("2024"));
    int returned = 0;
    for (const CollectStatusRow &r : status)
        returned += r.returned ? 1 : 0;
    EXPECT_EQ(returned, 1);
    EXPECT_TRUE(CollectStatus::toText(status, QStringLiteral("2024")).contains(unit.name));

    // A share over 100 and a text are refused with the cell's address; nothing else from the file lands.
    const QString bad = fill(blank, QStringLiteral("bad.xlsx"),
                             {{cell("H", cqs01), 150}, {cell("H", cqs02), QStringLiteral("nhiều")}});
    p = preview({bad});
    EXPECT_EQ(p.refusedFiles(), 1);
    EXPECT_EQ(p.count(Outcome::Refused), 2);
    const QString text = p.toText();
    EXPECT_TRUE(text.contains(
        QStringLiteral("bad.xlsx, %1: A share must be between 0 and 100.").arg(cell("H", cqs01))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(cell("H", cqs02))) << text.toStdString();
    EXPECT_FALSE(CollectImport::changes(p, false).ok());
}

TEST_F(Collect, ConflictsWhenThePlanChangedSinceOrTwoFilesDisagree)
{
    const CollectUnit unit = agency("Sở Thông tin và Truyền thông");
    const QString blank = make(unit);
    const int row = valueRow(blank, QStringLiteral("CQS-03"));
    const QString address = WorkbookText::indicatorsSheet() + QStringLiteral("!H%1").arg(row + 1);
    const QString a = fill(blank, QStringLiteral("a.xlsx"), {{address, 40}});
    const QString b = fill(blank, QStringLiteral("b.xlsx"), {{address, 41}});
    CollectPreview p = preview({a, b});
    EXPECT_EQ(p.count(Outcome::Conflict), 2) << p.toText().toStdString();
    EXPECT_FALSE(CollectImport::changes(p, false).ok());
    p.settleAll(CollectPreviewRow::Resolution::TakeFile); // the last file wins
    auto changes = CollectImport::changes(p, false);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->values.size(), 1);
    EXPECT_DOUBLE_EQ(changes->values.first().value, 41);

    // The planner records a value after the workbook went out: the returned one is a conflict.
    Measurement typed;
    typed.indicatorId = changes->values.first().indicatorId;
    typed.period = QStringLiteral("2024");
    typed.value = 39;
    ASSERT_TRUE(store->upsertMeasurements({typed}).ok());
    p = preview({a});
    ASSERT_EQ(p.count(Outcome::Conflict), 1) << p.toText().toStdString();
    EXPECT_EQ(p.files.first().rows.first().oldText, QStringLiteral("39"));
    p.settleAll(CollectPreviewRow::Resolution::KeepPlan);
    changes = CollectImport::changes(p, false);
    ASSERT_TRUE(changes.ok());
    EXPECT_TRUE(changes->values.isEmpty());
}

TEST_F(Collect, TasksProgressIsImported)
{
    const CollectUnit unit = agency("Sở Thông tin và Truyền thông");
    const QString blank = make(unit);
    const auto sheets = XlsxReader::read(blank);
    ASSERT_TRUE(sheets.ok());
    const WorkbookSheet &tasks = sheets->at(2);
    ASSERT_GE(tasks.rows.size(), 2);
    const QString title = tasks.cell(1, 0);
    const QString s = WorkbookText::tasksSheet() + QLatin1Char('!');
    const QString filled = fill(blank, QStringLiteral("tasks.xlsx"),
                                {{s + QStringLiteral("G2"), WorkbookText::taskStatus(TaskStatus::Done)},
                                 {s + QStringLiteral("I2"), QStringLiteral("2024-11-30")},
                                 {s + QStringLiteral("J2"), QStringLiteral("Quyết định số 12/QĐ-UBND")}});
    CollectPreview p = preview({filled});
    ASSERT_EQ(p.refusedFiles(), 0) << p.toText().toStdString();
    auto changes = CollectImport::changes(p, false);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->tasks.size(), 1) << p.toText().toStdString();
    ASSERT_TRUE(CollectImport::apply(*store, changes.value()).ok());
    for (const Task &t : store->tasks())
        if (t.title == title) {
            EXPECT_EQ(t.status, TaskStatus::Done);
            EXPECT_EQ(t.percentComplete, 100);
            EXPECT_EQ(t.completionDate, QDate(2024, 11, 30));
            EXPECT_EQ(t.output, QStringLiteral("Quyết định số 12/QĐ-UBND"));
        }
    // A percent of 120 is refused at its cell.
    const QString bad = fill(blank, QStringLiteral("tasks-bad.xlsx"), {{s + QStringLiteral("H2"), 120}});
    p = preview({bad});
    EXPECT_TRUE(p.toText().contains(s + QStringLiteral("H2"))) << p.toText().toStdString();
}

TEST_F(Collect, ConvertedByLibreOfficeCalcStillImports)
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "LibreOffice Calc (libreoffice-calc-nogui) is not installed";
    const CollectUnit unit = agency("Sở Thông tin và Truyền thông");
    const QString blank = make(unit);
    const int row = valueRow(blank, QStringLiteral("CQS-04"));
    const QString filled = fill(
        blank, QStringLiteral("filled.xlsx"),
        {{WorkbookText::indicatorsSheet() + QStringLiteral("!H%1").arg(row + 1), QStringLiteral("72,5")}});
    QDir(m_dir.path()).mkpath(QStringLiteral("calc"));
    QProcess p;
    // A profile of its own (never the user's), and a time limit.
    p.start(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo-profile")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("xlsx"),
             QStringLiteral("--outdir"), m_dir.filePath(QStringLiteral("calc")), filled});
    ASSERT_TRUE(p.waitForFinished(180000)) << "LibreOffice did not finish";
    const QString converted = m_dir.filePath(QStringLiteral("calc/filled.xlsx"));
    ASSERT_TRUE(QFileInfo::exists(converted)) << QString::fromUtf8(p.readAllStandardError()).toStdString();
    const CollectPreview preview_ = preview({converted});
    ASSERT_EQ(preview_.refusedFiles(), 0) << preview_.toText().toStdString();
    auto changes = CollectImport::changes(preview_, false);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->values.size(), 1) << preview_.toText().toStdString();
    EXPECT_DOUBLE_EQ(changes->values.first().value, 72.5);
    EXPECT_EQ(changes->values.first().sourceUnit, unit.name);
}

TEST_F(Collect, FilesThatCannotBeImportedGetOneSentence)
{
    const CollectUnit unit = agency("Sở Thông tin và Truyền thông");
    const QString good = make(unit);
    struct Case
    {
        const char *name;
        std::function<QString()> makeFile;
        const char *says;
    };
    auto write = [&](const char *name, const QByteArray &bytes) {
        QFile f(m_dir.filePath(QLatin1String(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    QFile g(good);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    const QByteArray bytes = g.readAll();
    const Case cases[] = {
        {"not a workbook", [&] { return write("notes.xlsx", "just some text"); }, "is not an Excel workbook"},
        {"damaged zip", [&] { return write("damaged.xlsx", bytes.left(bytes.size() / 2)); }, "is damaged"},
        {"encrypted",
         [&] { return write("locked.xlsx", QByteArray::fromHex("D0CF11E0A1B11AE1") + QByteArray(600, 'x')); },
         "password"},
        {"another plan",
         [&] {
             auto other =
                 PlanStore::create(m_dir.filePath(QStringLiteral("other.dxplan")), store_test::samplePlan());
             Plan p = store_test::samplePlan();
             p.code = QStringLiteral("99-NQ/TU");
             EXPECT_TRUE(other.value()->updatePlan(p).ok());
             const CollectSnapshot snapshot = CollectSnapshot::read(*other.value());
             const QString f = m_dir.filePath(QStringLiteral("other-plan.xlsx"));
             EXPECT_TRUE(CollectWorkbookWriter::write(
                             snapshot, {CollectUnit::Kind::Agency, 1, QStringLiteral("X")}, options(), f)
                             .ok());
             return f;
         },
         "was made for another plan"},
        {"another period", [&] { return make(unit, QStringLiteral("2023")); },
         "was made for the period 2023"},
    };
    for (const Case &c : cases) {
        const QString file = c.makeFile();
        const CollectPreview p = preview({file}, QStringLiteral("2024"));
        ASSERT_EQ(p.files.size(), 1);
        EXPECT_TRUE(p.files.first().refusal.contains(QLatin1String(c.says)))
            << c.name << ": " << p.files.first().refusal.toStdString();
        EXPECT_TRUE(p.files.first().rows.isEmpty());
        EXPECT_FALSE(CollectImport::changes(p, false).ok()) << c.name;
    }
    // An entry larger than the limit is refused before it is inflated in full.
    CollectImport::Options small;
    small.limits.maxEntryBytes = 2000;
    const CollectPreview p = CollectImport::preview(CollectSnapshot::read(*store), {good}, small);
    EXPECT_TRUE(p.files.first().refusal.contains(QLatin1String("too large")))
        << p.files.first().refusal.toStdString();
}

// A deterministic fuzz of the reader: bytes of a real workbook flipped, zeroed or cut, thousands of
// times. Each file is read and previewed: a refusal or rows, never a crash, a hang or a write.
TEST_F(Collect, MutatedWorkbooksAreRefusedOrReadNeverCrash)
{
    const QString good = make(agency("Sở Thông tin và Truyền thông"));
    QFile g(good);
    ASSERT_TRUE(g.open(QIODevice::ReadOnly));
    const QByteArray bytes = g.readAll();
    const QString file = m_dir.filePath(QStringLiteral("mutated.xlsx"));
    const CollectSnapshot plan = CollectSnapshot::read(*store);
    const auto before = store->allMeasurements().size();
    quint32 seed = 12345; // a fixed linear congruential sequence: the same files every run
    auto next = [&seed] { return seed = seed * 1664525u + 1013904223u; };
    int refused = 0;
    for (int n = 0; n < 400; ++n) {
        QByteArray m = bytes;
        const int edits = 1 + int(next() % 8);
        for (int e = 0; e < edits; ++e) {
            const int at = int(next() % quint32(m.size()));
            switch (next() % 3) {
            case 0:
                m[at] = char(next() & 0xFF);
                break;
            case 1:
                m[at] = 0;
                break;
            default:
                m.truncate(qMax(1, at));
                break;
            }
        }
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(m);
        out.close();
        const CollectPreview p = CollectImport::preview(plan, {file}, {});
        refused += p.files.first().refusal.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(refused, 0);
    EXPECT_EQ(store->allMeasurements().size(), before);
}

TEST_F(Collect, ExportedWorkbookHoldsEveryTaskTargetValueAndAChartPerIndicator)
{
    const QString file = m_dir.filePath(QStringLiteral("plan.xlsx"));
    ASSERT_TRUE(WorkbookExporter::write(*store, file, QDate(2024, 12, 31)).ok());
    const QJsonObject book = python("inspect_workbook.py", {file});
    auto rows = [&](const QString &sheet) {
        return sheetOf(book, sheet).value(QStringLiteral("rows")).toArray().size() - 1;
    };
    int targets = 0;
    for (const Indicator &i : store->indicators())
        targets += int(i.targets.size());
    EXPECT_EQ(rows(WorkbookText::tasksSheet()), store->tasks().size());
    EXPECT_EQ(rows(WorkbookText::indicatorsSheet()), store->indicators().size());
    EXPECT_EQ(rows(QStringLiteral("Mục tiêu")), targets);
    EXPECT_EQ(rows(QStringLiteral("Số liệu")), store->allMeasurements().size());
    EXPECT_EQ(rows(QStringLiteral("Biểu 01")), store->indicators().size());
    EXPECT_EQ(sheetOf(book, QStringLiteral("Biểu đồ")).value(QStringLiteral("charts")).toInt(),
              store->indicators().size());
    const QJsonObject tasks = sheetOf(book, WorkbookText::tasksSheet());
    EXPECT_EQ(tasks.value(QStringLiteral("frozen")).toString(), QStringLiteral("A2"));
    EXPECT_FALSE(tasks.value(QStringLiteral("autofilter")).toString().isEmpty());
    // The exported workbook's values import back as unchanged.
    const CollectPreview p = preview({file});
    EXPECT_EQ(p.count(Outcome::Unchanged), store->allMeasurements().size()) << p.toText().toStdString();
    EXPECT_EQ(p.writes(), 0);
}

TEST_F(Collect, CsvRoundTripsThroughTheImport)
{
    const QList<Measurement> before = store->allMeasurements();
    ASSERT_FALSE(before.isEmpty());
    const QString file = m_dir.filePath(QStringLiteral("values.csv"));
    ASSERT_TRUE(CsvExporter::write(*store, file, ';').ok());
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("\xEF\xBB\xBF"));
    // Into the same plan: every value is unchanged.
    CollectPreview p = preview({file});
    EXPECT_EQ(p.count(Outcome::Unchanged), before.size()) << p.toText().toStdString();
    // Into the plan without its values: every value comes back, the same.
    ASSERT_TRUE(store->removeMeasurements(before).ok());
    p = preview({file});
    EXPECT_EQ(p.count(Outcome::New), before.size()) << p.toText().toStdString();
    auto changes = CollectImport::changes(p, false);
    ASSERT_TRUE(changes.ok());
    ASSERT_TRUE(CollectImport::apply(*store, changes.value()).ok());
    const QList<Measurement> after = store->allMeasurements();
    ASSERT_EQ(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after.at(i).indicatorId, before.at(i).indicatorId);
        EXPECT_EQ(after.at(i).localityId, before.at(i).localityId);
        EXPECT_EQ(after.at(i).period, before.at(i).period);
        EXPECT_DOUBLE_EQ(after.at(i).value, before.at(i).value);
        EXPECT_EQ(after.at(i).estimate, before.at(i).estimate);
        EXPECT_EQ(after.at(i).source, before.at(i).source);
        EXPECT_EQ(after.at(i).sourceFile, QStringLiteral("values.csv"));
    }
}

} // namespace
} // namespace dx
