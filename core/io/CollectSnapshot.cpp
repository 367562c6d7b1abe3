// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectSnapshot.h"

#include "domain/Period.h"
#include "store/PlanStore.h"

#include <QCryptographicHash>
#include <QSet>

namespace dx {
namespace {

QString fingerprint(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace

CollectSnapshot CollectSnapshot::read(const PlanStore &store)
{
    CollectSnapshot s;
    s.plan = store.plan();
    s.agencies = store.agencies();
    s.localities = store.localities();
    s.indicators = store.indicators();
    s.tasks = store.tasks();
    s.groups = store.groups();
    s.settings = store.settings();
    for (int i = 0; i < s.indicators.size(); ++i)
        s.m_indicatorIndex.insert(s.indicators.at(i).id, i);
    for (int i = 0; i < s.tasks.size(); ++i)
        s.m_taskIndex.insert(s.tasks.at(i).id, i);
    s.m_measurements = store.allMeasurements();
    s.m_values.reserve(s.m_measurements.size());
    // The period of each pair's latest value, parsed once.
    QHash<QPair<Id, Id>, std::optional<Period>> latestPeriod;
    for (qsizetype i = 0; i < s.m_measurements.size(); ++i) {
        const Measurement &m = s.m_measurements.at(i);
        s.m_values.insert(Cell{m.indicatorId, m.localityId, m.period}, i);
        const QPair<Id, Id> pair(m.indicatorId, m.localityId);
        const auto p = Period::parse(m.period);
        const auto it = s.m_latest.find(pair);
        if (it == s.m_latest.end()) {
            s.m_latest.insert(pair, i);
            latestPeriod.insert(pair, p);
        } else if (std::optional<Period> &q = latestPeriod[pair]; p && q && *q < *p) {
            *it = i;
            q = p;
        }
    }
    return s;
}

QString CollectSnapshot::planIdentity() const
{
    return plan.code + QLatin1Char('|') + plan.place;
}

QList<CollectUnit> CollectSnapshot::units(CollectUnit::Kind kind) const
{
    QList<CollectUnit> out;
    if (kind == CollectUnit::Kind::Agency) {
        for (const Agency &a : agencies)
            if (!a.retired && !rows({kind, a.id, a.name}).isEmpty())
                out.append({kind, a.id, a.name});
    } else {
        for (const Locality &l : localities)
            if (!rows({kind, l.id, l.name}).isEmpty())
                out.append({kind, l.id, l.name});
    }
    return out;
}

QList<CollectRow> CollectSnapshot::rows(const CollectUnit &unit) const
{
    QList<CollectRow> out;
    QSet<Id> unitAgencies; // the agencies whose tasks the unit reports
    if (unit.kind == CollectUnit::Kind::Agency) {
        unitAgencies.insert(unit.id);
        for (const Indicator &i : indicators) {
            if (i.ownerAgencyId != unit.id)
                continue;
            if (i.scope == Scope::Localities && !i.localityIds.isEmpty()) {
                for (Id l : i.localityIds)
                    out.append({CollectRow::Kind::Value, i.id, l, 0, 0, {}});
            } else {
                out.append({CollectRow::Kind::Value, i.id, 0, 0, 0, {}});
            }
        }
    } else {
        for (const Agency &a : agencies)
            if (a.localityId == unit.id && !a.retired)
                unitAgencies.insert(a.id);
        for (const Indicator &i : indicators)
            if (i.scope == Scope::Localities && i.localityIds.contains(unit.id))
                out.append({CollectRow::Kind::Value, i.id, unit.id, 0, 0, {}});
    }
    for (const Task &t : tasks) {
        bool mine = unitAgencies.contains(t.leadAgencyId);
        for (Id a : t.cooperatingAgencyIds)
            mine = mine || unitAgencies.contains(a);
        if (mine)
            out.append({CollectRow::Kind::Task, 0, 0, t.id, 0, {}});
    }
    return out;
}

const Indicator *CollectSnapshot::indicator(Id id) const
{
    const auto it = m_indicatorIndex.constFind(id);
    return it == m_indicatorIndex.cend() ? nullptr : &indicators.at(*it);
}

const Task *CollectSnapshot::task(Id id) const
{
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.cend() ? nullptr : &tasks.at(*it);
}

QString CollectSnapshot::agencyName(Id id) const
{
    for (const Agency &a : agencies)
        if (a.id == id)
            return a.name;
    return {};
}

QString CollectSnapshot::localityName(Id id) const
{
    for (const Locality &l : localities)
        if (l.id == id)
            return l.name;
    return {};
}

QString CollectSnapshot::groupTitle(Id id) const
{
    for (const TaskGroup &g : groups)
        if (g.id == id)
            return g.title;
    return {};
}

std::optional<Measurement> CollectSnapshot::value(Id indicatorId, Id localityId, const QString &period) const
{
    const auto it = m_values.constFind(Cell{indicatorId, localityId, period});
    if (it == m_values.cend())
        return std::nullopt;
    return m_measurements.at(*it);
}

std::optional<Measurement> CollectSnapshot::latest(Id indicatorId, Id localityId) const
{
    const auto it = m_latest.constFind(qMakePair(indicatorId, localityId));
    if (it == m_latest.cend())
        return std::nullopt;
    return m_measurements.at(*it);
}

QString CollectSnapshot::valueVersion(const std::optional<Measurement> &m)
{
    if (!m)
        return {};
    return fingerprint(QStringLiteral("%1|%2|%3|%4")
                           .arg(QString::number(m->value, 'g', 17),
                                m->estimate ? QStringLiteral("e") : QString(), m->source, m->note));
}

QString CollectSnapshot::taskVersion(const Task &t)
{
    return fingerprint(QStringLiteral("%1|%2|%3|%4|%5")
                           .arg(toKey(t.status))
                           .arg(t.percentComplete)
                           .arg(t.completionDate.toString(Qt::ISODate), t.output, t.notes));
}

QString CollectSnapshot::valueKey(Id indicatorId, Id localityId, const QString &period)
{
    return QStringLiteral("%1/%2/%3").arg(indicatorId).arg(localityId).arg(period);
}

} // namespace dx
