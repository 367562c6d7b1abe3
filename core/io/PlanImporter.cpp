// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanImporter.h"

#include "JsonFormat.h"
#include "domain/Fields.h"

#include "JsonReader.h"
#include "domain/Plan.h"
#include "domain/Validation.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <initializer_list>
#include <utility>

namespace dx {
namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = json::formatName();

constexpr qsizetype kLine = Validation::kMaxLineLength;
constexpr qsizetype kText = Validation::kMaxTextLength;

/// The storage keys of every value of an enum, for "expected one of ..." messages.
/// A field's key as JsonReader takes it (the field tables are the one place keys are spelled).
template <typename E> const char *fieldName(E f)
{
    return fieldSpec(f).key;
}

template <typename E> QStringList wordsOf(std::initializer_list<E> values)
{
    QStringList out;
    for (E v : values)
        out << toKey(v);
    return out;
}

/// Resolves the keys used inside a template to the ids they got in the store.
struct KeyMap
{
    QHash<QString, Id> localities, agencies, persons, groups, indicators;
};

/// Reads the whole document strictly (JsonReader) and writes it through the store, which validates
/// every entity again. The first problem stops the import; its message starts with the JSON path.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)
public:
    Importer(const QJsonObject &doc, PlanStore &store) : m_doc(doc), m_store(store) {}

    Status run()
    {
        for (Status (Importer::*step)() :
             {&Importer::localities, &Importer::agencies, &Importer::persons, &Importer::groups,
              &Importer::indicators, &Importer::tasks, &Importer::measurements, &Importer::settings})
            if (const Status s = (this->*step)(); !s)
                return s;
        return success();
    }

private:
    Status refused() const { return Status::fail(Error::Code::Invalid, m_json.error()); }
    Status refused(const QString &where, const QString &problem)
    {
        m_json.fail(where, problem);
        return refused();
    }
    static Status wrap(const Status &s, const QString &where)
    {
        if (s)
            return s;
        return Status::fail(s.error().code, QStringLiteral("%1: %2").arg(where, s.error().message));
    }

    /// An optional reference by key: empty is "none"; a key that names nothing is refused.
    bool ref(const QHash<QString, Id> &map, const QJsonValue &v, const QString &where, const QString &what,
             Id &out)
    {
        const QString key = m_json.textAt(v, where, kLine);
        if (m_json.failed())
            return false;
        if (key.isEmpty()) {
            out = 0;
            return true;
        }
        out = map.value(key, 0);
        if (out == 0)
            m_json.fail(where, tr("refers to an unknown %1 \"%2\"").arg(what, key));
        return out != 0;
    }
    bool ref(const QHash<QString, Id> &map, const QJsonObject &o, const QString &where, const char *key,
             const QString &what, Id &out)
    {
        return ref(map, o.value(QLatin1String(key)), JsonReader::member(where, key), what, out);
    }
    /// The entity's own key: required, unique in its list.
    bool ownKey(const QJsonObject &o, const QString &where, QHash<QString, Id> &map, QString &out)
    {
        out = m_json.text(o, where, "key", kLine);
        if (m_json.failed())
            return false;
        if (out.isEmpty()) {
            m_json.fail(JsonReader::member(where, "key"), tr("is required"));
            return false;
        }
        if (map.contains(out)) {
            m_json.fail(JsonReader::member(where, "key"), tr("the key \"%1\" is used twice").arg(out));
            return false;
        }
        return true;
    }

    Status localities()
    {
        const QString list = json::localities();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::localities);
        QSet<QString> codes;
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            QString key;
            if (m_json.failed() || !ownKey(o, where, m_keys.localities, key))
                return refused();
            Locality l;
            l.code = m_json.text(o, where, fieldName(LocalityField::Code), kLine);
            l.name = m_json.text(o, where, fieldName(LocalityField::Name), kLine);
            l.nameEn = m_json.text(o, where, fieldName(LocalityField::NameEn), kLine);
            l.kind = *localityKindFromKey(
                m_json.word(o, where, fieldName(LocalityField::Kind),
                            wordsOf({LocalityKind::Province, LocalityKind::City, LocalityKind::Town,
                                     LocalityKind::District, LocalityKind::Commune, LocalityKind::Other}),
                            toKey(LocalityKind::Other)));
            l.sortOrder = int(n) + 1;
            if (m_json.failed() || !ref(m_keys.localities, o, where, fieldName(LocalityField::Parent),
                                        tr("locality"), l.parentId))
                return refused();
            if (!l.code.isEmpty()) {
                if (codes.contains(l.code))
                    return refused(JsonReader::member(where, fieldName(LocalityField::Code)),
                                   tr("the code \"%1\" is used twice").arg(l.code));
                codes.insert(l.code);
            }
            const Result<Id> id = m_store.insertLocality(l);
            if (!id)
                return wrap(id.error(), where);
            m_keys.localities.insert(key, id.value());
        }
        return m_json.failed() ? refused() : success();
    }

    Status agencies()
    {
        const QString list = json::agencies();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::agencies);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            QString key;
            if (m_json.failed() || !ownKey(o, where, m_keys.agencies, key))
                return refused();
            Agency a;
            a.name = m_json.text(o, where, fieldName(AgencyField::Name), kLine);
            a.shortName = m_json.text(o, where, fieldName(AgencyField::ShortName), kLine);
            a.nameEn = m_json.text(o, where, fieldName(AgencyField::NameEn), kLine);
            a.retired = m_json.boolean(o, where, fieldName(AgencyField::Retired));
            a.sortOrder = int(n) + 1;
            if (m_json.failed() || !ref(m_keys.localities, o, where, fieldName(AgencyField::Locality),
                                        tr("locality"), a.localityId))
                return refused();
            const Result<Id> id = m_store.insertAgency(a);
            if (!id)
                return wrap(id.error(), where);
            m_keys.agencies.insert(key, id.value());
        }
        return m_json.failed() ? refused() : success();
    }

    Status persons()
    {
        const QString list = json::persons();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::persons);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            QString key;
            if (m_json.failed() || !ownKey(o, where, m_keys.persons, key))
                return refused();
            Person p;
            p.name = m_json.text(o, where, fieldName(PersonField::Name), kLine);
            p.position = m_json.text(o, where, fieldName(PersonField::Position), kLine);
            p.email = m_json.text(o, where, fieldName(PersonField::Email), kLine);
            p.phone = m_json.text(o, where, fieldName(PersonField::Phone), kLine);
            p.retired = m_json.boolean(o, where, fieldName(PersonField::Retired));
            if (m_json.failed() ||
                !ref(m_keys.agencies, o, where, fieldName(PersonField::Agency), tr("agency"), p.agencyId))
                return refused();
            const Result<Id> id = m_store.insertPerson(p);
            if (!id)
                return wrap(id.error(), where);
            m_keys.persons.insert(key, id.value());
        }
        return m_json.failed() ? refused() : success();
    }

    Status groups()
    {
        const QString list = json::groups();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::groups);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            QString key;
            if (m_json.failed() || !ownKey(o, where, m_keys.groups, key))
                return refused();
            TaskGroup g;
            g.sortOrder = int(n) + 1;
            g.title = m_json.text(o, where, fieldName(GroupField::Title), kLine);
            g.titleEn = m_json.text(o, where, fieldName(GroupField::TitleEn), kLine);
            g.description = m_json.text(o, where, fieldName(GroupField::Description), kText);
            if (m_json.failed() || !ref(m_keys.agencies, o, where, fieldName(GroupField::LeadAgency),
                                        tr("agency"), g.leadAgencyId))
                return refused();
            const Result<Id> id = m_store.insertGroup(g);
            if (!id)
                return wrap(id.error(), where);
            m_keys.groups.insert(key, id.value());
        }
        return m_json.failed() ? refused() : success();
    }

    bool refList(const QHash<QString, Id> &map, const QJsonObject &o, const QString &where, const char *key,
                 const QString &what, QList<Id> &out)
    {
        const QJsonArray items = m_json.array(o, where, key);
        const QString at = JsonReader::member(where, key);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            Id id = 0;
            if (!ref(map, items.at(n), JsonReader::element(at, n), what, id))
                return false;
            if (id == 0) {
                m_json.fail(JsonReader::element(at, n),
                            tr("expected a key, got %1").arg(JsonReader::shown(items.at(n))));
                return false;
            }
            if (out.contains(id)) {
                m_json.fail(JsonReader::element(at, n), tr("is listed twice"));
                return false;
            }
            out << id;
        }
        return !m_json.failed();
    }

    Status indicators()
    {
        const QString list = json::indicators();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::indicators);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            if (m_json.failed())
                return refused();
            Indicator i;
            i.sortOrder = int(n) + 1;
            i.code = m_json.text(o, where, fieldName(IndicatorField::Code), kLine);
            if (!m_json.failed() && i.code.isEmpty())
                return refused(JsonReader::member(where, fieldName(IndicatorField::Code)), tr("is required"));
            if (!m_json.failed() && m_keys.indicators.contains(i.code))
                return refused(JsonReader::member(where, fieldName(IndicatorField::Code)),
                               tr("the code \"%1\" is used twice").arg(i.code));
            i.name = m_json.text(o, where, fieldName(IndicatorField::Name), kLine);
            i.nameEn = m_json.text(o, where, fieldName(IndicatorField::NameEn), kLine);
            i.unit = m_json.text(o, where, fieldName(IndicatorField::Unit), kLine);
            i.unitEn = m_json.text(o, where, fieldName(IndicatorField::UnitEn), kLine);
            const QString kind =
                m_json.word(o, where, fieldName(IndicatorField::Kind),
                            wordsOf({IndicatorKind::Share, IndicatorKind::Count, IndicatorKind::YearlyRate,
                                     IndicatorKind::Rank, IndicatorKind::Stage}),
                            QString());
            if (m_json.failed())
                return refused();
            i.kind = *indicatorKindFromKey(kind);
            i.direction = *directionFromKey(m_json.word(
                o, where, fieldName(IndicatorField::Direction),
                wordsOf({Direction::Increase, Direction::Decrease}),
                toKey(i.kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase)));
            const QJsonObject base = m_json.object(o, where, json::names::baseline);
            if (!base.isEmpty()) {
                const QString at = JsonReader::member(where, json::names::baseline);
                i.baselinePeriod = m_json.text(base, at, fieldName(MeasurementField::Period), kLine);
                i.baselineValue = m_json.number(base, at, fieldName(MeasurementField::Value), false);
            }
            i.scope =
                *scopeFromKey(m_json.word(o, where, fieldName(IndicatorField::Scope),
                                          wordsOf({Scope::Plan, Scope::Localities}), toKey(Scope::Plan)));
            if (m_json.failed() ||
                !refList(m_keys.localities, o, where, fieldName(IndicatorField::Localities), tr("locality"),
                         i.localityIds) ||
                !ref(m_keys.agencies, o, where, fieldName(IndicatorField::OwnerAgency), tr("agency"),
                     i.ownerAgencyId))
                return refused();
            i.dataSource = m_json.text(o, where, fieldName(IndicatorField::DataSource), kLine);
            const QJsonArray stages = m_json.array(o, where, fieldName(IndicatorField::StageNames));
            for (qsizetype s = 0; s < stages.size(); ++s)
                i.stageNames << m_json.textAt(
                    stages.at(s),
                    JsonReader::element(JsonReader::member(where, fieldName(IndicatorField::StageNames)), s),
                    kLine);
            i.rankOutOf = m_json.integer(o, where, fieldName(IndicatorField::RankOutOf), 0, 1000000, 0);
            i.notes = m_json.text(o, where, fieldName(IndicatorField::Notes), kText);
            if (m_json.failed() || !refList(m_keys.groups, o, where, fieldName(IndicatorField::Groups),
                                            tr("task group"), i.groupIds))
                return refused();
            const QJsonArray targets = m_json.array(o, where, fieldName(IndicatorField::Targets));
            const QString targetsAt = JsonReader::member(where, fieldName(IndicatorField::Targets));
            for (qsizetype t = 0; t < targets.size() && !m_json.failed(); ++t) {
                const QString at = JsonReader::element(targetsAt, t);
                const QJsonObject to = m_json.objectAt(targets.at(t), at);
                Target target;
                target.year = m_json.integer(to, at, fieldName(TargetField::Year), 1900, 2200, 0);
                if (!m_json.failed() && target.year == 0)
                    return refused(JsonReader::member(at, fieldName(TargetField::Year)), tr("is required"));
                const QString cmp =
                    m_json.textAt(to.value(fieldKey(TargetField::Comparison)),
                                  JsonReader::member(at, fieldName(TargetField::Comparison)), kLine);
                if (m_json.failed())
                    return refused();
                const auto comparison = comparisonFromSymbol(cmp);
                if (!comparison)
                    return refused(JsonReader::member(at, fieldName(TargetField::Comparison)),
                                   tr("expected one of >=, >, <=, =, got %1")
                                       .arg(JsonReader::shown(to.value(fieldKey(TargetField::Comparison)))));
                target.comparison = *comparison;
                target.value = m_json.number(to, at, fieldName(TargetField::Value), true).value_or(0);
                target.note = m_json.text(to, at, fieldName(TargetField::Note), kLine);
                if (m_json.failed() || !ref(m_keys.localities, to, at, fieldName(TargetField::Locality),
                                            tr("locality"), target.localityId))
                    return refused();
                for (const Target &other : std::as_const(i.targets))
                    if (other.year == target.year && other.localityId == target.localityId)
                        return refused(at,
                                       tr("a second target for %1 and the same locality").arg(target.year));
                i.targets << target;
            }
            if (m_json.failed())
                return refused();
            const Result<Id> id = m_store.insertIndicator(i);
            if (!id)
                return wrap(id.error(), where);
            m_keys.indicators.insert(i.code, id.value());
        }
        return m_json.failed() ? refused() : success();
    }

    Status task(const QJsonObject &o, const QString &where, Id groupId, Id parentId, int order, int depth)
    {
        if (depth > 32) // a sub-task tree deeper than any plan has: refused before the stack is at risk
            return refused(where, tr("sub-tasks are nested more than 32 levels deep"));
        Task t;
        t.groupId = groupId;
        t.parentId = parentId;
        t.sortOrder = order;
        t.title = m_json.text(o, where, fieldName(TaskField::Title), kLine);
        t.legalRef = m_json.text(o, where, fieldName(TaskField::LegalRef), kLine);
        if (m_json.failed() ||
            !ref(m_keys.agencies, o, where, fieldName(TaskField::LeadAgency), tr("agency"), t.leadAgencyId) ||
            !refList(m_keys.agencies, o, where, fieldName(TaskField::CooperatingAgencies), tr("agency"),
                     t.cooperatingAgencyIds) ||
            !ref(m_keys.persons, o, where, fieldName(TaskField::Person), tr("person"), t.personId))
            return refused();
        t.startDate = m_json.date(o, where, fieldName(TaskField::StartDate));
        t.deadline = m_json.date(o, where, fieldName(TaskField::Deadline));
        t.status = *taskStatusFromKey(
            m_json.word(o, where, fieldName(TaskField::Status),
                        wordsOf({TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done}),
                        toKey(TaskStatus::NotStarted)));
        t.percentComplete = m_json.integer(o, where, fieldName(TaskField::PercentComplete), 0, 100, 0);
        t.completionDate = m_json.date(o, where, fieldName(TaskField::CompletionDate));
        t.output = m_json.text(o, where, fieldName(TaskField::Output), kText);
        t.notes = m_json.text(o, where, fieldName(TaskField::Notes), kText);
        if (m_json.failed() || !refList(m_keys.indicators, o, where, fieldName(TaskField::Indicators),
                                        tr("indicator"), t.indicatorIds))
            return refused();
        const Result<Id> id = m_store.insertTask(t);
        if (!id)
            return wrap(id.error(), where);
        const QJsonArray subs = m_json.array(o, where, json::names::subtasks);
        const QString subsAt = JsonReader::member(where, json::names::subtasks);
        for (qsizetype n = 0; n < subs.size() && !m_json.failed(); ++n) {
            const QString at = JsonReader::element(subsAt, n);
            const QJsonObject sub = m_json.objectAt(subs.at(n), at);
            if (m_json.failed())
                return refused();
            if (const Status s = task(sub, at, groupId, id.value(), int(n) + 1, depth + 1); !s)
                return s;
        }
        return m_json.failed() ? refused() : success();
    }

    Status tasks()
    {
        QHash<Id, int> orderInGroup;
        const QString list = json::tasks();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::tasks);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            Id groupId = 0;
            if (m_json.failed() ||
                !ref(m_keys.groups, o, where, fieldName(TaskField::Group), tr("task group"), groupId))
                return refused();
            if (groupId == 0)
                return refused(JsonReader::member(where, fieldName(TaskField::Group)), tr("is required"));
            if (const Status s = task(o, where, groupId, 0, ++orderInGroup[groupId], 0); !s)
                return s;
        }
        return m_json.failed() ? refused() : success();
    }

    Status measurements()
    {
        QList<Measurement> values;
        QHash<QString, QString> seen; // (indicator, locality, period) -> where it was first given
        const QString list = json::measurements();
        const QJsonArray items = m_json.array(m_doc, QString(), json::names::measurements);
        for (qsizetype n = 0; n < items.size() && !m_json.failed(); ++n) {
            const QString where = JsonReader::element(list, n);
            const QJsonObject o = m_json.objectAt(items.at(n), where);
            Measurement m;
            if (m_json.failed() ||
                !ref(m_keys.indicators, o, where, fieldName(MeasurementField::Indicator), tr("indicator"),
                     m.indicatorId) ||
                !ref(m_keys.localities, o, where, fieldName(MeasurementField::Locality), tr("locality"),
                     m.localityId))
                return refused();
            if (m.indicatorId == 0)
                return refused(JsonReader::member(where, fieldName(MeasurementField::Indicator)),
                               tr("is required"));
            m.period = m_json.text(o, where, fieldName(MeasurementField::Period), kLine);
            m.value = m_json.number(o, where, fieldName(MeasurementField::Value), true).value_or(0);
            m.estimate = m_json.boolean(o, where, fieldName(MeasurementField::Estimate));
            m.source = m_json.text(o, where, fieldName(MeasurementField::Source), kLine);
            m.note = m_json.text(o, where, fieldName(MeasurementField::Note), kText);
            m.recordedBy = m_json.text(o, where, fieldName(MeasurementField::RecordedBy), kLine);
            const QString at = m_json.text(o, where, fieldName(MeasurementField::RecordedAt), kLine);
            if (!at.isEmpty()) {
                m.recordedAt = QDateTime::fromString(at, Qt::ISODate);
                if (!m.recordedAt.isValid())
                    return refused(
                        JsonReader::member(where, fieldName(MeasurementField::RecordedAt)),
                        tr("expected a date and time yyyy-MM-ddTHH:mm:ss, got %1")
                            .arg(JsonReader::shown(o.value(fieldKey(MeasurementField::RecordedAt)))));
            }
            if (m_json.failed())
                return refused();
            const QString key = QStringLiteral("%1|%2|%3").arg(m.indicatorId).arg(m.localityId).arg(m.period);
            if (const auto first = seen.constFind(key); first != seen.cend())
                return refused(
                    where,
                    tr("a second value for the same indicator, locality and period as %1").arg(*first));
            seen.insert(key, where);
            values << m;
        }
        if (m_json.failed())
            return refused();
        if (values.isEmpty())
            return success();
        return m_store.upsertMeasurements(values);
    }

    Status settings()
    {
        const QJsonObject o = m_json.object(m_doc, QString(), json::names::reportSettings);
        QMap<QString, QString> values;
        for (auto it = o.begin(); it != o.end() && !m_json.failed(); ++it) {
            if (it.key().size() > kLine)
                return refused(json::reportSettings(), tr("a setting name is too long"));
            values.insert(it.key(), m_json.textAt(it.value(),
                                                  JsonReader::member(json::reportSettings(),
                                                                     it.key().toUtf8().constData()),
                                                  kText));
        }
        if (m_json.failed())
            return refused();
        if (values.isEmpty())
            return success();
        return m_store.setSettings(values);
    }

    const QJsonObject &m_doc;
    PlanStore &m_store;
    KeyMap m_keys;
    JsonReader m_json;
};

} // namespace

QStringList PlanImporter::bundledTemplates()
{
    QStringList names;
    for (const QString &f :
         QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}, QDir::Files))
        names << f.chopped(5);
    return names;
}

Result<QJsonObject> PlanImporter::load(const QString &nameOrPath)
{
    using R = Result<QJsonObject>;
    QString path = nameOrPath;
    if (bundledTemplates().contains(nameOrPath))
        path = QStringLiteral(":/templates/%1.json").arg(nameOrPath);
    QFile f(path);
    if (!f.exists())
        return R::fail(Error::Code::NotFound,
                       tr("There is no template \"%1\". Bundled templates: %2.")
                           .arg(nameOrPath, bundledTemplates().join(QLatin1String(", "))));
    if (!f.open(QIODevice::ReadOnly))
        return R::fail(Error::Code::Io,
                       tr("The template \"%1\" cannot be read: %2").arg(path, f.errorString()));
    // A template is a few hundred kilobytes; anything past this is not one, and is not read into memory.
    constexpr qint64 kMaxTemplateBytes = 256 * 1024 * 1024;
    if (f.size() > kMaxTemplateBytes)
        return R::fail(Error::Code::NotAPlan,
                       tr("The file \"%1\" is too large to be a plan template (%2 MB; at most %3 MB).")
                           .arg(path)
                           .arg(f.size() / (1024 * 1024))
                           .arg(kMaxTemplateBytes / (1024 * 1024)));
    return parse(f.readAll(), path);
}

Result<QJsonObject> PlanImporter::parse(const QByteArray &bytes, const QString &path)
{
    using R = Result<QJsonObject>;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (doc.isNull())
        return R::fail(Error::Code::NotAPlan, tr("The file \"%1\" is not a plan template: %2 (at byte %3).")
                                                  .arg(path, err.errorString())
                                                  .arg(err.offset));
    if (!doc.isObject())
        return R::fail(
            Error::Code::NotAPlan,
            tr("The file \"%1\" is not a plan template: it holds a JSON list, not an object {...}.")
                .arg(path));
    const QJsonObject o = doc.object();
    if (o.value(json::format()).toString() != kFormat)
        return R::fail(Error::Code::NotAPlan,
                       tr("The file \"%1\" is not a DX Planner plan template.").arg(path));
    if (o.value(json::formatVersion()).toInt() > kFormatVersion)
        return R::fail(Error::Code::TooNew,
                       tr("The template \"%1\" was written by a newer version of DX Planner.").arg(path));
    return o;
}

Result<Plan> PlanImporter::planOf(const QJsonObject &doc)
{
    JsonReader json;
    const QString where = json::plan();
    const QJsonObject o = json.object(doc, QString(), json::names::plan);
    Plan p;
    p.code = json.text(o, where, fieldName(PlanField::Code), kLine);
    p.title = json.text(o, where, fieldName(PlanField::Title), kLine);
    p.titleEn = json.text(o, where, fieldName(PlanField::TitleEn), kLine);
    p.docType = json.text(o, where, fieldName(PlanField::DocType), kLine);
    p.issuer = json.text(o, where, fieldName(PlanField::Issuer), kLine);
    p.issueDate = json.date(o, where, fieldName(PlanField::IssueDate));
    p.place = json.text(o, where, fieldName(PlanField::Place), kLine);
    p.startYear = json.integer(o, where, fieldName(PlanField::StartYear), 0, 9999, 0);
    p.endYear = json.integer(o, where, fieldName(PlanField::EndYear), 0, 9999, 0);
    const QJsonArray years = json.array(o, where, fieldName(PlanField::MilestoneYears));
    for (qsizetype n = 0; n < years.size() && !json.failed(); ++n)
        p.milestoneYears << json.integerAt(
            years.at(n),
            JsonReader::element(JsonReader::member(where, fieldName(PlanField::MilestoneYears)), n), 1900,
            2200, 0);
    p.summary = json.text(o, where, fieldName(PlanField::Summary), kText);
    QStringList refs;
    const QJsonArray legal = json.array(o, where, fieldName(PlanField::LegalRefs));
    for (qsizetype n = 0; n < legal.size() && !json.failed(); ++n)
        refs << json.textAt(
            legal.at(n), JsonReader::element(JsonReader::member(where, fieldName(PlanField::LegalRefs)), n),
            kLine);
    p.legalRefs = refs.join(QLatin1Char('\n'));
    if (json.failed())
        return Result<Plan>::fail(Error::Code::Invalid, json.error());
    const QString why = Validation::plan(p);
    if (!why.isEmpty())
        return Result<Plan>::fail(Error::Code::Invalid, why);
    return p;
}

Result<std::unique_ptr<PlanStore>> PlanImporter::createFromTemplate(const QString &path,
                                                                    const QString &templateName)
{
    using R = Result<std::unique_ptr<PlanStore>>;
    if (QFileInfo::exists(path))
        return R::fail(Error::Code::Exists,
                       tr("The file \"%1\" already exists; it was not changed.").arg(path));
    // A template whose content is refused is a refused file (exit code 2), not a usage error: the
    // message names the template and the JSON path of the offending value.
    const auto refusedTemplate = [&](const Error &e) {
        if (e.code != Error::Code::Invalid)
            return e;
        return Error{
            Error::Code::NotAPlan,
            tr("The template \"%1\" was refused, and no plan was created: %2").arg(templateName, e.message)};
    };
    const auto doc = load(templateName);
    if (!doc)
        return doc.error();
    const auto plan = planOf(doc.value());
    if (!plan)
        return refusedTemplate(plan.error());
    // The whole content goes into the file before it is renamed into place: a refused template, a
    // full disk or a kill leaves nothing at @p path.
    const QJsonObject &content = doc.value();
    auto created =
        PlanStore::create(path, plan.value(), [&content](PlanStore &s) { return import(content, s); });
    if (!created)
        return refusedTemplate(created.error());
    return created;
}

Status PlanImporter::import(const QJsonObject &doc, PlanStore &store)
{
    return store.bulkWrite([&](PlanStore &s) { return Importer(doc, s).run(); });
}

} // namespace dx
