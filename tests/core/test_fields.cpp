// SPDX-License-Identifier: GPL-3.0-or-later
// The field vocabulary (domain/Fields.h): each table is complete and in enum order; every TaskField and
// IndicatorField goes store -> change log -> JSON export -> JSON import with its one key and comes back
// equal; text is normalised at the store's door; no other source file spells a field key.
#include "domain/Fields.h"
#include "io/PlanExporter.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"
#include "store_fixtures.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace dx {
namespace {

template <typename E> void expectTableIsComplete(int count)
{
    const auto &rows = FieldTable<E>::rows();
    ASSERT_EQ(rows.size(), count) << FieldTable<E>::entityKey();
    QSet<QString> keys;
    for (int i = 0; i < rows.size(); ++i) {
        EXPECT_EQ(int(rows[i].field), i) << "rows in enum order: " << rows[i].key;
        EXPECT_FALSE(keys.contains(QLatin1String(rows[i].key))) << "duplicate key " << rows[i].key;
        keys.insert(QLatin1String(rows[i].key));
        EXPECT_FALSE(fieldLabel(rows[i].field).isEmpty());
        EXPECT_EQ(fieldFromKey<E>(QLatin1String(rows[i].key)), rows[i].field);
    }
    EXPECT_EQ(FieldSet<E>::all().size(), count);
}

TEST(Fields, EveryTableHasOneRowPerFieldInOrderWithUniqueKeys)
{
    expectTableIsComplete<TaskField>(int(TaskField::Indicators) + 1);
    expectTableIsComplete<GroupField>(int(GroupField::LeadAgency) + 1);
    expectTableIsComplete<IndicatorField>(int(IndicatorField::Groups) + 1);
    expectTableIsComplete<MeasurementField>(int(MeasurementField::RecordedAt) + 1);
    expectTableIsComplete<TargetField>(int(TargetField::Note) + 1);
    expectTableIsComplete<AgencyField>(int(AgencyField::SortOrder) + 1);
    expectTableIsComplete<PersonField>(int(PersonField::Retired) + 1);
    expectTableIsComplete<LocalityField>(int(LocalityField::SortOrder) + 1);
    expectTableIsComplete<PlanField>(int(PlanField::LegalRefs) + 1);
    EXPECT_EQ(fieldFromKey<TaskField>(QStringLiteral("no-such-field")), std::nullopt);
}

struct NormaliseCase
{
    const char *name;
    QString input;
    TextRule rule;
    QString expected;
};

TEST(Fields, TextIsNormalisedByOneRule)
{
    const QString decomposed = QStringLiteral("Sở Thông tin").normalized(QString::NormalizationForm_D);
    const NormaliseCase cases[] = {
        {"NFC", decomposed, TextRule::Line, QStringLiteral("Sở Thông tin")},
        {"line: tabs, breaks and runs", QStringLiteral("  a\tb\r\nc   d  "), TextRule::Line,
         QStringLiteral("a b c d")},
        {"line: no-break space", QStringLiteral("a\u00a0b"), TextRule::Line, QStringLiteral("a b")},
        {"lines keep breaks", QStringLiteral("a\r\nb\rc"), TextRule::Lines, QStringLiteral("a\nb\nc")},
        {"lines trim line ends", QStringLiteral("  a  \nb\t\n\n"), TextRule::Lines, QStringLiteral("a\nb")},
        {"not text is untouched", QStringLiteral(" 1 "), TextRule::NotText, QStringLiteral(" 1 ")},
    };
    for (const auto &c : cases)
        EXPECT_EQ(normalizeText(c.input, c.rule), c.expected) << c.name;
}

TEST(Fields, FieldSetsCompareAndList)
{
    TaskFields f{TaskField::Deadline, TaskField::Title};
    EXPECT_TRUE(f.contains(TaskField::Title));
    EXPECT_FALSE(f.contains(TaskField::Notes));
    EXPECT_EQ(f.toList(), (QList<TaskField>{TaskField::Title, TaskField::Deadline}));
    Task a, b;
    b.deadline = QDate(2025, 12, 31);
    b.notes = QStringLiteral("x");
    EXPECT_EQ(differingFields(a, b), (TaskFields{TaskField::Deadline, TaskField::Notes}));
    EXPECT_EQ(differingFields(a, b, TaskField::Deadline), TaskFields(TaskField::Deadline));
    copyFields(b, a, TaskField::Deadline);
    EXPECT_EQ(a.deadline, b.deadline);
    EXPECT_TRUE(a.notes.isEmpty());
}

/// A bundled plan in a temporary folder, with one task and one indicator to walk fields through.
class FieldWalk : public ::testing::Test
{
protected:
    void SetUp() override
    {
        store_test::ensureCoreApplication();
        ASSERT_TRUE(dir.isValid());
        auto created = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("a.dxplan")),
                                                        QStringLiteral("resolution-06"));
        ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
        store = std::move(created).value();
        Person p;
        p.name = QStringLiteral("Trần Thị Bình");
        personId = store->insertPerson(p).value();
        // The walked task: top level, no sub-tasks, a title no other task has.
        const QList<Task> all = store->tasks();
        for (const Task &t : all)
            if (t.parentId == 0 &&
                std::none_of(all.cbegin(), all.cend(), [&](const Task &c) { return c.parentId == t.id; })) {
                taskId = t.id;
                break;
            }
        Task t = *store->task(taskId);
        t.title = QStringLiteral("Việc đi vòng");
        ASSERT_TRUE(store->updateTask(t).ok());
        indicatorId = store->indicators().first().id;
    }

    /// A value for @p f different from the task's current one, valid in this plan.
    QVariant newTaskValue(TaskField f, const Task &t)
    {
        const QList<Agency> agencies = store->agencies();
        switch (f) {
        case TaskField::Group:
            for (const TaskGroup &g : store->groups())
                if (g.id != t.groupId)
                    return g.id;
            return {};
        case TaskField::Parent:
            for (const Task &o : store->tasks())
                if (o.groupId == t.groupId && o.id != t.id && o.parentId == 0)
                    return o.id;
            return {};
        case TaskField::SortOrder:
            return t.sortOrder + 77;
        case TaskField::Title:
            return QStringLiteral("Việc đi vòng (tên mới)");
        case TaskField::LegalRef:
            return QStringLiteral("Điều 9, khoản 3");
        case TaskField::LeadAgency:
            return agencies.at(agencies.at(0).id == t.leadAgencyId ? 1 : 0).id;
        case TaskField::CooperatingAgencies:
            return QVariant::fromValue(QList<Id>{agencies.at(2).id, agencies.at(3).id});
        case TaskField::Person:
            return personId;
        case TaskField::StartDate:
            return QDate(2021, 4, 1);
        case TaskField::Deadline:
            return QDate(2027, 6, 30);
        case TaskField::Status:
            return int(t.status == TaskStatus::InProgress ? TaskStatus::NotStarted : TaskStatus::InProgress);
        case TaskField::PercentComplete:
            return t.percentComplete == 42 ? 43 : 42;
        case TaskField::CompletionDate:
            return QDate(2026, 2, 14);
        case TaskField::Output:
            return QStringLiteral("Báo cáo\nvà phụ lục");
        case TaskField::Notes:
            return QStringLiteral("Ghi chú: đã họp ngày 5/3");
        case TaskField::Indicators:
            for (const Indicator &i : store->indicators())
                if (!t.indicatorIds.contains(i.id))
                    return QVariant::fromValue(QList<Id>{i.id});
            return {};
        }
        return {};
    }

    /// The value as a reader of another plan can compare it: ids become names and codes.
    static QString portable(const PlanStore &s, const Task &t, TaskField f)
    {
        const auto agency = [&](Id id) {
            for (const Agency &a : s.agencies())
                if (a.id == id)
                    return a.name;
            return QString();
        };
        switch (f) {
        case TaskField::Group:
            return s.group(t.groupId)->title;
        case TaskField::Parent:
            return t.parentId ? s.task(t.parentId)->title : QString();
        case TaskField::LeadAgency:
            return agency(t.leadAgencyId);
        case TaskField::CooperatingAgencies: {
            QStringList names;
            for (Id id : t.cooperatingAgencyIds)
                names << agency(id);
            names.sort();
            return names.join(QLatin1Char('|'));
        }
        case TaskField::Person:
            for (const Person &p : s.persons())
                if (p.id == t.personId)
                    return p.name;
            return {};
        case TaskField::Indicators: {
            QStringList codes;
            for (Id id : t.indicatorIds)
                codes << s.indicator(id)->code;
            return codes.join(QLatin1Char('|'));
        }
        case TaskField::SortOrder:
            return {}; // renumbered on import (positions are kept, not numbers)
        default:
            return fieldLogText(t, f);
        }
    }

    /// Exports the plan, imports the JSON into a new plan file, and returns it.
    std::unique_ptr<PlanStore> roundTrip(const QString &name)
    {
        const QString json = dir.filePath(name + QStringLiteral(".json"));
        QFile f(json);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(PlanExporter::toJson(*store)).toJson());
        f.close();
        auto copy = PlanImporter::createFromTemplate(dir.filePath(name + QStringLiteral(".dxplan")), json);
        EXPECT_TRUE(copy.ok()) << copy.error().message.toStdString();
        return copy.ok() ? std::move(copy).value() : nullptr;
    }

    QTemporaryDir dir;
    std::unique_ptr<PlanStore> store;
    Id taskId = 0, indicatorId = 0, personId = 0;
};

TEST_F(FieldWalk, EveryTaskFieldGoesThroughStoreChangeLogJsonAndBack)
{
    for (TaskField f : TaskFields::all().toList()) {
        SCOPED_TRACE(fieldKey(f).toStdString());
        const Task before = *store->task(taskId);
        const QVariant value = newTaskValue(f, before);
        ASSERT_TRUE(value.isValid());
        Task changed = before;
        setFieldValue(changed, f, value);
        const int logged = store->changeLog().size();
        // Only this field is written: the other fields of the (possibly stale) copy are not.
        ASSERT_TRUE(store->updateTask(changed, f).ok());
        const Task after = *store->task(taskId);
        EXPECT_EQ(fieldLogText(after, f), fieldLogText(changed, f));
        EXPECT_EQ(differingFields(before, after), TaskFields(f)) << "no other field changed";

        const QList<ChangeLogEntry> log = store->changeLog(QStringLiteral("task"), taskId);
        ASSERT_EQ(store->changeLog().size(), logged + 1);
        EXPECT_EQ(log.first().field, fieldKey(f));
        EXPECT_EQ(log.first().oldValue, fieldLogText(before, f));
        EXPECT_EQ(log.first().newValue, fieldLogText(after, f));

        const QJsonObject exported = PlanExporter::toJson(*store);
        if (f != TaskField::SortOrder) { // the JSON keeps the order as the order of the array
            EXPECT_TRUE(QJsonDocument(exported).toJson().contains(fieldKey(f).toUtf8()));
        }
        auto copy = roundTrip(QStringLiteral("walk-%1").arg(fieldKey(f)));
        ASSERT_NE(copy, nullptr);
        const QString title = after.title;
        const QList<Task> copied = copy->tasks();
        const auto match =
            std::find_if(copied.cbegin(), copied.cend(), [&](const Task &t) { return t.title == title; });
        ASSERT_NE(match, copied.cend());
        EXPECT_EQ(portable(*copy, *match, f), portable(*store, after, f));
    }
}

TEST_F(FieldWalk, EveryIndicatorFieldGoesThroughStoreChangeLogJsonAndBack)
{
    for (IndicatorField f : IndicatorFields::all().toList()) {
        SCOPED_TRACE(fieldKey(f).toStdString());
        const Indicator before = *store->indicator(indicatorId);
        Indicator changed = before;
        switch (f) {
        case IndicatorField::SortOrder:
            changed.sortOrder += 50;
            break;
        case IndicatorField::Code:
            changed.code = QStringLiteral("TEST-99");
            break;
        case IndicatorField::Kind: // a kind every recorded value of a share also fits
            changed.kind = before.kind == IndicatorKind::Count ? IndicatorKind::Share : IndicatorKind::Count;
            break;
        case IndicatorField::Direction:
            changed.direction =
                before.direction == Direction::Increase ? Direction::Decrease : Direction::Increase;
            break;
        case IndicatorField::BaselinePeriod:
            changed.baselinePeriod = QStringLiteral("2019");
            break;
        case IndicatorField::BaselineValue:
            changed.baselineValue = 12.5;
            break;
        case IndicatorField::Scope:
            changed.scope = before.scope == Scope::Plan ? Scope::Localities : Scope::Plan;
            break;
        case IndicatorField::Localities:
            changed.localityIds = {store->localities().at(1).id};
            break;
        case IndicatorField::OwnerAgency:
            changed.ownerAgencyId = store->agencies().at(4).id;
            break;
        case IndicatorField::StageNames:
            changed.stageNames = {QStringLiteral("Bắt đầu"), QStringLiteral("Hoàn thành")};
            break;
        case IndicatorField::RankOutOf:
            changed.rankOutOf = before.rankOutOf == 63 ? 64 : 63;
            break;
        case IndicatorField::Targets: {
            Target t;
            t.year = 2030;
            t.comparison = Comparison::AtLeast;
            t.value = 95;
            changed.targets = {t};
            break;
        }
        case IndicatorField::Groups:
            changed.groupIds = {store->groups().at(2).id};
            break;
        default: // the texts
            setFieldValue(changed, f, QStringLiteral("Giá trị mới của %1").arg(fieldKey(f)));
        }
        ASSERT_TRUE(store->updateIndicator(changed).ok());
        const Indicator after = *store->indicator(indicatorId);
        EXPECT_EQ(fieldLogText(after, f), fieldLogText(changed, f));
        const QList<ChangeLogEntry> log = store->changeLog(QStringLiteral("indicator"), indicatorId);
        ASSERT_FALSE(log.isEmpty());
        EXPECT_EQ(log.first().field, fieldKey(f));
        EXPECT_EQ(log.first().newValue, fieldLogText(after, f));

        auto copy = roundTrip(QStringLiteral("walk-i-%1").arg(fieldKey(f)));
        ASSERT_NE(copy, nullptr);
        const QList<Indicator> copied = copy->indicators();
        const auto match = std::find_if(copied.cbegin(), copied.cend(),
                                        [&](const Indicator &i) { return i.code == after.code; });
        ASSERT_NE(match, copied.cend()) << after.code.toStdString();
        switch (f) { // references are renumbered by the import: compare what they name
        case IndicatorField::SortOrder:
            break;
        case IndicatorField::Localities:
            EXPECT_EQ(copy->localities().at(1).name, store->localities().at(1).name);
            EXPECT_EQ(match->localityIds.size(), 1);
            break;
        case IndicatorField::OwnerAgency:
        case IndicatorField::Groups:
        case IndicatorField::Targets:
            EXPECT_EQ(match->groupIds.size(), after.groupIds.size());
            EXPECT_EQ(match->targets.size(), after.targets.size());
            EXPECT_EQ(match->ownerAgencyId != 0, after.ownerAgencyId != 0);
            break;
        default:
            EXPECT_EQ(fieldLogText(*match, f), fieldLogText(after, f));
        }
    }
}

TEST_F(FieldWalk, TextIsNormalisedWhereEveryWritePasses)
{
    Task t = *store->task(taskId);
    t.title = QStringLiteral("  Xây dựng\tcơ sở\n dữ liệu  ").normalized(QString::NormalizationForm_D);
    t.notes = QStringLiteral("dòng 1  \r\ndòng 2\n\n").normalized(QString::NormalizationForm_D);
    ASSERT_TRUE(store->updateTask(t).ok());
    EXPECT_EQ(store->task(taskId)->title, QStringLiteral("Xây dựng cơ sở dữ liệu"));
    EXPECT_EQ(store->task(taskId)->notes, QStringLiteral("dòng 1\ndòng 2"));
    Agency a;
    a.name = QStringLiteral(" Sở  Y tế ").normalized(QString::NormalizationForm_D);
    const Id id = store->insertAgency(a).value();
    for (const Agency &x : store->agencies()) {
        if (x.id == id) {
            EXPECT_EQ(x.name, QStringLiteral("Sở Y tế"));
        }
    }
    // A name made only of white space is refused, whatever kind of white space.
    t.title = QStringLiteral("\t\u00a0\n");
    EXPECT_FALSE(store->updateTask(t).ok());
}

/// Files allowed to spell a field key, and why.
struct Allowed
{
    const char *file;
    const char *key;
    const char *why;
};

TEST(Fields, NoOtherSourceFileSpellsATaskOrIndicatorFieldKey)
{
    const QString root = qEnvironmentVariable("DX_SOURCE_DIR");
    ASSERT_FALSE(root.isEmpty());
    const Allowed allowed[] = {
        {"core/domain/Fields.cpp", "*", "the tables themselves"},
        {"core/domain/Fields.h", "*", "the entity keys and the header's own documentation"},
        {"app/CommandLine.cpp", "name", "the value name of a command-line option in --help"},
        {"core/store/Schema.cpp", "*", "SQL column names in the schema's constraint list"},
        {"core/store/StaleCheck.cpp", "*",
         "SQL table and column names (person, title, name) it reads names from"},
        {"core/domain/Enums.cpp", "localities", "the storage key of Scope::Localities"},
        {"core/report/ReportSettings.cpp", "targets", "the key of a report part (the targets table)"},
        {"core/report/StatusReport.cpp", "status",
         "the status command's JSON: an indicator's assessed status"},
        {"app/CommandLine.cpp", "status", "the name of the status command"},
        {"core/io/JsonFormat.h", "*", "the JSON document's collection names (indicators, groups, ...)"},
        {"core/domain/ChangeLogEntry.h", "group", "a comment listing entity names"},
        {"core/io/XlsxReader.cpp", "name", "the XML attribute of a workbook's <sheet>"},
        {"core/io/ReportDocxWriter.cpp", "name",
         "Office Open XML element and attribute names (w:name, name=)"},
        {"core/io/DocxParts.cpp", "name", "Office Open XML element and attribute names (w:name, name=)"},
        {"core/io/DocxParts.cpp", "title", "the Dublin Core element dc:title of the document's properties"},
        {"core/io/CollectKeys.cpp", "unit", "a line name of a collection workbook's hidden keys sheet"},
        {"core/io/CollectImport.cpp", "code", "an English header the long-form CSV import accepts"},
        {"core/io/CollectPreview.cpp", "unit", "a key of the import summary's JSON"},
        {"app/CollectCommands.cpp", "*", "command-line option and value names (--unit, --status, <name>)"},
        {"core/report/IssuedSnapshot.cpp", "*",
         "the issued reports' frozen JSON keys (docs/plan-file.md): a renamed field must not break them"},
    };
    QSet<QString> keys;
    for (const auto &r : FieldTable<TaskField>::rows())
        keys.insert(QLatin1String(r.key));
    for (const auto &r : FieldTable<IndicatorField>::rows())
        keys.insert(QLatin1String(r.key));
    QStringList offences;
    for (const char *folder : {"core", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = path.mid(root.size() + 1);
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            static const QRegularExpression literal(QStringLiteral("\"([A-Za-z]+)\""));
            for (auto m = literal.globalMatch(text); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                const QString k = hit.captured(1);
                // A word for people (tr("person")) is not a key.
                if (!keys.contains(k) ||
                    text.mid(qMax(0, int(hit.capturedStart()) - 3), 3) == QLatin1String("tr("))
                    continue;
                const bool ok = std::any_of(std::begin(allowed), std::end(allowed), [&](const Allowed &a) {
                    return rel == QLatin1String(a.file) &&
                           (QLatin1String(a.key) == QLatin1String("*") || k == QLatin1String(a.key));
                });
                if (!ok)
                    offences << rel + QLatin1Char(':') + k;
            }
        }
    }
    EXPECT_TRUE(offences.isEmpty()) << offences.join(QLatin1String(", ")).toStdString();
}

} // namespace
} // namespace dx
