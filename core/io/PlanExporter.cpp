// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExporter.h"

#include "JsonFormat.h"
#include "domain/Fields.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <utility>

namespace dx {
namespace {

QString key(char prefix, Id id)
{
    return id == 0 ? QString() : QLatin1Char(prefix) + QString::number(id);
}
QJsonValue keyValue(char prefix, Id id)
{
    return id == 0 ? QJsonValue() : QJsonValue(key(prefix, id));
}
QJsonValue dateValue(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray keys(char prefix, const QList<Id> &ids)
{
    QJsonArray a;
    for (Id id : ids)
        a.append(key(prefix, id));
    return a;
}

QJsonObject taskJson(const Task &t, const QHash<Id, QString> &codes, const QMultiHash<Id, Task> &children)
{
    QJsonObject o{{json::id(), t.id},
                  {fieldKey(TaskField::Title), t.title},
                  {fieldKey(TaskField::LegalRef), t.legalRef},
                  {fieldKey(TaskField::LeadAgency), keyValue('A', t.leadAgencyId)},
                  {fieldKey(TaskField::CooperatingAgencies), keys('A', t.cooperatingAgencyIds)},
                  {fieldKey(TaskField::Person), keyValue('P', t.personId)},
                  {fieldKey(TaskField::StartDate), dateValue(t.startDate)},
                  {fieldKey(TaskField::Deadline), dateValue(t.deadline)},
                  {fieldKey(TaskField::Status), toKey(t.status)},
                  {fieldKey(TaskField::PercentComplete), t.percentComplete},
                  {fieldKey(TaskField::CompletionDate), dateValue(t.completionDate)},
                  {fieldKey(TaskField::Output), t.output},
                  {fieldKey(TaskField::Notes), t.notes}};
    QJsonArray inds;
    for (Id i : t.indicatorIds)
        inds.append(codes.value(i));
    o.insert(fieldKey(TaskField::Indicators), inds);
    QList<Task> subs = children.values(t.id);
    std::sort(subs.begin(), subs.end(),
              [](const Task &a, const Task &b) { return a.sortOrder < b.sortOrder; });
    if (!subs.isEmpty()) {
        QJsonArray a;
        for (const Task &s : subs)
            a.append(taskJson(s, codes, children));
        o.insert(json::subtasks(), a);
    }
    return o;
}

QJsonObject planJson(const Plan &p)
{
    QJsonArray years, refs;
    for (int y : p.milestoneYears)
        years.append(y);
    for (const QString &r : p.legalRefs.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        refs.append(r);
    return QJsonObject{
        {fieldKey(PlanField::Code), p.code},       {fieldKey(PlanField::Title), p.title},
        {fieldKey(PlanField::TitleEn), p.titleEn}, {fieldKey(PlanField::DocType), p.docType},
        {fieldKey(PlanField::Issuer), p.issuer},   {fieldKey(PlanField::IssueDate), dateValue(p.issueDate)},
        {fieldKey(PlanField::Place), p.place},     {fieldKey(PlanField::StartYear), p.startYear},
        {fieldKey(PlanField::EndYear), p.endYear}, {fieldKey(PlanField::MilestoneYears), years},
        {fieldKey(PlanField::Summary), p.summary}, {fieldKey(PlanField::LegalRefs), refs}};
}

QJsonArray localitiesJson(const QList<Locality> &list)
{
    QJsonArray localities;
    for (const Locality &l : list)
        localities.append(QJsonObject{{json::id(), l.id},
                                      {json::key(), key('L', l.id)},
                                      {fieldKey(LocalityField::Code), l.code},
                                      {fieldKey(LocalityField::Name), l.name},
                                      {fieldKey(LocalityField::NameEn), l.nameEn},
                                      {fieldKey(LocalityField::Kind), toKey(l.kind)},
                                      {fieldKey(LocalityField::Parent), keyValue('L', l.parentId)}});
    return localities;
}

QJsonArray agenciesJson(const QList<Agency> &list)
{
    QJsonArray agencies;
    for (const Agency &a : list)
        agencies.append(QJsonObject{{json::id(), a.id},
                                    {json::key(), key('A', a.id)},
                                    {fieldKey(AgencyField::Name), a.name},
                                    {fieldKey(AgencyField::ShortName), a.shortName},
                                    {fieldKey(AgencyField::NameEn), a.nameEn},
                                    {fieldKey(AgencyField::Locality), keyValue('L', a.localityId)},
                                    {fieldKey(AgencyField::Retired), a.retired}});
    return agencies;
}

QJsonArray personsJson(const QList<Person> &list)
{
    QJsonArray persons;
    for (const Person &x : list)
        persons.append(QJsonObject{{json::id(), x.id},
                                   {json::key(), key('P', x.id)},
                                   {fieldKey(PersonField::Name), x.name},
                                   {fieldKey(PersonField::Agency), keyValue('A', x.agencyId)},
                                   {fieldKey(PersonField::Position), x.position},
                                   {fieldKey(PersonField::Email), x.email},
                                   {fieldKey(PersonField::Phone), x.phone},
                                   {fieldKey(PersonField::Retired), x.retired}});
    return persons;
}

QJsonArray groupsJson(const QList<TaskGroup> &list)
{
    QJsonArray groups;
    for (const TaskGroup &g : list)
        groups.append(QJsonObject{{json::id(), g.id},
                                  {json::key(), key('G', g.id)},
                                  {fieldKey(GroupField::Title), g.title},
                                  {fieldKey(GroupField::TitleEn), g.titleEn},
                                  {fieldKey(GroupField::Description), g.description},
                                  {fieldKey(GroupField::LeadAgency), keyValue('A', g.leadAgencyId)}});
    return groups;
}

QJsonObject indicatorJson(const Indicator &i)
{
    QJsonArray targets;
    for (const Target &t : i.targets)
        targets.append(QJsonObject{{fieldKey(TargetField::Year), t.year},
                                   {fieldKey(TargetField::Comparison), comparisonSymbol(t.comparison)},
                                   {fieldKey(TargetField::Value), t.value},
                                   {fieldKey(TargetField::Locality), keyValue('L', t.localityId)},
                                   {fieldKey(TargetField::Note), t.note}});
    QJsonObject o{{json::id(), i.id},
                  {fieldKey(IndicatorField::Code), i.code},
                  {fieldKey(IndicatorField::Name), i.name},
                  {fieldKey(IndicatorField::NameEn), i.nameEn},
                  {fieldKey(IndicatorField::Unit), i.unit},
                  {fieldKey(IndicatorField::UnitEn), i.unitEn},
                  {fieldKey(IndicatorField::Kind), toKey(i.kind)},
                  {fieldKey(IndicatorField::Direction), toKey(i.direction)},
                  {fieldKey(IndicatorField::Scope), toKey(i.scope)},
                  {fieldKey(IndicatorField::Localities), keys('L', i.localityIds)},
                  {fieldKey(IndicatorField::OwnerAgency), keyValue('A', i.ownerAgencyId)},
                  {fieldKey(IndicatorField::DataSource), i.dataSource},
                  {fieldKey(IndicatorField::StageNames), QJsonArray::fromStringList(i.stageNames)},
                  {fieldKey(IndicatorField::RankOutOf), i.rankOutOf},
                  {fieldKey(IndicatorField::Groups), keys('G', i.groupIds)},
                  {fieldKey(IndicatorField::Notes), i.notes},
                  {fieldKey(IndicatorField::Targets), targets}};
    if (i.baselineValue)
        o.insert(json::baseline(), QJsonObject{{fieldKey(MeasurementField::Period), i.baselinePeriod},
                                               {fieldKey(MeasurementField::Value), *i.baselineValue}});
    return o;
}

QJsonObject measurementJson(const Measurement &m, const QHash<Id, QString> &codes)
{
    return QJsonObject{
        {fieldKey(MeasurementField::Indicator), codes.value(m.indicatorId)},
        {fieldKey(MeasurementField::Locality), keyValue('L', m.localityId)},
        {fieldKey(MeasurementField::Period), m.period},
        {fieldKey(MeasurementField::Value), m.value},
        {fieldKey(MeasurementField::Estimate), m.estimate},
        {fieldKey(MeasurementField::Source), m.source},
        {fieldKey(MeasurementField::Note), m.note},
        {fieldKey(MeasurementField::RecordedBy), m.recordedBy},
        {fieldKey(MeasurementField::RecordedAt),
         m.recordedAt.isValid() ? QJsonValue(m.recordedAt.toString(Qt::ISODate)) : QJsonValue()}};
}

QJsonObject settingsJson(const QMap<QString, QString> &map)
{
    QJsonObject settings;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.insert(it.key(), it.value());
    return settings;
}

/// The top-level tasks in group order, then their own order; sub-tasks are nested under them.
struct TaskTree
{
    QList<Task> roots;
    QMultiHash<Id, Task> children;

    explicit TaskTree(const PlanStore &store)
    {
        for (const Task &t : store.tasks()) {
            if (t.parentId == 0)
                roots << t;
            else
                children.insert(t.parentId, t);
        }
        QHash<Id, int> groupOrder;
        for (const TaskGroup &g : store.groups())
            groupOrder.insert(g.id, g.sortOrder);
        std::stable_sort(roots.begin(), roots.end(), [&](const Task &a, const Task &b) {
            return std::pair(groupOrder.value(a.groupId), a.sortOrder) <
                   std::pair(groupOrder.value(b.groupId), b.sortOrder);
        });
    }

    QJsonObject rootJson(const Task &t, const QHash<Id, QString> &codes) const
    {
        QJsonObject o = taskJson(t, codes, children);
        o.insert(fieldKey(TaskField::Group), key('G', t.groupId));
        return o;
    }
};

QHash<Id, QString> indicatorCodes(const QList<Indicator> &indicators)
{
    QHash<Id, QString> codes;
    for (const Indicator &i : indicators)
        codes.insert(i.id, i.code);
    return codes;
}

/**
 * Writes the plan document as QJsonDocument::toJson(Indented) would, one entity at a time.
 *
 * Why by hand: QJsonDocument can only serialise a whole tree, and the tree of a large plan (1.5 million
 * values) is several times the plan's size in memory, then copied again as text. Qt has no streaming
 * JSON writer (QCborStreamWriter writes CBOR). So each entity is serialised on its own by QJsonDocument
 * (its escaping and number format, untouched) and the separators and indentation around it are written
 * here, in the layout QJsonDocument uses: four spaces a level, members in key order. The output is the
 * same bytes as toJson() serialised whole (tests/core/test_export_stream.cpp).
 */
class StreamWriter
{
public:
    explicit StreamWriter(QIODevice &out) : m_out(out) {}

    bool ok() const { return m_ok; }

    void raw(const QByteArray &bytes)
    {
        if (m_ok && m_out.write(bytes) != bytes.size())
            m_ok = false;
    }
    /// One top-level member with a small value: `    "key": value`, as QJsonDocument indents it.
    void member(const QString &name, const QJsonValue &value)
    {
        const QByteArray doc = QJsonDocument(QJsonObject{{name, value}}).toJson(QJsonDocument::Indented);
        raw(doc.mid(2, doc.size() - 5)); // without "{\n" before and "\n}\n" after
    }
    void beginArray(const QString &name)
    {
        raw("    \"" + name.toUtf8() + "\": [");
        m_first = true;
    }
    /// One element of the array begun last, at the second level of indentation.
    void element(const QJsonObject &o)
    {
        QByteArray doc = QJsonDocument(o).toJson(QJsonDocument::Indented);
        doc.chop(1); // the final "\n"
        // Strings carry their line breaks escaped, so every '\n' here starts a line of the layout.
        doc.replace('\n', QByteArrayLiteral("\n        "));
        raw(m_first ? QByteArrayLiteral("\n        ") : QByteArrayLiteral(",\n        "));
        raw(doc);
        m_first = false;
    }
    void endArray() { raw(QByteArrayLiteral("\n    ]")); }

private:
    QIODevice &m_out;
    bool m_ok = true;
    bool m_first = true;
};

} // namespace

QJsonObject PlanExporter::toJson(const PlanStore &store)
{
    const QList<Indicator> indicatorList = store.indicators();
    const QHash<Id, QString> codes = indicatorCodes(indicatorList);
    QJsonArray indicators;
    for (const Indicator &i : indicatorList)
        indicators.append(indicatorJson(i));
    const TaskTree tree(store);
    QJsonArray tasks;
    for (const Task &t : tree.roots)
        tasks.append(tree.rootJson(t, codes));
    QJsonArray measurements;
    for (const Measurement &m : store.allMeasurements())
        measurements.append(measurementJson(m, codes));

    return QJsonObject{{json::format(), json::formatName()},
                       {json::formatVersion(), 1},
                       {json::plan(), planJson(store.plan())},
                       {json::localities(), localitiesJson(store.localities())},
                       {json::agencies(), agenciesJson(store.agencies())},
                       {json::persons(), personsJson(store.persons())},
                       {json::groups(), groupsJson(store.groups())},
                       {json::tasks(), tasks},
                       {json::indicators(), indicators},
                       {json::measurements(), measurements},
                       {json::reportSettings(), settingsJson(store.settings())}};
}

Status PlanExporter::write(const PlanStore &store, QIODevice &out)
{
    const QList<Indicator> indicatorList = store.indicators();
    const QHash<Id, QString> codes = indicatorCodes(indicatorList);
    StreamWriter w(out);
    // The members in the order QJsonObject keeps them (by key), each written by its own function.
    QList<std::pair<QString, std::function<void()>>> members{
        {json::format(), [&] { w.member(json::format(), json::formatName()); }},
        {json::formatVersion(), [&] { w.member(json::formatVersion(), 1); }},
        {json::plan(), [&] { w.member(json::plan(), planJson(store.plan())); }},
        {json::localities(), [&] { w.member(json::localities(), localitiesJson(store.localities())); }},
        {json::agencies(), [&] { w.member(json::agencies(), agenciesJson(store.agencies())); }},
        {json::persons(), [&] { w.member(json::persons(), personsJson(store.persons())); }},
        {json::groups(), [&] { w.member(json::groups(), groupsJson(store.groups())); }},
        {json::tasks(),
         [&] {
             const TaskTree tree(store);
             w.beginArray(json::tasks());
             for (const Task &t : tree.roots)
                 w.element(tree.rootJson(t, codes));
             w.endArray();
         }},
        {json::indicators(),
         [&] {
             w.beginArray(json::indicators());
             for (const Indicator &i : indicatorList)
                 w.element(indicatorJson(i));
             w.endArray();
         }},
        {json::measurements(),
         [&] {
             // Read row by row: the values are the bulk of a plan and never all in memory here.
             w.beginArray(json::measurements());
             store.forEachMeasurement([&](const Measurement &m) {
                 w.element(measurementJson(m, codes));
                 return w.ok();
             });
             w.endArray();
         }},
        {json::reportSettings(), [&] { w.member(json::reportSettings(), settingsJson(store.settings())); }}};
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    w.raw(QByteArrayLiteral("{\n"));
    for (int i = 0; i < members.size(); ++i) {
        members.at(i).second();
        w.raw(i + 1 < members.size() ? QByteArrayLiteral(",\n") : QByteArrayLiteral("\n"));
    }
    w.raw(QByteArrayLiteral("}\n"));
    if (!w.ok())
        return Status::fail(Error::Code::Io,
                            QCoreApplication::translate("PlanExporter", "Cannot write the export: %1")
                                .arg(out.errorString()));
    return success();
}

} // namespace dx
