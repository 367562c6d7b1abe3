// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExporter.h"

#include "JsonFormat.h"
#include "domain/Fields.h"
#include "store/PlanStore.h"

#include <QHash>
#include <QJsonArray>

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

} // namespace

QJsonObject PlanExporter::toJson(const PlanStore &store)
{
    const Plan p = store.plan();
    QJsonArray years, refs;
    for (int y : p.milestoneYears)
        years.append(y);
    for (const QString &r : p.legalRefs.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        refs.append(r);
    const QJsonObject plan{
        {fieldKey(PlanField::Code), p.code},       {fieldKey(PlanField::Title), p.title},
        {fieldKey(PlanField::TitleEn), p.titleEn}, {fieldKey(PlanField::DocType), p.docType},
        {fieldKey(PlanField::Issuer), p.issuer},   {fieldKey(PlanField::IssueDate), dateValue(p.issueDate)},
        {fieldKey(PlanField::Place), p.place},     {fieldKey(PlanField::StartYear), p.startYear},
        {fieldKey(PlanField::EndYear), p.endYear}, {fieldKey(PlanField::MilestoneYears), years},
        {fieldKey(PlanField::Summary), p.summary}, {fieldKey(PlanField::LegalRefs), refs}};

    QJsonArray localities;
    for (const Locality &l : store.localities())
        localities.append(QJsonObject{{json::id(), l.id},
                                      {json::key(), key('L', l.id)},
                                      {fieldKey(LocalityField::Code), l.code},
                                      {fieldKey(LocalityField::Name), l.name},
                                      {fieldKey(LocalityField::NameEn), l.nameEn},
                                      {fieldKey(LocalityField::Kind), toKey(l.kind)},
                                      {fieldKey(LocalityField::Parent), keyValue('L', l.parentId)}});
    QJsonArray agencies;
    for (const Agency &a : store.agencies())
        agencies.append(QJsonObject{{json::id(), a.id},
                                    {json::key(), key('A', a.id)},
                                    {fieldKey(AgencyField::Name), a.name},
                                    {fieldKey(AgencyField::ShortName), a.shortName},
                                    {fieldKey(AgencyField::NameEn), a.nameEn},
                                    {fieldKey(AgencyField::Locality), keyValue('L', a.localityId)},
                                    {fieldKey(AgencyField::Retired), a.retired}});
    QJsonArray persons;
    for (const Person &x : store.persons())
        persons.append(QJsonObject{{json::id(), x.id},
                                   {json::key(), key('P', x.id)},
                                   {fieldKey(PersonField::Name), x.name},
                                   {fieldKey(PersonField::Agency), keyValue('A', x.agencyId)},
                                   {fieldKey(PersonField::Position), x.position},
                                   {fieldKey(PersonField::Email), x.email},
                                   {fieldKey(PersonField::Phone), x.phone},
                                   {fieldKey(PersonField::Retired), x.retired}});
    QJsonArray groups;
    for (const TaskGroup &g : store.groups())
        groups.append(QJsonObject{{json::id(), g.id},
                                  {json::key(), key('G', g.id)},
                                  {fieldKey(GroupField::Title), g.title},
                                  {fieldKey(GroupField::TitleEn), g.titleEn},
                                  {fieldKey(GroupField::Description), g.description},
                                  {fieldKey(GroupField::LeadAgency), keyValue('A', g.leadAgencyId)}});

    const QList<Indicator> indicatorList = store.indicators();
    QHash<Id, QString> codes;
    QJsonArray indicators;
    for (const Indicator &i : indicatorList) {
        codes.insert(i.id, i.code);
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
        indicators.append(o);
    }

    QMultiHash<Id, Task> children;
    QList<Task> roots;
    for (const Task &t : store.tasks()) {
        if (t.parentId == 0)
            roots << t;
        else
            children.insert(t.parentId, t);
    }
    // Tasks in group order, then their own order.
    QHash<Id, int> groupOrder;
    for (const TaskGroup &g : store.groups())
        groupOrder.insert(g.id, g.sortOrder);
    std::stable_sort(roots.begin(), roots.end(), [&](const Task &a, const Task &b) {
        return std::pair(groupOrder.value(a.groupId), a.sortOrder) <
               std::pair(groupOrder.value(b.groupId), b.sortOrder);
    });
    QJsonArray tasks;
    for (const Task &t : roots) {
        QJsonObject o = taskJson(t, codes, children);
        o.insert(fieldKey(TaskField::Group), key('G', t.groupId));
        tasks.append(o);
    }

    QJsonArray measurements;
    for (const Measurement &m : store.allMeasurements())
        measurements.append(QJsonObject{
            {fieldKey(MeasurementField::Indicator), codes.value(m.indicatorId)},
            {fieldKey(MeasurementField::Locality), keyValue('L', m.localityId)},
            {fieldKey(MeasurementField::Period), m.period},
            {fieldKey(MeasurementField::Value), m.value},
            {fieldKey(MeasurementField::Estimate), m.estimate},
            {fieldKey(MeasurementField::Source), m.source},
            {fieldKey(MeasurementField::Note), m.note},
            {fieldKey(MeasurementField::RecordedBy), m.recordedBy},
            {fieldKey(MeasurementField::RecordedAt),
             m.recordedAt.isValid() ? QJsonValue(m.recordedAt.toString(Qt::ISODate)) : QJsonValue()}});
    QJsonObject settings;
    const auto map = store.settings();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.insert(it.key(), it.value());

    return QJsonObject{{json::format(), json::formatName()},
                       {json::formatVersion(), 1},
                       {json::plan(), plan},
                       {json::localities(), localities},
                       {json::agencies(), agencies},
                       {json::persons(), persons},
                       {json::groups(), groups},
                       {json::tasks(), tasks},
                       {json::indicators(), indicators},
                       {json::measurements(), measurements},
                       {json::reportSettings(), settings}};
}

} // namespace dx
