// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanImporter.h"

#include "domain/Plan.h"
#include "domain/Validation.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace dx {
namespace {

constexpr int kFormatVersion = 1;
const QString kFormat = QStringLiteral("dxplanner-plan");

/// Text from JSON, normalised to NFC so that "ệ" typed on any keyboard compares equal (docs/architecture.md
/// §5).
QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().normalized(QString::NormalizationForm_C);
}

QDate date(const QJsonObject &o, const char *key)
{
    return QDate::fromString(text(o, key), Qt::ISODate);
}

/// Resolves the keys used inside a template to the ids they got in the store.
struct KeyMap
{
    QHash<QString, Id> localities, agencies, persons, groups, indicators;
};

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(PlanImporter)
public:
    Importer(const QJsonObject &doc, PlanStore &store) : m_doc(doc), m_store(store) {}

    Status run()
    {
        Status s = localities();
        if (s)
            s = agencies();
        if (s)
            s = persons();
        if (s)
            s = groups();
        if (s)
            s = indicators();
        if (s)
            s = tasks();
        if (s)
            s = measurements();
        if (s)
            s = settings();
        return s;
    }

private:
    QJsonArray array(const char *key) const { return m_doc.value(QLatin1String(key)).toArray(); }

    Status unknown(const QString &what, const QString &key) const
    {
        return Status::fail(Error::Code::Invalid,
                            tr("The template refers to an unknown %1 \"%2\".").arg(what, key));
    }
    /// Looks up an optional reference; an empty key is "none".
    bool ref(const QHash<QString, Id> &map, const QString &key, Id &out) const
    {
        if (key.isEmpty()) {
            out = 0;
            return true;
        }
        out = map.value(key, 0);
        return out != 0;
    }
    static Status wrap(const Status &s, const QString &where)
    {
        if (s)
            return s;
        return Status::fail(s.error().code, QStringLiteral("%1: %2").arg(where, s.error().message));
    }

    Status localities()
    {
        int order = 0;
        for (const QJsonValue &v : array("localities")) {
            const QJsonObject o = v.toObject();
            Locality l;
            l.code = text(o, "code");
            l.name = text(o, "name");
            l.nameEn = text(o, "nameEn");
            l.kind = localityKindFromKey(text(o, "kind")).value_or(LocalityKind::Other);
            l.sortOrder = ++order;
            if (!ref(m_keys.localities, text(o, "parent"), l.parentId))
                return unknown(tr("locality"), text(o, "parent"));
            const Result<Id> id = m_store.insertLocality(l);
            if (!id)
                return wrap(id.error(), l.name);
            m_keys.localities.insert(text(o, "key"), id.value());
        }
        return success();
    }

    Status agencies()
    {
        int order = 0;
        for (const QJsonValue &v : array("agencies")) {
            const QJsonObject o = v.toObject();
            Agency a;
            a.name = text(o, "name");
            a.shortName = text(o, "shortName");
            a.nameEn = text(o, "nameEn");
            a.retired = o.value(QLatin1String("retired")).toBool();
            a.sortOrder = ++order;
            if (!ref(m_keys.localities, text(o, "locality"), a.localityId))
                return unknown(tr("locality"), text(o, "locality"));
            const Result<Id> id = m_store.insertAgency(a);
            if (!id)
                return wrap(id.error(), a.name);
            m_keys.agencies.insert(text(o, "key"), id.value());
        }
        return success();
    }

    Status persons()
    {
        for (const QJsonValue &v : array("persons")) {
            const QJsonObject o = v.toObject();
            Person p;
            p.name = text(o, "name");
            p.position = text(o, "position");
            p.email = text(o, "email");
            p.phone = text(o, "phone");
            p.retired = o.value(QLatin1String("retired")).toBool();
            if (!ref(m_keys.agencies, text(o, "agency"), p.agencyId))
                return unknown(tr("agency"), text(o, "agency"));
            const Result<Id> id = m_store.insertPerson(p);
            if (!id)
                return wrap(id.error(), p.name);
            m_keys.persons.insert(text(o, "key"), id.value());
        }
        return success();
    }

    Status groups()
    {
        int order = 0;
        for (const QJsonValue &v : array("groups")) {
            const QJsonObject o = v.toObject();
            TaskGroup g;
            g.sortOrder = ++order;
            g.title = text(o, "title");
            g.titleEn = text(o, "titleEn");
            g.description = text(o, "description");
            if (!ref(m_keys.agencies, text(o, "leadAgency"), g.leadAgencyId))
                return unknown(tr("agency"), text(o, "leadAgency"));
            const Result<Id> id = m_store.insertGroup(g);
            if (!id)
                return wrap(id.error(), g.title);
            m_keys.groups.insert(text(o, "key"), id.value());
        }
        return success();
    }

    Status indicators()
    {
        int order = 0;
        for (const QJsonValue &v : array("indicators")) {
            const QJsonObject o = v.toObject();
            Indicator i;
            i.sortOrder = ++order;
            i.code = text(o, "code");
            i.name = text(o, "name");
            i.nameEn = text(o, "nameEn");
            i.unit = text(o, "unit");
            i.unitEn = text(o, "unitEn");
            const auto kind = indicatorKindFromKey(text(o, "kind"));
            if (!kind)
                return Status::fail(
                    Error::Code::Invalid,
                    tr("Indicator %1 has an unknown kind \"%2\".").arg(i.code, text(o, "kind")));
            i.kind = *kind;
            i.direction =
                directionFromKey(text(o, "direction"))
                    .value_or(i.kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase);
            const QJsonObject base = o.value(QLatin1String("baseline")).toObject();
            if (!base.isEmpty()) {
                i.baselinePeriod = text(base, "period");
                i.baselineValue = base.value(QLatin1String("value")).toDouble();
            }
            i.scope = scopeFromKey(text(o, "scope")).value_or(Scope::Plan);
            for (const QJsonValue &l : o.value(QLatin1String("localities")).toArray()) {
                Id id = 0;
                if (!ref(m_keys.localities, l.toString(), id))
                    return unknown(tr("locality"), l.toString());
                i.localityIds << id;
            }
            if (!ref(m_keys.agencies, text(o, "ownerAgency"), i.ownerAgencyId))
                return unknown(tr("agency"), text(o, "ownerAgency"));
            i.dataSource = text(o, "dataSource");
            for (const QJsonValue &s : o.value(QLatin1String("stageNames")).toArray())
                i.stageNames << s.toString().normalized(QString::NormalizationForm_C);
            i.rankOutOf = o.value(QLatin1String("rankOutOf")).toInt();
            i.notes = text(o, "notes");
            for (const QJsonValue &g : o.value(QLatin1String("groups")).toArray()) {
                Id id = 0;
                if (!ref(m_keys.groups, g.toString(), id))
                    return unknown(tr("task group"), g.toString());
                i.groupIds << id;
            }
            for (const QJsonValue &tv : o.value(QLatin1String("targets")).toArray()) {
                const QJsonObject t = tv.toObject();
                Target target;
                target.year = t.value(QLatin1String("year")).toInt();
                const auto cmp = comparisonFromSymbol(text(t, "comparison"));
                if (!cmp)
                    return Status::fail(Error::Code::Invalid,
                                        tr("Indicator %1 has an unknown comparison \"%2\".")
                                            .arg(i.code, text(t, "comparison")));
                target.comparison = *cmp;
                target.value = t.value(QLatin1String("value")).toDouble();
                target.note = text(t, "note");
                if (!ref(m_keys.localities, text(t, "locality"), target.localityId))
                    return unknown(tr("locality"), text(t, "locality"));
                i.targets << target;
            }
            const Result<Id> id = m_store.insertIndicator(i);
            if (!id)
                return wrap(id.error(), i.code);
            m_keys.indicators.insert(i.code, id.value());
        }
        return success();
    }

    Status task(const QJsonObject &o, Id groupId, Id parentId, int order)
    {
        Task t;
        t.groupId = groupId;
        t.parentId = parentId;
        t.sortOrder = order;
        t.title = text(o, "title");
        t.legalRef = text(o, "legalRef");
        if (!ref(m_keys.agencies, text(o, "leadAgency"), t.leadAgencyId))
            return unknown(tr("agency"), text(o, "leadAgency"));
        for (const QJsonValue &a : o.value(QLatin1String("cooperatingAgencies")).toArray()) {
            Id id = 0;
            if (!ref(m_keys.agencies, a.toString(), id))
                return unknown(tr("agency"), a.toString());
            t.cooperatingAgencyIds << id;
        }
        if (!ref(m_keys.persons, text(o, "person"), t.personId))
            return unknown(tr("person"), text(o, "person"));
        t.startDate = date(o, "startDate");
        t.deadline = date(o, "deadline");
        t.status = taskStatusFromKey(text(o, "status")).value_or(TaskStatus::NotStarted);
        t.percentComplete = o.value(QLatin1String("percentComplete")).toInt();
        t.completionDate = date(o, "completionDate");
        t.output = text(o, "output");
        t.notes = text(o, "notes");
        for (const QJsonValue &c : o.value(QLatin1String("indicators")).toArray()) {
            Id id = 0;
            if (!ref(m_keys.indicators, c.toString(), id))
                return unknown(tr("indicator"), c.toString());
            t.indicatorIds << id;
        }
        const Result<Id> id = m_store.insertTask(t);
        if (!id)
            return wrap(id.error(), t.title);
        int childOrder = 0;
        for (const QJsonValue &sub : o.value(QLatin1String("subtasks")).toArray()) {
            const Status s = task(sub.toObject(), groupId, id.value(), ++childOrder);
            if (!s)
                return s;
        }
        return success();
    }

    Status tasks()
    {
        QHash<Id, int> orderInGroup;
        for (const QJsonValue &v : array("tasks")) {
            const QJsonObject o = v.toObject();
            Id groupId = 0;
            if (!ref(m_keys.groups, text(o, "group"), groupId) || groupId == 0)
                return unknown(tr("task group"), text(o, "group"));
            const Status s = task(o, groupId, 0, ++orderInGroup[groupId]);
            if (!s)
                return s;
        }
        return success();
    }

    Status measurements()
    {
        QList<Measurement> list;
        for (const QJsonValue &v : array("measurements")) {
            const QJsonObject o = v.toObject();
            Measurement m;
            if (!ref(m_keys.indicators, text(o, "indicator"), m.indicatorId) || m.indicatorId == 0)
                return unknown(tr("indicator"), text(o, "indicator"));
            if (!ref(m_keys.localities, text(o, "locality"), m.localityId))
                return unknown(tr("locality"), text(o, "locality"));
            m.period = text(o, "period");
            if (!o.value(QLatin1String("value")).isDouble())
                return Status::fail(Error::Code::Invalid,
                                    tr("A value of indicator %1 is not a number.").arg(text(o, "indicator")));
            m.value = o.value(QLatin1String("value")).toDouble();
            m.estimate = o.value(QLatin1String("estimate")).toBool();
            m.source = text(o, "source");
            m.note = text(o, "note");
            m.recordedBy = text(o, "recordedBy");
            m.recordedAt = QDateTime::fromString(text(o, "recordedAt"), Qt::ISODate);
            list << m;
        }
        if (list.isEmpty())
            return success();
        return m_store.upsertMeasurements(list);
    }

    Status settings()
    {
        const QJsonObject o = m_doc.value(QLatin1String("reportSettings")).toObject();
        if (o.isEmpty())
            return success();
        QMap<QString, QString> values;
        for (auto it = o.begin(); it != o.end(); ++it)
            values.insert(it.key(), it.value().toString().normalized(QString::NormalizationForm_C));
        return m_store.setSettings(values);
    }

    const QJsonObject &m_doc;
    PlanStore &m_store;
    KeyMap m_keys;
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
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (doc.isNull() || !doc.isObject())
        return R::fail(Error::Code::NotAPlan,
                       tr("The file \"%1\" is not a plan template: %2").arg(path, err.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != kFormat)
        return R::fail(Error::Code::NotAPlan,
                       tr("The file \"%1\" is not a DX Planner plan template.").arg(path));
    if (o.value(QLatin1String("formatVersion")).toInt() > kFormatVersion)
        return R::fail(Error::Code::TooNew,
                       tr("The template \"%1\" was written by a newer version of DX Planner.").arg(path));
    return o;
}

Result<Plan> PlanImporter::planOf(const QJsonObject &doc)
{
    const QJsonObject o = doc.value(QLatin1String("plan")).toObject();
    Plan p;
    p.code = text(o, "code");
    p.title = text(o, "title");
    p.titleEn = text(o, "titleEn");
    p.docType = text(o, "docType");
    p.issuer = text(o, "issuer");
    p.issueDate = date(o, "issueDate");
    p.place = text(o, "place");
    p.startYear = o.value(QLatin1String("startYear")).toInt();
    p.endYear = o.value(QLatin1String("endYear")).toInt();
    for (const QJsonValue &y : o.value(QLatin1String("milestoneYears")).toArray())
        p.milestoneYears << y.toInt();
    p.summary = text(o, "summary");
    QStringList refs;
    for (const QJsonValue &r : o.value(QLatin1String("legalRefs")).toArray())
        refs << r.toString().normalized(QString::NormalizationForm_C);
    p.legalRefs = refs.join(QLatin1Char('\n'));
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
    const auto doc = load(templateName);
    if (!doc)
        return doc.error();
    const auto plan = planOf(doc.value());
    if (!plan)
        return plan.error();
    auto store = PlanStore::create(path, plan.value());
    if (!store)
        return store.error();
    const Status imported = import(doc.value(), *store.value());
    if (!imported) {
        store.value().reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return imported.error();
    }
    return store;
}

Status PlanImporter::import(const QJsonObject &doc, PlanStore &store)
{
    return store.bulkWrite([&](PlanStore &s) { return Importer(doc, s).run(); });
}

} // namespace dx
