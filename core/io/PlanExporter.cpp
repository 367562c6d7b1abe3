// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanExporter.h"

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
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("legalRef"), t.legalRef},
                  {QStringLiteral("leadAgency"), keyValue('A', t.leadAgencyId)},
                  {QStringLiteral("cooperatingAgencies"), keys('A', t.cooperatingAgencyIds)},
                  {QStringLiteral("person"), keyValue('P', t.personId)},
                  {QStringLiteral("startDate"), dateValue(t.startDate)},
                  {QStringLiteral("deadline"), dateValue(t.deadline)},
                  {QStringLiteral("status"), toKey(t.status)},
                  {QStringLiteral("percentComplete"), t.percentComplete},
                  {QStringLiteral("completionDate"), dateValue(t.completionDate)},
                  {QStringLiteral("output"), t.output},
                  {QStringLiteral("notes"), t.notes}};
    QJsonArray inds;
    for (Id i : t.indicatorIds)
        inds.append(codes.value(i));
    o.insert(QStringLiteral("indicators"), inds);
    QList<Task> subs = children.values(t.id);
    std::sort(subs.begin(), subs.end(),
              [](const Task &a, const Task &b) { return a.sortOrder < b.sortOrder; });
    if (!subs.isEmpty()) {
        QJsonArray a;
        for (const Task &s : subs)
            a.append(taskJson(s, codes, children));
        o.insert(QStringLiteral("subtasks"), a);
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
        {QStringLiteral("code"), p.code},       {QStringLiteral("title"), p.title},
        {QStringLiteral("titleEn"), p.titleEn}, {QStringLiteral("docType"), p.docType},
        {QStringLiteral("issuer"), p.issuer},   {QStringLiteral("issueDate"), dateValue(p.issueDate)},
        {QStringLiteral("place"), p.place},     {QStringLiteral("startYear"), p.startYear},
        {QStringLiteral("endYear"), p.endYear}, {QStringLiteral("milestoneYears"), years},
        {QStringLiteral("summary"), p.summary}, {QStringLiteral("legalRefs"), refs}};

    QJsonArray localities;
    for (const Locality &l : store.localities())
        localities.append(QJsonObject{{QStringLiteral("id"), l.id},
                                      {QStringLiteral("key"), key('L', l.id)},
                                      {QStringLiteral("code"), l.code},
                                      {QStringLiteral("name"), l.name},
                                      {QStringLiteral("nameEn"), l.nameEn},
                                      {QStringLiteral("kind"), toKey(l.kind)},
                                      {QStringLiteral("parent"), keyValue('L', l.parentId)}});
    QJsonArray agencies;
    for (const Agency &a : store.agencies())
        agencies.append(QJsonObject{{QStringLiteral("id"), a.id},
                                    {QStringLiteral("key"), key('A', a.id)},
                                    {QStringLiteral("name"), a.name},
                                    {QStringLiteral("shortName"), a.shortName},
                                    {QStringLiteral("nameEn"), a.nameEn},
                                    {QStringLiteral("locality"), keyValue('L', a.localityId)},
                                    {QStringLiteral("retired"), a.retired}});
    QJsonArray persons;
    for (const Person &x : store.persons())
        persons.append(QJsonObject{{QStringLiteral("id"), x.id},
                                   {QStringLiteral("key"), key('P', x.id)},
                                   {QStringLiteral("name"), x.name},
                                   {QStringLiteral("agency"), keyValue('A', x.agencyId)},
                                   {QStringLiteral("position"), x.position},
                                   {QStringLiteral("email"), x.email},
                                   {QStringLiteral("phone"), x.phone},
                                   {QStringLiteral("retired"), x.retired}});
    QJsonArray groups;
    for (const TaskGroup &g : store.groups())
        groups.append(QJsonObject{{QStringLiteral("id"), g.id},
                                  {QStringLiteral("key"), key('G', g.id)},
                                  {QStringLiteral("title"), g.title},
                                  {QStringLiteral("titleEn"), g.titleEn},
                                  {QStringLiteral("description"), g.description},
                                  {QStringLiteral("leadAgency"), keyValue('A', g.leadAgencyId)}});

    const QList<Indicator> indicatorList = store.indicators();
    QHash<Id, QString> codes;
    QJsonArray indicators;
    for (const Indicator &i : indicatorList) {
        codes.insert(i.id, i.code);
        QJsonArray targets;
        for (const Target &t : i.targets)
            targets.append(QJsonObject{{QStringLiteral("year"), t.year},
                                       {QStringLiteral("comparison"), comparisonSymbol(t.comparison)},
                                       {QStringLiteral("value"), t.value},
                                       {QStringLiteral("locality"), keyValue('L', t.localityId)},
                                       {QStringLiteral("note"), t.note}});
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("code"), i.code},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("nameEn"), i.nameEn},
                      {QStringLiteral("unit"), i.unit},
                      {QStringLiteral("unitEn"), i.unitEn},
                      {QStringLiteral("kind"), toKey(i.kind)},
                      {QStringLiteral("direction"), toKey(i.direction)},
                      {QStringLiteral("scope"), toKey(i.scope)},
                      {QStringLiteral("localities"), keys('L', i.localityIds)},
                      {QStringLiteral("ownerAgency"), keyValue('A', i.ownerAgencyId)},
                      {QStringLiteral("dataSource"), i.dataSource},
                      {QStringLiteral("stageNames"), QJsonArray::fromStringList(i.stageNames)},
                      {QStringLiteral("rankOutOf"), i.rankOutOf},
                      {QStringLiteral("groups"), keys('G', i.groupIds)},
                      {QStringLiteral("notes"), i.notes},
                      {QStringLiteral("targets"), targets}};
        if (i.baselineValue)
            o.insert(QStringLiteral("baseline"), QJsonObject{{QStringLiteral("period"), i.baselinePeriod},
                                                             {QStringLiteral("value"), *i.baselineValue}});
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
        o.insert(QStringLiteral("group"), key('G', t.groupId));
        tasks.append(o);
    }

    QJsonArray measurements;
    for (const Measurement &m : store.allMeasurements())
        measurements.append(QJsonObject{
            {QStringLiteral("indicator"), codes.value(m.indicatorId)},
            {QStringLiteral("locality"), keyValue('L', m.localityId)},
            {QStringLiteral("period"), m.period},
            {QStringLiteral("value"), m.value},
            {QStringLiteral("estimate"), m.estimate},
            {QStringLiteral("source"), m.source},
            {QStringLiteral("note"), m.note},
            {QStringLiteral("recordedBy"), m.recordedBy},
            {QStringLiteral("recordedAt"),
             m.recordedAt.isValid() ? QJsonValue(m.recordedAt.toString(Qt::ISODate)) : QJsonValue()}});
    QJsonObject settings;
    const auto map = store.settings();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        settings.insert(it.key(), it.value());

    return QJsonObject{{QStringLiteral("format"), QStringLiteral("dxplanner-plan")},
                       {QStringLiteral("formatVersion"), 1},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("localities"), localities},
                       {QStringLiteral("agencies"), agencies},
                       {QStringLiteral("persons"), persons},
                       {QStringLiteral("groups"), groups},
                       {QStringLiteral("tasks"), tasks},
                       {QStringLiteral("indicators"), indicators},
                       {QStringLiteral("measurements"), measurements},
                       {QStringLiteral("reportSettings"), settings}};
}

} // namespace dx
