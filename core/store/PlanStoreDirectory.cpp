// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore: agencies, persons and localities.
#include "PlanStore.h"

#include "SqlWriter.h"
#include "StaleCheck.h"
#include "domain/Validation.h"

#include <QSqlQuery>

#include <algorithm>

namespace dx {

void PlanStore::noteAgencyReferences(SqlWriter &w, Id agency)
{
    // The rows that refer to @p agency change when it is merged away or removed: the notifier names them.
    for (Id id : w.ids(QStringLiteral("SELECT id FROM task WHERE lead_agency_id = ?"), {agency}))
        m_pending.tasks.change(id, TaskField::LeadAgency);
    for (Id id : w.ids(QStringLiteral("SELECT task_id FROM task_cooperator WHERE agency_id = ?"), {agency}))
        m_pending.tasks.change(id, TaskField::CooperatingAgencies);
    for (Id id : w.ids(QStringLiteral("SELECT id FROM task_group WHERE lead_agency_id = ?"), {agency}))
        m_pending.groups.change(id, GroupField::LeadAgency);
    for (Id id : w.ids(QStringLiteral("SELECT id FROM indicator WHERE owner_agency_id = ?"), {agency}))
        m_pending.indicators.change(id, IndicatorField::OwnerAgency);
}

QList<Agency> PlanStore::agencies() const
{
    QList<Agency> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral(
        "SELECT id, name, short_name, name_en, locality_id, retired, sort_order, row_version FROM agency "
        "ORDER BY sort_order, id"));
    while (q.next()) {
        Agency a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.shortName = q.value(2).toString();
        a.nameEn = q.value(3).toString();
        a.localityId = q.value(4).toLongLong();
        a.retired = q.value(5).toBool();
        a.sortOrder = q.value(6).toInt();
        a.version = q.value(7).toLongLong();
        out << a;
    }
    return out;
}

Result<Id> PlanStore::insertAgency(const Agency &input)
{
    Agency a = input;
    normalizeFields<AgencyField>(a);
    const QString why = Validation::agency(a);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        const QVariant order =
            a.sortOrder != 0
                ? QVariant(a.sortOrder)
                : w.scalar(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM agency"));
        id = w.insert(
            QStringLiteral(
                "INSERT INTO agency (id, name, short_name, name_en, locality_id, retired, sort_order) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {idOrNull(a.id), a.name, a.shortName, a.nameEn, idOrNull(a.localityId), a.retired ? 1 : 0,
             order});
        w.logInsert(QLatin1String(FieldTable<AgencyField>::entityKey()), id, a.name);
        pending().directory = true;
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateAgency(const Agency &input, const std::optional<Agency> &expected)
{
    Agency a = input;
    normalizeFields<AgencyField>(a);
    const QString why = Validation::agency(a);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    return write([&](SqlWriter &w) {
        Agency old; // read inside the transaction: nobody writes between the check and the write
        for (const Agency &x : agencies())
            if (x.id == a.id)
                old = x;
        if (old.id == 0)
            return w.fail(Validation::tr("The agency no longer exists."), Error::Code::NotFound);
        if (const Status st =
                checkNotStale<AgencyField>(w, a.id, old.name, old, a, expected ? &*expected : nullptr);
            !st)
            return st;
        w.exec(QStringLiteral(
                   "UPDATE agency SET name = ?, short_name = ?, name_en = ?, locality_id = ?, retired = ?, "
                   "sort_order = ? WHERE id = ?"),
               {a.name, a.shortName, a.nameEn, idOrNull(a.localityId), a.retired ? 1 : 0, a.sortOrder, a.id});
        w.logUpdates<AgencyField>(a.id, old, a);
        pending().directory = true;
        return w.status();
    });
}

Status PlanStore::mergeAgencies(Id kept, Id duplicate)
{
    if (kept == duplicate)
        return Status::fail(Error::Code::Invalid, Validation::tr("An agency cannot be merged into itself."));
    return write([&](SqlWriter &w) {
        noteAgencyReferences(w, duplicate);
        const QVariantList ids{kept, duplicate};
        w.exec(QStringLiteral("UPDATE task SET lead_agency_id = ? WHERE lead_agency_id = ?"), ids);
        w.exec(QStringLiteral("UPDATE task_group SET lead_agency_id = ? WHERE lead_agency_id = ?"), ids);
        w.exec(QStringLiteral("UPDATE indicator SET owner_agency_id = ? WHERE owner_agency_id = ?"), ids);
        w.exec(QStringLiteral("UPDATE person SET agency_id = ? WHERE agency_id = ?"), ids);
        w.exec(QStringLiteral("INSERT OR IGNORE INTO task_cooperator (task_id, agency_id) "
                              "SELECT task_id, ? FROM task_cooperator WHERE agency_id = ?"),
               ids);
        w.exec(QStringLiteral("DELETE FROM task_cooperator WHERE agency_id = ?"), {duplicate});
        w.exec(QStringLiteral("DELETE FROM agency WHERE id = ?"), {duplicate});
        w.logUpdate(QLatin1String(FieldTable<AgencyField>::entityKey()), kept, QStringLiteral("mergedFrom"),
                    QString(), QString::number(duplicate));
        w.logDelete(QLatin1String(FieldTable<AgencyField>::entityKey()), duplicate,
                    QString::number(duplicate));
        pending().directory = true;
        return w.status();
    });
}

Status PlanStore::removeAgency(Id id)
{
    return write([&](SqlWriter &w) {
        noteAgencyReferences(w, id);
        w.exec(QStringLiteral("DELETE FROM agency WHERE id = ?"), {id});
        w.logDelete(QLatin1String(FieldTable<AgencyField>::entityKey()), id, QString::number(id));
        pending().directory = true;
        return w.status();
    });
}

Status PlanStore::removePerson(Id id)
{
    return write([&](SqlWriter &w) {
        w.exec(QStringLiteral("DELETE FROM person WHERE id = ?"), {id});
        w.logDelete(QLatin1String(FieldTable<PersonField>::entityKey()), id, QString::number(id));
        pending().directory = true;
        return w.status();
    });
}

QList<Person> PlanStore::persons() const
{
    QList<Person> out;
    QSqlQuery q(db());
    q.exec(
        QStringLiteral("SELECT id, name, agency_id, position, email, phone, retired, row_version FROM person "
                       "ORDER BY name, id"));
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.agencyId = q.value(2).toLongLong();
        p.position = q.value(3).toString();
        p.email = q.value(4).toString();
        p.phone = q.value(5).toString();
        p.retired = q.value(6).toBool();
        p.version = q.value(7).toLongLong();
        out << p;
    }
    return out;
}

Result<Id> PlanStore::insertPerson(const Person &input)
{
    Person p = input;
    normalizeFields<PersonField>(p);
    const QString why = Validation::person(p);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = w.insert(
            QStringLiteral("INSERT INTO person (id, name, agency_id, position, email, phone, retired) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {idOrNull(p.id), p.name, idOrNull(p.agencyId), p.position, p.email, p.phone, p.retired ? 1 : 0});
        w.logInsert(QLatin1String(FieldTable<PersonField>::entityKey()), id, p.name);
        pending().directory = true;
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updatePerson(const Person &input, const std::optional<Person> &expected)
{
    Person p = input;
    normalizeFields<PersonField>(p);
    const QString why = Validation::person(p);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    return write([&](SqlWriter &w) {
        Person old; // read inside the transaction
        for (const Person &x : persons())
            if (x.id == p.id)
                old = x;
        if (old.id == 0)
            return w.fail(Validation::tr("The person no longer exists."), Error::Code::NotFound);
        if (const Status st =
                checkNotStale<PersonField>(w, p.id, old.name, old, p, expected ? &*expected : nullptr);
            !st)
            return st;
        w.exec(
            QStringLiteral("UPDATE person SET name = ?, agency_id = ?, position = ?, email = ?, phone = ?, "
                           "retired = ? WHERE id = ?"),
            {p.name, idOrNull(p.agencyId), p.position, p.email, p.phone, p.retired ? 1 : 0, p.id});
        w.logUpdates<PersonField>(p.id, old, p);
        pending().directory = true;
        return w.status();
    });
}

QList<Locality> PlanStore::localities() const
{
    QList<Locality> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral(
        "SELECT id, code, name, name_en, kind, parent_id, sort_order, row_version FROM locality "
        "ORDER BY sort_order, id"));
    while (q.next()) {
        Locality l;
        l.id = q.value(0).toLongLong();
        l.code = q.value(1).toString();
        l.name = q.value(2).toString();
        l.nameEn = q.value(3).toString();
        l.kind = localityKindFromKey(q.value(4).toString()).value_or(LocalityKind::Other);
        l.parentId = q.value(5).toLongLong();
        l.sortOrder = q.value(6).toInt();
        l.version = q.value(7).toLongLong();
        out << l;
    }
    return out;
}

Result<Id> PlanStore::insertLocality(const Locality &input)
{
    Locality l = input;
    normalizeFields<LocalityField>(l);
    const QString why = Validation::locality(l);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        id = w.insert(
            QStringLiteral("INSERT INTO locality (id, code, name, name_en, kind, parent_id, sort_order) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {idOrNull(l.id), l.code, l.name, l.nameEn, toKey(l.kind), idOrNull(l.parentId), l.sortOrder});
        w.logInsert(QLatin1String(FieldTable<LocalityField>::entityKey()), id, l.name);
        pending().directory = true;
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

} // namespace dx
