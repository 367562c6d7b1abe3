// SPDX-License-Identifier: GPL-3.0-or-later
#include "IssuedSnapshot.h"

#include "analysis/TaskHistory.h"

#include "ReportContent.h"
#include "analysis/IndicatorAssessment.h"
#include "analysis/IndicatorSeries.h"
#include "store/PlanStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace dx {
namespace {

QString dateKey(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

/// The value the report's Biểu 01 shows for @p period (ReportContent's targetRow): the last recorded for a
/// part of the period, up to @p asOf.
std::optional<SeriesPoint> periodPoint(const QList<Measurement> &values, Id id, const Period &period,
                                       const QDate &asOf)
{
    std::optional<SeriesPoint> out;
    for (const SeriesPoint &p : indicatorSeries(values, id, 0, asOf))
        if (p.period.startDate() >= period.startDate() && p.period.endDate() <= period.endDate())
            out = p;
    return out;
}

void addValues(SnapshotIndicator &s, const QList<Measurement> &values)
{
    QMap<QString, QList<const Measurement *>> byPeriod;
    for (const Measurement &m : values) {
        if (m.localityId == 0)
            s.values << SnapshotValue{m.period, m.value, m.estimate};
        else
            byPeriod[m.period] << &m;
    }
    std::sort(s.values.begin(), s.values.end(),
              [](const SnapshotValue &a, const SnapshotValue &b) { return a.period < b.period; });
    for (auto it = byPeriod.begin(); it != byPeriod.end(); ++it) {
        QList<const Measurement *> &list = it.value();
        std::sort(list.begin(), list.end(),
                  [](const Measurement *a, const Measurement *b) { return a->localityId < b->localityId; });
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const Measurement *m : list)
            hash.addData(QStringLiteral("%1:%2:%3;")
                             .arg(m->localityId)
                             .arg(m->value, 0, 'g', 17)
                             .arg(m->estimate ? 1 : 0)
                             .toUtf8());
        s.localityValues.insert(it.key(), SnapshotLocalityValues{int(list.size()), hash.result().toHex()});
    }
}

} // namespace

IssuedSnapshot IssuedSnapshot::of(const PlanStore &store, const Period &period, const QDate &asOf)
{
    IssuedSnapshot s;
    s.period = period;
    s.asOf = asOf;
    const QList<Indicator> indicators = store.indicators();
    QHash<Id, int> position;
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &ind = indicators.at(i);
        SnapshotIndicator si;
        si.id = ind.id;
        si.code = ind.code;
        si.name = ind.name;
        si.nameEn = ind.nameEn;
        si.localities = ind.scope == Scope::Localities;
        s.indicators << si;
        position.insert(ind.id, i);
    }
    const auto fill = [&](int i, const QList<Measurement> &values) {
        const Indicator &ind = indicators.at(i);
        SnapshotIndicator &si = s.indicators[i];
        const IndicatorAssessment a = assessIndicator(ind, values, asOf);
        si.status = a.status;
        si.milestoneYear = a.milestone ? a.milestone->year : 0;
        si.localitiesReached = a.localitiesReached;
        si.localitiesTotal = a.localitiesTotal;
        if (!si.localities)
            if (const auto p = periodPoint(values, ind.id, period, asOf)) {
                si.periodValue = p->value;
                si.periodEstimate = p->estimate;
            }
        addValues(si, values);
    };
    QSet<int> seen;
    // The figures the report printed: values recorded by the end of the cut-off day only, and the tasks
    // as they were then (ReportBuilder's own rules, so the frozen and the current side cannot drift).
    const QDateTime cutOffEnd = endOfCutOffDay(asOf);
    const PlanStore::Creation creation = store.fileCreation();
    // One indicator's values at a time, as the report's streamed Biểu 01 reads them.
    store.forEachIndicatorValues([&](Id id, QList<Measurement> &values) {
        values.removeIf(
            [&](const Measurement &m) { return !ReportBuilder::recordedBy(m, cutOffEnd, creation); });
        if (const auto it = position.constFind(id); it != position.cend()) {
            fill(*it, values);
            seen.insert(*it);
        }
    });
    for (int i = 0; i < indicators.size(); ++i)
        if (!seen.contains(i))
            fill(i, {});
    for (const Task &t : ReportBuilder::tasksAsOf(store, asOf)) {
        SnapshotTask st;
        st.id = t.id;
        st.title = t.title;
        st.status = t.status;
        st.percent = t.percentComplete;
        st.deadline = t.deadline;
        st.completionDate = t.completionDate;
        st.state = taskState(t, asOf);
        st.daysOverdue = daysOverdue(t, asOf);
        s.tasks << st;
    }
    return s;
}

QByteArray IssuedSnapshot::toJson() const
{
    QJsonArray indicatorsJson;
    for (const SnapshotIndicator &i : indicators) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("code"), i.code},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("nameEn"), i.nameEn},
                      {QStringLiteral("localities"), i.localities},
                      {QStringLiteral("status"), toKey(i.status)},
                      {QStringLiteral("milestoneYear"), i.milestoneYear},
                      {QStringLiteral("localitiesReached"), i.localitiesReached},
                      {QStringLiteral("localitiesTotal"), i.localitiesTotal}};
        if (i.periodValue) {
            o.insert(QStringLiteral("periodValue"), *i.periodValue);
            o.insert(QStringLiteral("periodEstimate"), i.periodEstimate);
        }
        QJsonArray values;
        for (const SnapshotValue &v : i.values)
            values.append(QJsonObject{{QStringLiteral("period"), v.period},
                                      {QStringLiteral("value"), v.value},
                                      {QStringLiteral("estimate"), v.estimate}});
        o.insert(QStringLiteral("values"), values);
        QJsonObject localityValues;
        for (auto it = i.localityValues.cbegin(); it != i.localityValues.cend(); ++it)
            localityValues.insert(it.key(),
                                  QJsonObject{{QStringLiteral("count"), it->count},
                                              {QStringLiteral("digest"), QString::fromLatin1(it->digest)}});
        o.insert(QStringLiteral("localityValues"), localityValues);
        indicatorsJson.append(o);
    }
    QJsonArray tasksJson;
    for (const SnapshotTask &t : tasks)
        tasksJson.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("title"), t.title},
                                     {QStringLiteral("status"), toKey(t.status)},
                                     {QStringLiteral("percent"), t.percent},
                                     {QStringLiteral("deadline"), dateKey(t.deadline)},
                                     {QStringLiteral("completionDate"), dateKey(t.completionDate)},
                                     {QStringLiteral("state"), toKey(t.state)},
                                     {QStringLiteral("overdue"), t.state == TaskState::Overdue},
                                     {QStringLiteral("daysOverdue"), t.daysOverdue}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("period"), period.key()},
                           {QStringLiteral("asOf"), dateKey(asOf)},
                           {QStringLiteral("reference"), reference},
                           {QStringLiteral("indicators"), indicatorsJson},
                           {QStringLiteral("tasks"), tasksJson}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<IssuedSnapshot> IssuedSnapshot::fromJson(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject root = doc.object();
    const int format = root.value(QStringLiteral("format")).toInt();
    const auto period = Period::parse(root.value(QStringLiteral("period")).toString());
    if (format < 1 || format > kFormat || !period)
        return std::nullopt;
    IssuedSnapshot s;
    s.period = *period;
    s.asOf = dateOf(root.value(QStringLiteral("asOf")));
    s.reference = root.value(QStringLiteral("reference")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        SnapshotIndicator i;
        i.id = o.value(QStringLiteral("id")).toInteger();
        i.code = o.value(QStringLiteral("code")).toString();
        i.name = o.value(QStringLiteral("name")).toString();
        i.nameEn = o.value(QStringLiteral("nameEn")).toString();
        i.localities = o.value(QStringLiteral("localities")).toBool();
        i.status = indicatorStatusFromKey(o.value(QStringLiteral("status")).toString())
                       .value_or(IndicatorStatus::NoData);
        i.milestoneYear = o.value(QStringLiteral("milestoneYear")).toInt();
        i.localitiesReached = o.value(QStringLiteral("localitiesReached")).toInt();
        i.localitiesTotal = o.value(QStringLiteral("localitiesTotal")).toInt();
        if (o.contains(QStringLiteral("periodValue"))) {
            i.periodValue = o.value(QStringLiteral("periodValue")).toDouble();
            i.periodEstimate = o.value(QStringLiteral("periodEstimate")).toBool();
        }
        for (const QJsonValue &x : o.value(QStringLiteral("values")).toArray()) {
            const QJsonObject vo = x.toObject();
            i.values << SnapshotValue{vo.value(QStringLiteral("period")).toString(),
                                      vo.value(QStringLiteral("value")).toDouble(),
                                      vo.value(QStringLiteral("estimate")).toBool()};
        }
        const QJsonObject lv = o.value(QStringLiteral("localityValues")).toObject();
        for (auto it = lv.begin(); it != lv.end(); ++it) {
            const QJsonObject e = it.value().toObject();
            i.localityValues.insert(
                it.key(), SnapshotLocalityValues{e.value(QStringLiteral("count")).toInt(),
                                                 e.value(QStringLiteral("digest")).toString().toLatin1()});
        }
        s.indicators << i;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("tasks")).toArray()) {
        const QJsonObject o = v.toObject();
        SnapshotTask t;
        t.id = o.value(QStringLiteral("id")).toInteger();
        t.title = o.value(QStringLiteral("title")).toString();
        t.status =
            taskStatusFromKey(o.value(QStringLiteral("status")).toString()).value_or(TaskStatus::NotStarted);
        t.percent = o.value(QStringLiteral("percent")).toInt();
        t.deadline = dateOf(o.value(QStringLiteral("deadline")));
        t.completionDate = dateOf(o.value(QStringLiteral("completionDate")));
        t.state =
            taskStateFromKey(o.value(QStringLiteral("state")).toString()).value_or(TaskState::NotStarted);
        t.daysOverdue = o.value(QStringLiteral("daysOverdue")).toInt();
        s.tasks << t;
    }
    return s;
}

const SnapshotIndicator *IssuedSnapshot::indicator(Id id) const
{
    for (const SnapshotIndicator &i : indicators)
        if (i.id == id)
            return &i;
    return nullptr;
}

const SnapshotTask *IssuedSnapshot::task(Id id) const
{
    for (const SnapshotTask &t : tasks)
        if (t.id == id)
            return &t;
    return nullptr;
}

IssuedReport issuedRecord(const ReportContent &content, const PlanStore &store)
{
    const ReportSettings &settings = content.settings;
    IssuedReport r;
    r.number = settings.documentNumber;
    r.documentDate = content.documentDate; // the date line's date; asOf is the data cut-off
    r.period = content.period.key();
    r.asOf = content.asOf;
    r.format = ReportSettings::toKey(settings.format);
    r.language = ReportSettings::toKey(settings.language);
    IssuedSnapshot figures = IssuedSnapshot::of(store, content.period, content.asOf);
    // The number as the report prints it after "Số", for "compared with Report No. ...".
    const QString padded = ReportText::paddedNumber(settings.documentNumber).trimmed();
    figures.reference = settings.format == ReportSettings::Format::Party
                            ? QStringLiteral("%1-BC/%2").arg(padded, settings.partyIssuerShort)
                            : QStringLiteral("%1/BC-%2").arg(padded, settings.issuingAgencyShort);
    r.snapshot = figures.toJson();
    return r;
}

} // namespace dx
