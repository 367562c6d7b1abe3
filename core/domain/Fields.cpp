// SPDX-License-Identifier: GPL-3.0-or-later
#include "Fields.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
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

#define DX_LABEL(text) QT_TRANSLATE_NOOP("dx::Fields", text)

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
        {F::Group, "group", DX_LABEL("Group"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.groupId); },
         [](Task &t, const QVariant &v) { t.groupId = v.toLongLong(); }},
        {F::Parent, "parent", DX_LABEL("Parent task"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.parentId); },
         [](Task &t, const QVariant &v) { t.parentId = v.toLongLong(); }},
        {F::SortOrder, "sortOrder", DX_LABEL("Order"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.sortOrder); },
         [](Task &t, const QVariant &v) { t.sortOrder = v.toInt(); }},
        {F::Title, "title", DX_LABEL("Title"), TextRule::Line,
         [](const Task &t) { return QVariant(t.title); },
         [](Task &t, const QVariant &v) { t.title = v.toString(); }},
        {F::LegalRef, "legalRef", DX_LABEL("Legal reference"), TextRule::Line,
         [](const Task &t) { return QVariant(t.legalRef); },
         [](Task &t, const QVariant &v) { t.legalRef = v.toString(); }},
        {F::LeadAgency, "leadAgency", DX_LABEL("Lead agency"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.leadAgencyId); },
         [](Task &t, const QVariant &v) { t.leadAgencyId = v.toLongLong(); }},
        {F::CooperatingAgencies, "cooperatingAgencies", DX_LABEL("Cooperating agencies"), TextRule::NotText,
         [](const Task &t) { return ids(t.cooperatingAgencyIds); },
         [](Task &t, const QVariant &v) { t.cooperatingAgencyIds = toIds(v); }},
        {F::Person, "person", DX_LABEL("Responsible"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.personId); },
         [](Task &t, const QVariant &v) { t.personId = v.toLongLong(); }},
        {F::StartDate, "startDate", DX_LABEL("Start"), TextRule::NotText,
         [](const Task &t) { return date(t.startDate); },
         [](Task &t, const QVariant &v) { t.startDate = v.toDate(); }},
        {F::Deadline, "deadline", DX_LABEL("Deadline"), TextRule::NotText,
         [](const Task &t) { return date(t.deadline); },
         [](Task &t, const QVariant &v) { t.deadline = v.toDate(); }},
        {F::Status, "status", DX_LABEL("Status"), TextRule::NotText,
         [](const Task &t) { return QVariant(int(t.status)); },
         [](Task &t, const QVariant &v) { t.status = TaskStatus(v.toInt()); },
         [](const Task &t) { return toKey(t.status); }},
        {F::PercentComplete, "percentComplete", DX_LABEL("Percent done"), TextRule::NotText,
         [](const Task &t) { return QVariant(t.percentComplete); },
         [](Task &t, const QVariant &v) { t.percentComplete = v.toInt(); }},
        {F::CompletionDate, "completionDate", DX_LABEL("Completed on"), TextRule::NotText,
         [](const Task &t) { return date(t.completionDate); },
         [](Task &t, const QVariant &v) { t.completionDate = v.toDate(); }},
        {F::Output, "output", DX_LABEL("Output"), TextRule::Lines,
         [](const Task &t) { return QVariant(t.output); },
         [](Task &t, const QVariant &v) { t.output = v.toString(); }},
        {F::Notes, "notes", DX_LABEL("Notes"), TextRule::Lines,
         [](const Task &t) { return QVariant(t.notes); },
         [](Task &t, const QVariant &v) { t.notes = v.toString(); }},
        {F::Indicators, "indicators", DX_LABEL("Indicators"), TextRule::NotText,
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
        {F::SortOrder, "sortOrder", DX_LABEL("Order"), TextRule::NotText,
         [](const G &g) { return QVariant(g.sortOrder); },
         [](G &g, const QVariant &v) { g.sortOrder = v.toInt(); }},
        {F::Title, "title", DX_LABEL("Title"), TextRule::Line, [](const G &g) { return QVariant(g.title); },
         [](G &g, const QVariant &v) { g.title = v.toString(); }},
        {F::TitleEn, "titleEn", DX_LABEL("English title"), TextRule::Line,
         [](const G &g) { return QVariant(g.titleEn); },
         [](G &g, const QVariant &v) { g.titleEn = v.toString(); }},
        {F::Description, "description", DX_LABEL("Description"), TextRule::Lines,
         [](const G &g) { return QVariant(g.description); },
         [](G &g, const QVariant &v) { g.description = v.toString(); }},
        {F::LeadAgency, "leadAgency", DX_LABEL("Lead agency"), TextRule::NotText,
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
        {F::SortOrder, "sortOrder", DX_LABEL("Order"), TextRule::NotText,
         [](const I &i) { return QVariant(i.sortOrder); },
         [](I &i, const QVariant &v) { i.sortOrder = v.toInt(); }},
        {F::Code, "code", DX_LABEL("Code"), TextRule::Line, [](const I &i) { return QVariant(i.code); },
         [](I &i, const QVariant &v) { i.code = v.toString(); }},
        {F::Name, "name", DX_LABEL("Name"), TextRule::Line, [](const I &i) { return QVariant(i.name); },
         [](I &i, const QVariant &v) { i.name = v.toString(); }},
        {F::NameEn, "nameEn", DX_LABEL("English name"), TextRule::Line,
         [](const I &i) { return QVariant(i.nameEn); },
         [](I &i, const QVariant &v) { i.nameEn = v.toString(); }},
        {F::Unit, "unit", DX_LABEL("Unit"), TextRule::Line, [](const I &i) { return QVariant(i.unit); },
         [](I &i, const QVariant &v) { i.unit = v.toString(); }},
        {F::UnitEn, "unitEn", DX_LABEL("English unit"), TextRule::Line,
         [](const I &i) { return QVariant(i.unitEn); },
         [](I &i, const QVariant &v) { i.unitEn = v.toString(); }},
        {F::Kind, "kind", DX_LABEL("Kind"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.kind)); },
         [](I &i, const QVariant &v) { i.kind = IndicatorKind(v.toInt()); },
         [](const I &i) { return toKey(i.kind); }},
        {F::Direction, "direction", DX_LABEL("Direction"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.direction)); },
         [](I &i, const QVariant &v) { i.direction = Direction(v.toInt()); },
         [](const I &i) { return toKey(i.direction); }},
        {F::BaselinePeriod, "baselinePeriod", DX_LABEL("Baseline period"), TextRule::Line,
         [](const I &i) { return QVariant(i.baselinePeriod); },
         [](I &i, const QVariant &v) { i.baselinePeriod = v.toString(); }},
        {F::BaselineValue, "baselineValue", DX_LABEL("Baseline value"), TextRule::NotText,
         [](const I &i) { return i.baselineValue ? QVariant(*i.baselineValue) : QVariant(); },
         [](I &i, const QVariant &v) {
             i.baselineValue =
                 v.isValid() && !v.isNull() ? std::optional<double>(v.toDouble()) : std::nullopt;
         }},
        {F::Scope, "scope", DX_LABEL("Scope"), TextRule::NotText,
         [](const I &i) { return QVariant(int(i.scope)); },
         [](I &i, const QVariant &v) { i.scope = Scope(v.toInt()); },
         [](const I &i) { return toKey(i.scope); }},
        {F::Localities, "localities", DX_LABEL("Localities"), TextRule::NotText,
         [](const I &i) { return ids(i.localityIds); },
         [](I &i, const QVariant &v) { i.localityIds = toIds(v); }},
        {F::OwnerAgency, "ownerAgency", DX_LABEL("Reporting agency"), TextRule::NotText,
         [](const I &i) { return QVariant(i.ownerAgencyId); },
         [](I &i, const QVariant &v) { i.ownerAgencyId = v.toLongLong(); }},
        {F::DataSource, "dataSource", DX_LABEL("Data source"), TextRule::Line,
         [](const I &i) { return QVariant(i.dataSource); },
         [](I &i, const QVariant &v) { i.dataSource = v.toString(); }},
        {F::StageNames, "stageNames", DX_LABEL("Stage names"), TextRule::NotText,
         [](const I &i) { return QVariant(i.stageNames); },
         [](I &i, const QVariant &v) { i.stageNames = v.toStringList(); }},
        {F::RankOutOf, "rankOutOf", DX_LABEL("Ranked units"), TextRule::NotText,
         [](const I &i) { return QVariant(i.rankOutOf); },
         [](I &i, const QVariant &v) { i.rankOutOf = v.toInt(); }},
        {F::Notes, "notes", DX_LABEL("Notes"), TextRule::Lines, [](const I &i) { return QVariant(i.notes); },
         [](I &i, const QVariant &v) { i.notes = v.toString(); }},
        {F::Targets, "targets", DX_LABEL("Targets"), TextRule::NotText,
         [](const I &i) { return QVariant::fromValue(i.targets); },
         [](I &i, const QVariant &v) { i.targets = v.value<QList<Target>>(); },
         [](const I &i) { return targetsText(i.targets); }},
        {F::Groups, "groups", DX_LABEL("Task groups"), TextRule::NotText,
         [](const I &i) { return ids(i.groupIds); }, [](I &i, const QVariant &v) { i.groupIds = toIds(v); }},
    };
    return table;
}

const QList<FieldSpec<Measurement, MeasurementField>> &FieldTable<MeasurementField>::rows()
{
    using F = MeasurementField;
    using M = Measurement;
    static const QList<FieldSpec<M, F>> table{
        {F::Indicator, "indicator", DX_LABEL("Indicator"), TextRule::NotText,
         [](const M &m) { return QVariant(m.indicatorId); },
         [](M &m, const QVariant &v) { m.indicatorId = v.toLongLong(); }},
        {F::Locality, "locality", DX_LABEL("Locality"), TextRule::NotText,
         [](const M &m) { return QVariant(m.localityId); },
         [](M &m, const QVariant &v) { m.localityId = v.toLongLong(); }},
        {F::Period, "period", DX_LABEL("Period"), TextRule::Line,
         [](const M &m) { return QVariant(m.period); },
         [](M &m, const QVariant &v) { m.period = v.toString(); }},
        {F::Value, "value", DX_LABEL("Value"), TextRule::NotText,
         [](const M &m) { return QVariant(m.value); },
         [](M &m, const QVariant &v) { m.value = v.toDouble(); }},
        {F::Estimate, "estimate", DX_LABEL("Estimate"), TextRule::NotText,
         [](const M &m) { return QVariant(m.estimate); },
         [](M &m, const QVariant &v) { m.estimate = v.toBool(); }},
        {F::Source, "source", DX_LABEL("Source"), TextRule::Line,
         [](const M &m) { return QVariant(m.source); },
         [](M &m, const QVariant &v) { m.source = v.toString(); }},
        {F::Note, "note", DX_LABEL("Note"), TextRule::Lines, [](const M &m) { return QVariant(m.note); },
         [](M &m, const QVariant &v) { m.note = v.toString(); }},
        {F::RecordedBy, "recordedBy", DX_LABEL("Recorded by"), TextRule::Line,
         [](const M &m) { return QVariant(m.recordedBy); },
         [](M &m, const QVariant &v) { m.recordedBy = v.toString(); }},
        {F::RecordedAt, "recordedAt", DX_LABEL("Recorded at"), TextRule::NotText,
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
        {F::Year, "year", DX_LABEL("Year"), TextRule::NotText, [](const T &t) { return QVariant(t.year); },
         [](T &t, const QVariant &v) { t.year = v.toInt(); }},
        {F::Comparison, "comparison", DX_LABEL("Comparison"), TextRule::NotText,
         [](const T &t) { return QVariant(int(t.comparison)); },
         [](T &t, const QVariant &v) { t.comparison = Comparison(v.toInt()); },
         [](const T &t) { return comparisonSymbol(t.comparison); }},
        {F::Value, "value", DX_LABEL("Value"), TextRule::NotText,
         [](const T &t) { return QVariant(t.value); },
         [](T &t, const QVariant &v) { t.value = v.toDouble(); }},
        {F::Locality, "locality", DX_LABEL("Locality"), TextRule::NotText,
         [](const T &t) { return QVariant(t.localityId); },
         [](T &t, const QVariant &v) { t.localityId = v.toLongLong(); }},
        {F::Note, "note", DX_LABEL("Note"), TextRule::Line, [](const T &t) { return QVariant(t.note); },
         [](T &t, const QVariant &v) { t.note = v.toString(); }},
    };
    return table;
}

const QList<FieldSpec<Agency, AgencyField>> &FieldTable<AgencyField>::rows()
{
    using F = AgencyField;
    using A = Agency;
    static const QList<FieldSpec<A, F>> table{
        {F::Name, "name", DX_LABEL("Name"), TextRule::Line, [](const A &a) { return QVariant(a.name); },
         [](A &a, const QVariant &v) { a.name = v.toString(); }},
        {F::ShortName, "shortName", DX_LABEL("Short name"), TextRule::Line,
         [](const A &a) { return QVariant(a.shortName); },
         [](A &a, const QVariant &v) { a.shortName = v.toString(); }},
        {F::NameEn, "nameEn", DX_LABEL("English name"), TextRule::Line,
         [](const A &a) { return QVariant(a.nameEn); },
         [](A &a, const QVariant &v) { a.nameEn = v.toString(); }},
        {F::Locality, "locality", DX_LABEL("Locality"), TextRule::NotText,
         [](const A &a) { return QVariant(a.localityId); },
         [](A &a, const QVariant &v) { a.localityId = v.toLongLong(); }},
        {F::Retired, "retired", DX_LABEL("Retired"), TextRule::NotText,
         [](const A &a) { return QVariant(a.retired); },
         [](A &a, const QVariant &v) { a.retired = v.toBool(); }},
        {F::SortOrder, "sortOrder", DX_LABEL("Order"), TextRule::NotText,
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
        {F::Name, "name", DX_LABEL("Name"), TextRule::Line, [](const P &p) { return QVariant(p.name); },
         [](P &p, const QVariant &v) { p.name = v.toString(); }},
        {F::Agency, "agency", DX_LABEL("Agency"), TextRule::NotText,
         [](const P &p) { return QVariant(p.agencyId); },
         [](P &p, const QVariant &v) { p.agencyId = v.toLongLong(); }},
        {F::Position, "position", DX_LABEL("Position"), TextRule::Line,
         [](const P &p) { return QVariant(p.position); },
         [](P &p, const QVariant &v) { p.position = v.toString(); }},
        {F::Email, "email", DX_LABEL("E-mail"), TextRule::Line, [](const P &p) { return QVariant(p.email); },
         [](P &p, const QVariant &v) { p.email = v.toString(); }},
        {F::Phone, "phone", DX_LABEL("Phone"), TextRule::Line, [](const P &p) { return QVariant(p.phone); },
         [](P &p, const QVariant &v) { p.phone = v.toString(); }},
        {F::Retired, "retired", DX_LABEL("Retired"), TextRule::NotText,
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
        {F::Code, "code", DX_LABEL("Code"), TextRule::Line, [](const L &l) { return QVariant(l.code); },
         [](L &l, const QVariant &v) { l.code = v.toString(); }},
        {F::Name, "name", DX_LABEL("Name"), TextRule::Line, [](const L &l) { return QVariant(l.name); },
         [](L &l, const QVariant &v) { l.name = v.toString(); }},
        {F::NameEn, "nameEn", DX_LABEL("English name"), TextRule::Line,
         [](const L &l) { return QVariant(l.nameEn); },
         [](L &l, const QVariant &v) { l.nameEn = v.toString(); }},
        {F::Kind, "kind", DX_LABEL("Kind"), TextRule::NotText,
         [](const L &l) { return QVariant(int(l.kind)); },
         [](L &l, const QVariant &v) { l.kind = LocalityKind(v.toInt()); },
         [](const L &l) { return toKey(l.kind); }},
        {F::Parent, "parent", DX_LABEL("Part of"), TextRule::NotText,
         [](const L &l) { return QVariant(l.parentId); },
         [](L &l, const QVariant &v) { l.parentId = v.toLongLong(); }},
        {F::SortOrder, "sortOrder", DX_LABEL("Order"), TextRule::NotText,
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
        {F::Code, "code", DX_LABEL("Document number"), TextRule::Line,
         [](const P &p) { return QVariant(p.code); }, [](P &p, const QVariant &v) { p.code = v.toString(); }},
        {F::Title, "title", DX_LABEL("Title"), TextRule::Line, [](const P &p) { return QVariant(p.title); },
         [](P &p, const QVariant &v) { p.title = v.toString(); }},
        {F::TitleEn, "titleEn", DX_LABEL("English title"), TextRule::Line,
         [](const P &p) { return QVariant(p.titleEn); },
         [](P &p, const QVariant &v) { p.titleEn = v.toString(); }},
        {F::DocType, "docType", DX_LABEL("Kind of document"), TextRule::Line,
         [](const P &p) { return QVariant(p.docType); },
         [](P &p, const QVariant &v) { p.docType = v.toString(); }},
        {F::Issuer, "issuer", DX_LABEL("Issued by"), TextRule::Line,
         [](const P &p) { return QVariant(p.issuer); },
         [](P &p, const QVariant &v) { p.issuer = v.toString(); }},
        {F::IssueDate, "issueDate", DX_LABEL("Issued on"), TextRule::NotText,
         [](const P &p) { return date(p.issueDate); },
         [](P &p, const QVariant &v) { p.issueDate = v.toDate(); }},
        {F::Place, "place", DX_LABEL("Place"), TextRule::Line, [](const P &p) { return QVariant(p.place); },
         [](P &p, const QVariant &v) { p.place = v.toString(); }},
        {F::StartYear, "startYear", DX_LABEL("First year"), TextRule::NotText,
         [](const P &p) { return QVariant(p.startYear); },
         [](P &p, const QVariant &v) { p.startYear = v.toInt(); }},
        {F::EndYear, "endYear", DX_LABEL("Last year"), TextRule::NotText,
         [](const P &p) { return QVariant(p.endYear); },
         [](P &p, const QVariant &v) { p.endYear = v.toInt(); }},
        {F::MilestoneYears, "milestoneYears", DX_LABEL("Milestone years"), TextRule::NotText,
         [](const P &p) { return QVariant::fromValue(p.milestoneYears); },
         [](P &p, const QVariant &v) { p.milestoneYears = v.value<QList<int>>(); },
         [](const P &p) { return yearsText(p.milestoneYears); }},
        {F::Summary, "summary", DX_LABEL("Summary"), TextRule::Lines,
         [](const P &p) { return QVariant(p.summary); },
         [](P &p, const QVariant &v) { p.summary = v.toString(); }},
        {F::LegalRefs, "legalRefs", DX_LABEL("Implementing documents"), TextRule::Lines,
         [](const P &p) { return QVariant(p.legalRefs); },
         [](P &p, const QVariant &v) { p.legalRefs = v.toString(); }},
    };
    return table;
}

} // namespace dx
