// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dx {
namespace {

// Accessors by the type of the member; QVariant carries ids as qlonglong, lists of ids as QList<Id>.
QVariant ids(const QList<Id> &list)
{
    return QVariant::fromValue(list);
}
QList<Id> toIds(const QVariant &v)
{
    return v.value<QList<Id>>();
}
QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}

QString targetsText(const QList<Target> &targets)
{
    QStringList s;
    for (const Target &t : targets)
        s << QStringLiteral("%1%2%3%4")
                 .arg(t.year)
                 .arg(comparisonSymbol(t.comparison))
                 .arg(t.value)
                 .arg(t.localityId ? QStringLiteral("@%1").arg(t.localityId) : QString());
    return s.join(QLatin1Char(' '));
}

QString yearsText(const QList<int> &years)
{
    QStringList s;
    for (int y : years)
        s << QString::number(y);
    return s.join(QLatin1Char(','));
}

} // namespace

QString fieldLabelText(const char *label)
{
    return QCoreApplication::translate("dx::Fields", label);
}

QString variantLogText(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return {};
    switch (v.metaType().id()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODate);
    case QMetaType::Bool:
        return QString::number(v.toBool() ? 1 : 0);
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QMetaType::QStringList:
        return v.toStringList().join(QLatin1Char('\n'));
    default:
        break;
    }
    if (v.metaType() == QMetaType::fromType<QList<Id>>()) {
        QStringList s;
        for (Id id : toIds(v))
            s << QString::number(id);
        return s.join(QLatin1Char(','));
    }
    return v.toString();
}

QString rowLogText(const Task &task)
{
    QJsonObject row;
    for (TaskField f : TaskFields::all().toList())
        row.insert(fieldKey(f), fieldLogText(task, f));
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QString normalizeText(const QString &text, TextRule rule)
{
    if (rule == TextRule::NotText)
        return text;
    QString s = text.normalized(QString::NormalizationForm_C);
    if (rule == TextRule::Line) {
        // One line: every kind of white space (tabs, line breaks, no-break spaces) becomes one space.
        static const QRegularExpression space(QStringLiteral("\\s+"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        return s.replace(space, QStringLiteral(" ")).trimmed();
    }
    s.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression trailing(QStringLiteral("[ \\t\\x{00A0}]+\\n"));
    s.replace(trailing, QStringLiteral("\n"));
    return s.trimmed();
}

// ---- the tables: rows in enum order (checked by tests/core/test_fields.cpp) ---------------------------

const QList<FieldSpec<Task, TaskField>> &FieldTable<TaskField>::rows()
{
    using F = TaskField;
    static const QList<FieldSpec<Task, TaskField>> table{
        {F::Group, "group", QT_TRANSLATE_NOOP("dx::Fields", "Group"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.groupId); },
         [](Task &t, const QVariant &v) { t.groupId = v.toLongLong(); }},
        {F::Parent, "parent", QT_TRANSLATE_NOOP("dx::Fields", "Parent task"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.parentId); },
         [](Task &t, const QVariant &v) { t.parentId = v.toLongLong(); }},
        {F::SortOrder, "sortOrder", QT_TRANSLATE_NOOP("dx::Fields", "Order"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.sortOrder); },
         [](Task &t, const QVariant &v) { t.sortOrder = v.toInt(); }},
        {F::Title, "title", QT_TRANSLATE_NOOP("dx::Fields", "Title"), TextRule::Line,
         [](const Task &t) { return QVariant(t.title); },
         [](Task &t, const QVariant &v) { t.title = v.toString(); }},
        {F::LegalRef, "legalRef", QT_TRANSLATE_NOOP("dx::Fields", "Legal reference"), TextRule::Line,
         [](const Task &t) { return QVariant(t.legalRef); },
         [](Task &t, const QVariant &v) { t.legalRef = v.toString(); }},
        {F::LeadAgency, "leadAgency", QT_TRANSLATE_NOOP("dx::Fields", "Lead agency"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.leadAgencyId); },
         [](Task &t, const QVariant &v) { t.leadAgencyId = v.toLongLong(); }},
        {F::CooperatingAgencies, "cooperatingAgencies",
         QT_TRANSLATE_NOOP("dx::Fields", "Cooperating agencies"), TextRule::NotText,
         [](const Task &t) { return ids(t.cooperatingAgencyIds); },
         [](Task &t, const QVariant &v) { t.cooperatingAgencyIds = toIds(v); }},
        {F::Person, "person", QT_TRANSLATE_NOOP("dx::Fields", "Responsible"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.personId); },
         [](Task &t, const QVariant &v) { t.personId = v.toLongLong(); }},
        {F::StartDate, "startDate", QT_TRANSLATE_NOOP("dx::Fields", "Start"), TextRule::NotText,
         [](const Task &t) { return date(t.startDate); },
         [](Task &t, const QVariant &v) { t.startDate = v.toDate(); }},
        {F::Deadline, "deadline", QT_TRANSLATE_NOOP("dx::Fields", "Deadline"), TextRule::NotText,
         [](const Task &t) { return date(t.deadline); },
         [](Task &t, const QVariant &v) { t.deadline = v.toDate(); }},
        {F::Status, "status", QT_TRANSLATE_NOOP("dx::Fields", "Status"), TextRule::NotText,
         [](const Task &t) { return QVariant(int(t.status)); },
         [](Task &t, const QVariant &v) { t.status = TaskStatus(v.toInt()); },
         [](const Task &t) { return toKey(t.status); }},
        {F::PercentComplete, "percentComplete", QT_TRANSLATE_NOOP("dx::Fields", "Percent done"),
         TextRule::NotText, [](const Task &t) { return QVariant(t.percentComplete); },
         [](Task &t, const QVariant &v) { t.percentComplete = v.toInt(); }},
        {F::CompletionDate, "completionDate", QT_TRANSLATE_NOOP("dx::Fields", "Completed on"),
         TextRule::NotText, [](const Task &t) { return date(t.completionDate); },
         [](Task &t, const QVariant &v) { t.completionDate = v.toDate(); }},
        {F::Output, "output", QT_TRANSLATE_NOOP("dx::Fields", "Output"), TextRule::Lines,
         [](const Task &t) { return QVariant(t.output); },
         [](Task &t, const QVariant &v) { t.output = v.toString(); }},
        {F::Notes, "notes", QT_TRANSLATE_NOOP("dx::Fields", "Notes"), TextRule::Lines,
         [](const Task &t) { return QVariant(t.notes); },
         [](Task &t, const QVariant &v) { t.notes = v.toString(); }},
        {F::Indicators, "indicators", QT_TRANSLATE_NOOP("dx::Fields", "Indicators"), TextRule::NotText,
         [](const Task &t) { return ids(t.indicatorIds); },
         [](Task &t, const QVariant &v) { t.indicatorIds = toIds(v); }},
    };
    return table;
}

const QList<FieldSpec<TaskGroup, GroupField>> &FieldTable<GroupField>::rows()
{
    using F = GroupField;
    using G = TaskGroup;
    static const QList<FieldSpec<G, F>> table{
        {F::SortOrder, "sortOrder", QT_TRANSLATE_NOOP("dx::Fields", "Order"), TextRule::NotText,
         [](const G &g) { return QVariant(g.sortOrder); },
         [](G &g, const QVariant &v) { g.sortOrder = v.toInt(); }},
        {F::Title, "title", QT_TRANSLATE_NOOP("dx::Fields", "Title"), TextRule::Line,
         [](const G &g) { return QVariant(g.title); },
         [](G &g, const QVariant &v) { g.title = v.toString(); }},
        {F::TitleEn, "titleEn", QT_TRANSLATE_NOOP("dx::Fields", "English title"), TextRule::Line,
         [](const G &g) { return QVariant(g.titleEn); },
         [](G &g, const QVariant &v) { g.titleEn = v.toString(); }},
        {F::Description, "description", QT_TRANSLATE_NOOP("dx::Fields", "Description"), TextRule::Lines,
         [](const G &g) { return QVariant(g.description); },
         [](G &g, const QVariant &v) { g.description = v.toString(); }},
        {F::LeadAgency, "leadAgency", QT_TRANSLATE_NOOP("dx::Fields", "Lead agency"), TextRule::NotText,
         [](const G &g) { return QVariant(g.leadAgencyId); },
         [](G &g, const QVariant &v) { g.leadAgencyId = v.toLongLong(); }},
    };
    return table;
}

const QList<FieldSpec<Indicator, IndicatorField>> &FieldTable<IndicatorField>::rows()
{
    using F = IndicatorField;
    using I = Indicator;
    static const QList<FieldSpec<I, F>> table{
        {F::SortOrder, "sortOrder", QT_TRANSLATE_NOOP("dx::Fields", "Order"), TextRule::NotText,
         [](const I &i) { return QVariant(i.sortOrder); },
         [](I &i, const QVariant &v) { i.sortOrder = v.toInt(); }},
        {F::Code, "code", QT_TRANSLATE_NOOP("dx::Fields", "Code"), TextRule::Line,
         [](const I &i) { return QVariant(i.code); }, [](I &i, const QVariant &v) { i.code = v.toString(); }},
        {F::Name, "name", QT_TRANSLATE_NOOP("dx::Fields", "Name"), TextRule::Line,
         [](const I &i) { return QVariant(i.name); }, [](I &i, const QVariant &v) { i.name = v.toString(); }},
        {F::NameEn, "nameEn", QT_TRANSLATE_NOOP("dx::Fields", "English name"), TextRule::Line,
         [](const I &i) { return QVariant(i.nameEn); },
         [](I &i, const QVariant &v) { i.nameEn = v.toString(); }},
        {F::Unit, "unit", QT_TRANSLATE_NOOP("dx::Fields", "Unit"), TextRule::Line,
         [](const I &i) { return QVariant(i.unit); }, [](I &i, const QVariant &v) { i.unit = v.toString(); }},
        {F::UnitEn, "unitEn", QT_TRANSLATE_NOOP("dx::Fields", "English unit"), TextRule::Line,
         [](const I &i) { return QVariant(i.unitEn); },
         [](I &i, const QVariant &v) { i.unitEn = v.toString(); }},
        {F::Kind, "kind", QT_TRANSLATE_NOOP("dx::Fields", "Kind"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.kind)); },
         [](I &i, const QVariant &v) { i.kind = IndicatorKind(v.toInt()); },
         [](const I &i) { return toKey(i.kind); }},
        {F::Direction, "direction", QT_TRANSLATE_NOOP("dx::Fields", "Direction"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.direction)); },
         [](I &i, const QVariant &v) { i.direction = Direction(v.toInt()); },
         [](const I &i) { return toKey(i.direction); }},
        {F::BaselinePeriod, "baselinePeriod", QT_TRANSLATE_NOOP("dx::Fields", "Baseline period"),
         TextRule::Line, [](const I &i) { return QVariant(i.baselinePeriod); },
         [](I &i, const QVariant &v) { i.baselinePeriod = v.toString(); }},
        {F::BaselineValue, "baselineValue", QT_TRANSLATE_NOOP("dx::Fields", "Baseline value"),
         TextRule::NotText,
         [](const I &i) { return i.baselineValue ? QVariant(*i.baselineValue) : QVariant(); },
         [](I &i, const QVariant &v) {
             i.baselineValue =
                 v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
         }},
        {F::Scope, "scope", QT_TRANSLATE_NOOP("dx::Fields", "Scope"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.scope)); },
         [](I &i, const QVariant &v) { i.scope = Scope(v.toInt()); },
         [](const I &i) { return toKey(i.scope); }},
        {F::Localities, "localities", QT_TRANSLATE_NOOP("dx::Fields", "Localities"), TextRule::NotText,
         [](const I &i) { return ids(i.localityIds); },
         [](I &i, const QVariant &v) { i.localityIds = toIds(v); }},
        {F::OwnerAgency, "ownerAgency", QT_TRANSLATE_NOOP("dx::Fields", "Reporting agency"),
         TextRule::NotText, [](const I &i) { return QVariant(i.ownerAgencyId); },
         [](I &i, const QVariant &v) { i.ownerAgencyId = v.toLongLong(); }},
        {F::DataSource, "dataSource", QT_TRANSLATE_NOOP("dx::Fields", "Data source"), TextRule::Line,
         [](const I &i) { return QVariant(i.dataSource); },
         [](I &i, const QVariant &v) { i.dataSource = v.toString(); }},
        {F::StageNames, "stageNames", QT_TRANSLATE_NOOP("dx::Fields", "Stage names"), TextRule::NotText,
         [](const I &i) { return QVariant(i.stageNames); },
         [](I &i, const QVariant &v) { i.stageNames = v.toStringList(); }},
        {F::RankOutOf, "rankOutOf", QT_TRANSLATE_NOOP("dx::Fields", "Ranked units"), TextRule::NotText,
         [](const I &i) { return QVariant(i.rankOutOf); },
         [](I &i, const QVariant &v) { i.rankOutOf = v.toInt(); }},
        {F::Notes, "notes", QT_TRANSLATE_NOOP("dx::Fields", "Notes"), TextRule::Lines,
         [](const I &i) { return QVariant(i.notes); },
         [](I &i, const QVariant &v) { i.notes = v.toString(); }},
        {F::Targets, "targets", QT_TRANSLATE_NOOP("dx::Fields", "Targets"), TextRule::NotText,
         [](const I &i) { return QVariant::fromValue(i.targets); },
         [](I &i, const QVariant &v) { i.targets = v.value<QList<Target>>(); },
         [](const I &i) { return targetsText(i.targets); }},
        {F::Groups, "groups", QT_TRANSLATE_NOOP("dx::Fields", "Task groups"), TextRule::NotText,
         [](const I &i) { return ids(i.groupIds); }, [](I &i, const QVariant &v) { i.groupIds = toIds(v); }},
    };
    return table;
}

const QList<FieldSpec<Measurement, MeasurementField>> &FieldTable<MeasurementField>::rows()
{
    using F = MeasurementField;
    using M = Measurement;
    static const QList<FieldSpec<M, F>> table{
        {F::Indicator, "indicator", QT_TRANSLATE_NOOP("dx::Fields", "Indicator"), TextRule::NotText,
         [](const M &m) { return QVariant(m.indicatorId); },
         [](M &m, const QVariant &v) { m.indicatorId = v.toLongLong(); }},
        {F::Locality, "locality", QT_TRANSLATE_NOOP("dx::Fields", "Locality"), TextRule::NotText,
         [](const M &m) { return QVariant(m.localityId); },
         [](M &m, const QVariant &v) { m.localityId = v.toLongLong(); }},
        {F::Period, "period", QT_TRANSLATE_NOOP("dx::Fields", "Period"), TextRule::Line,
         [](const M &m) { return QVariant(m.period); },
         [](M &m, const QVariant &v) { m.period = v.toString(); }},
        {F::Value, "value", QT_TRANSLATE_NOOP("dx::Fields", "Value"), TextRule::NotText,
         [](const M &m) { return QVariant(m.value); },
         [](M &m, const QVariant &v) { m.value = v.toDouble(); }},
        {F::Estimate, "estimate", QT_TRANSLATE_NOOP("dx::Fields", "Estimate"), TextRule::NotText,
         [](const M &m) { return QVariant(m.estimate); },
         [](M &m, const QVariant &v) { m.estimate = v.toBool(); }},
        {F::Source, "source", QT_TRANSLATE_NOOP("dx::Fields", "Source"), TextRule::Line,
         [](const M &m) { return QVariant(m.source); },
         [](M &m, const QVariant &v) { m.source = v.toString(); }},
        {F::Note, "note", QT_TRANSLATE_NOOP("dx::Fields", "Note"), TextRule::Lines,
         [](const M &m) { return QVariant(m.note); }, [](M &m, const QVariant &v) { m.note = v.toString(); }},
        {F::RecordedBy, "recordedBy", QT_TRANSLATE_NOOP("dx::Fields", "Recorded by"), TextRule::Line,
         [](const M &m) { return QVariant(m.recordedBy); },
         [](M &m, const QVariant &v) { m.recordedBy = v.toString(); }},
        {F::RecordedAt, "recordedAt", QT_TRANSLATE_NOOP("dx::Fields", "Recorded at"), TextRule::NotText,
         [](const M &m) { return m.recordedAt.isValid() ? QVariant(m.recordedAt) : QVariant(); },
         [](M &m, const QVariant &v) { m.recordedAt = v.toDateTime(); }},
    };
    return table;
}

const QList<FieldSpec<Target, TargetField>> &FieldTable<TargetField>::rows()
{
    using F = TargetField;
    using T = Target;
    static const QList<FieldSpec<T, F>> table{
        {F::Year, "year", QT_TRANSLATE_NOOP("dx::Fields", "Year"), TextRule::NotText,
         [](const T &t) { return QVariant(t.year); }, [](T &t, const QVariant &v) { t.year = v.toInt(); }},
        {F::Comparison, "comparison", QT_TRANSLATE_NOOP("dx::Fields", "Comparison"), TextRule::NotText,
         [](const T &t) { return QVariant(int(t.comparison)); },
         [](T &t, const QVariant &v) { t.comparison = Comparison(v.toInt()); },
         [](const T &t) { return comparisonSymbol(t.comparison); }},
        {F::Value, "value", QT_TRANSLATE_NOOP("dx::Fields", "Value"), TextRule::NotText,
         [](const T &t) { return QVariant(t.value); },
         [](T &t, const QVariant &v) { t.value = v.toDouble(); }},
        {F::Locality, "locality", QT_TRANSLATE_NOOP("dx::Fields", "Locality"), TextRule::NotText,
         [](const T &t) { return QVariant(t.localityId); },
         [](T &t, const QVariant &v) { t.localityId = v.toLongLong(); }},
        {F::Note, "note", QT_TRANSLATE_NOOP("dx::Fields", "Note"), TextRule::Line,
         [](const T &t) { return QVariant(t.note); }, [](T &t, const QVariant &v) { t.note = v.toString(); }},
    };
    return table;
}

const QList<FieldSpec<Agency, AgencyField>> &FieldTable<AgencyField>::rows()
{
    using F = AgencyField;
    using A = Agency;
    static const QList<FieldSpec<A, F>> table{
        {F::Name, "name", QT_TRANSLATE_NOOP("dx::Fields", "Name"), TextRule::Line,
         [](const A &a) { return QVariant(a.name); }, [](A &a, const QVariant &v) { a.name = v.toString(); }},
        {F::ShortName, "shortName", QT_TRANSLATE_NOOP("dx::Fields", "Short name"), TextRule::Line,
         [](const A &a) { return QVariant(a.shortName); },
         [](A &a, const QVariant &v) { a.shortName = v.toString(); }},
        {F::NameEn, "nameEn", QT_TRANSLATE_NOOP("dx::Fields", "English name"), TextRule::Line,
         [](const A &a) { return QVariant(a.nameEn); },
         [](A &a, const QVariant &v) { a.nameEn = v.toString(); }},
        {F::Locality, "locality", QT_TRANSLATE_NOOP("dx::Fields", "Locality"), TextRule::NotText,
         [](const A &a) { return QVariant(a.localityId); },
         [](A &a, const QVariant &v) { a.localityId = v.toLongLong(); }},
        {F::Retired, "retired", QT_TRANSLATE_NOOP("dx::Fields", "Retired"), TextRule::NotText,
         [](const A &a) { return QVariant(a.retired); },
         [](A &a, const QVariant &v) { a.retired = v.toBool(); }},
        {F::SortOrder, "sortOrder", QT_TRANSLATE_NOOP("dx::Fields", "Order"), TextRule::NotText,
         [](const A &a) { return QVariant(a.sortOrder); },
         [](A &a, const QVariant &v) { a.sortOrder = v.toInt(); }},
    };
    return table;
}

const QList<FieldSpec<Person, PersonField>> &FieldTable<PersonField>::rows()
{
    using F = PersonField;
    using P = Person;
    static const QList<FieldSpec<P, F>> table{
        {F::Name, "name", QT_TRANSLATE_NOOP("dx::Fields", "Name"), TextRule::Line,
         [](const P &p) { return QVariant(p.name); }, [](P &p, const QVariant &v) { p.name = v.toString(); }},
        {F::Agency, "agency", QT_TRANSLATE_NOOP("dx::Fields", "Agency"), TextRule::NotText,
         [](const P &p) { return QVariant(p.agencyId); },
         [](P &p, const QVariant &v) { p.agencyId = v.toLongLong(); }},
        {F::Position, "position", QT_TRANSLATE_NOOP("dx::Fields", "Position"), TextRule::Line,
         [](const P &p) { return QVariant(p.position); },
         [](P &p, const QVariant &v) { p.position = v.toString(); }},
        {F::Email, "email", QT_TRANSLATE_NOOP("dx::Fields", "E-mail"), TextRule::Line,
         [](const P &p) { return QVariant(p.email); },
         [](P &p, const QVariant &v) { p.email = v.toString(); }},
        {F::Phone, "phone", QT_TRANSLATE_NOOP("dx::Fields", "Phone"), TextRule::Line,
         [](const P &p) { return QVariant(p.phone); },
         [](P &p, const QVariant &v) { p.phone = v.toString(); }},
        {F::Retired, "retired", QT_TRANSLATE_NOOP("dx::Fields", "Retired"), TextRule::NotText,
         [](const P &p) { return QVariant(p.retired); },
         [](P &p, const QVariant &v) { p.retired = v.toBool(); }},
    };
    return table;
}

const QList<FieldSpec<Locality, LocalityField>> &FieldTable<LocalityField>::rows()
{
    using F = LocalityField;
    using L = Locality;
    static const QList<FieldSpec<L, F>> table{
        {F::Code, "code", QT_TRANSLATE_NOOP("dx::Fields", "Code"), TextRule::Line,
         [](const L &l) { return QVariant(l.code); }, [](L &l, const QVariant &v) { l.code = v.toString(); }},
        {F::Name, "name", QT_TRANSLATE_NOOP("dx::Fields", "Name"), TextRule::Line,
         [](const L &l) { return QVariant(l.name); }, [](L &l, const QVariant &v) { l.name = v.toString(); }},
        {F::NameEn, "nameEn", QT_TRANSLATE_NOOP("dx::Fields", "English name"), TextRule::Line,
         [](const L &l) { return QVariant(l.nameEn); },
         [](L &l, const QVariant &v) { l.nameEn = v.toString(); }},
        {F::Kind, "kind", QT_TRANSLATE_NOOP("dx::Fields", "Kind"), TextRule::NotText,
         [](const L &l) { return QVariant(int(l.kind)); },
         [](L &l, const QVariant &v) { l.kind = LocalityKind(v.toInt()); },
         [](const L &l) { return toKey(l.kind); }},
        {F::Parent, "parent", QT_TRANSLATE_NOOP("dx::Fields", "Part of"), TextRule::NotText,
         [](const L &l) { return QVariant(l.parentId); },
         [](L &l, const QVariant &v) { l.parentId = v.toLongLong(); }},
        {F::SortOrder, "sortOrder", QT_TRANSLATE_NOOP("dx::Fields", "Order"), TextRule::NotText,
         [](const L &l) { return QVariant(l.sortOrder); },
         [](L &l, const QVariant &v) { l.sortOrder = v.toInt(); }},
    };
    return table;
}

const QList<FieldSpec<Plan, PlanField>> &FieldTable<PlanField>::rows()
{
    using F = PlanField;
    using P = Plan;
    static const QList<FieldSpec<P, F>> table{
        {F::Code, "code", QT_TRANSLATE_NOOP("dx::Fields", "Document number"), TextRule::Line,
         [](const P &p) { return QVariant(p.code); }, [](P &p, const QVariant &v) { p.code = v.toString(); }},
        {F::Title, "title", QT_TRANSLATE_NOOP("dx::Fields", "Title"), TextRule::Line,
         [](const P &p) { return QVariant(p.title); },
         [](P &p, const QVariant &v) { p.title = v.toString(); }},
        {F::TitleEn, "titleEn", QT_TRANSLATE_NOOP("dx::Fields", "English title"), TextRule::Line,
         [](const P &p) { return QVariant(p.titleEn); },
         [](P &p, const QVariant &v) { p.titleEn = v.toString(); }},
        {F::DocType, "docType", QT_TRANSLATE_NOOP("dx::Fields", "Kind of document"), TextRule::Line,
         [](const P &p) { return QVariant(p.docType); },
         [](P &p, const QVariant &v) { p.docType = v.toString(); }},
        {F::Issuer, "issuer", QT_TRANSLATE_NOOP("dx::Fields", "Issued by"), TextRule::Line,
         [](const P &p) { return QVariant(p.issuer); },
         [](P &p, const QVariant &v) { p.issuer = v.toString(); }},
        {F::IssueDate, "issueDate", QT_TRANSLATE_NOOP("dx::Fields", "Issued on"), TextRule::NotText,
         [](const P &p) { return date(p.issueDate); },
         [](P &p, const QVariant &v) { p.issueDate = v.toDate(); }},
        {F::Place, "place", QT_TRANSLATE_NOOP("dx::Fields", "Place"), TextRule::Line,
         [](const P &p) { return QVariant(p.place); },
         [](P &p, const QVariant &v) { p.place = v.toString(); }},
        {F::StartYear, "startYear", QT_TRANSLATE_NOOP("dx::Fields", "First year"), TextRule::NotText,
         [](const P &p) { return QVariant(p.startYear); },
         [](P &p, const QVariant &v) { p.startYear = v.toInt(); }},
        {F::EndYear, "endYear", QT_TRANSLATE_NOOP("dx::Fields", "Last year"), TextRule::NotText,
         [](const P &p) { return QVariant(p.endYear); },
         [](P &p, const QVariant &v) { p.endYear = v.toInt(); }},
        {F::MilestoneYears, "milestoneYears", QT_TRANSLATE_NOOP("dx::Fields", "Milestone years"),
         TextRule::NotText, [](const P &p) { return QVariant::fromValue(p.milestoneYears); },
         [](P &p, const QVariant &v) { p.milestoneYears = v.value<QList<int>>(); },
         [](const P &p) { return yearsText(p.milestoneYears); }},
        {F::Summary, "summary", QT_TRANSLATE_NOOP("dx::Fields", "Summary"), TextRule::Lines,
         [](const P &p) { return QVariant(p.summary); },
         [](P &p, const QVariant &v) { p.summary = v.toString(); }},
        {F::LegalRefs, "legalRefs", QT_TRANSLATE_NOOP("dx::Fields", "Implementing documents"),
         TextRule::Lines, [](const P &p) { return QVariant(p.legalRefs); },
         [](P &p, const QVariant &v) { p.legalRefs = v.toString(); }},
    };
    return table;
}

} // namespace dx
