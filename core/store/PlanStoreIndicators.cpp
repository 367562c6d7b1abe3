// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore: indicators, their targets and links, and measurements.
#include "PlanStore.h"

#include "MeasurementReader.h"
#include "PlanFile.h"
#include "SqlWriter.h"
#include "StaleCheck.h"
#include "domain/Period.h"
#include "domain/Validation.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace dx {
namespace {

const QString kIndicatorSelect = QStringLiteral(
    "SELECT id, sort_order, code, name, name_en, unit, unit_en, kind, direction, "
    "baseline_period, baseline_value, "
    "scope, owner_agency_id, data_source, stage_names, rank_out_of, notes, row_version FROM indicator");

Indicator indicatorFromRow(const QSqlQuery &q)
{
    Indicator i;
    i.id = q.value(0).toLongLong();
    i.sortOrder = q.value(1).toInt();
    i.code = q.value(2).toString();
    i.name = q.value(3).toString();
    i.nameEn = q.value(4).toString();
    i.unit = q.value(5).toString();
    i.unitEn = q.value(6).toString();
    i.kind = indicatorKindFromKey(q.value(7).toString()).value_or(IndicatorKind::Count);
    i.direction = directionFromKey(q.value(8).toString()).value_or(Direction::Increase);
    i.baselinePeriod = q.value(9).toString();
    if (!q.value(10).isNull())
        i.baselineValue = q.value(10).toDouble();
    i.scope = scopeFromKey(q.value(11).toString()).value_or(Scope::Plan);
    i.ownerAgencyId = q.value(12).toLongLong();
    i.dataSource = q.value(13).toString();
    // Stage names are stored one per line: names may contain commas, never line breaks.
    i.stageNames = q.value(14).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    i.rankOutOf = q.value(15).toInt();
    i.notes = q.value(16).toString();
    i.version = q.value(17).toLongLong();
    return i;
}

/// Fills targets, localities and groups of the given indicators from the link tables.
void loadIndicatorLinks(const QSqlDatabase &db, QList<Indicator> &list, const QString &where = {})
{
    QHash<Id, int> index;
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(
        QStringLiteral("SELECT id, indicator_id, year, comparison, value, locality_id, note FROM target %1 "
                       "ORDER BY year, COALESCE(locality_id, 0)")
            .arg(where));
    while (q.next()) {
        const auto it = index.constFind(q.value(1).toLongLong());
        if (it == index.cend())
            continue;
        Target t;
        t.id = q.value(0).toLongLong();
        t.indicatorId = q.value(1).toLongLong();
        t.year = q.value(2).toInt();
        t.comparison = comparisonFromKey(q.value(3).toString()).value_or(Comparison::AtLeast);
        t.value = q.value(4).toDouble();
        t.localityId = q.value(5).toLongLong();
        t.note = q.value(6).toString();
        list[*it].targets << t;
    }
    q.exec(QStringLiteral("SELECT l.indicator_id, l.locality_id FROM indicator_locality l "
                          "JOIN locality c ON c.id = l.locality_id %1 ORDER BY c.sort_order, c.id")
               .arg(QString(where).replace(QLatin1String("indicator_id"), QLatin1String("l.indicator_id"))));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            list[*it].localityIds << q.value(1).toLongLong();
    }
    q.exec(QStringLiteral("SELECT l.indicator_id, l.group_id FROM indicator_group l "
                          "JOIN task_group g ON g.id = l.group_id %1 ORDER BY g.sort_order, g.id")
               .arg(QString(where).replace(QLatin1String("indicator_id"), QLatin1String("l.indicator_id"))));
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            list[*it].groupIds << q.value(1).toLongLong();
    }
}

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

void writeIndicatorLinks(SqlWriter &w, const Indicator &i, Id id)
{
    for (const Target &t : i.targets)
        w.exec(QStringLiteral("INSERT INTO target (indicator_id, year, comparison, value, locality_id, note) "
                              "VALUES (?, ?, ?, ?, ?, ?)"),
               {id, t.year, toKey(t.comparison), t.value, idOrNull(t.localityId), t.note});
    for (Id l : i.localityIds)
        w.exec(QStringLiteral(
                   "INSERT OR IGNORE INTO indicator_locality (indicator_id, locality_id) VALUES (?, ?)"),
               {id, l});
    for (Id g : i.groupIds)
        w.exec(QStringLiteral("INSERT OR IGNORE INTO indicator_group (indicator_id, group_id) VALUES (?, ?)"),
               {id, g});
}

QVariantList indicatorValues(const Indicator &i)
{
    return {i.sortOrder,      i.code.trimmed(),
            i.name,           i.nameEn,
            i.unit,           i.unitEn,
            toKey(i.kind),    toKey(i.direction),
            i.baselinePeriod, optionalValue(i.baselineValue),
            toKey(i.scope),   idOrNull(i.ownerAgencyId),
            i.dataSource,     i.stageNames.join(QLatin1Char('\n')),
            i.rankOutOf,      i.notes};
}

Measurement measurementFromRow(const QSqlQuery &q)
{
    Measurement m;
    m.id = q.value(0).toLongLong();
    m.indicatorId = q.value(1).toLongLong();
    m.localityId = q.value(2).toLongLong();
    m.period = q.value(3).toString();
    m.value = q.value(4).toDouble();
    m.estimate = q.value(5).toBool();
    m.source = q.value(6).toString();
    m.note = q.value(7).toString();
    m.recordedBy = q.value(8).toString();
    m.recordedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODate);
    m.sourceFile = q.value(10).toString();
    m.sourceUnit = q.value(11).toString();
    m.receivedAt = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    m.importedBy = q.value(13).toString();
    m.version = q.value(14).toLongLong();
    return m;
}

const QString kMeasurementSelect = QStringLiteral(
    "SELECT id, indicator_id, locality_id, period, value, estimate, source, note, recorded_by, recorded_at, "
    "source_file, source_unit, received_at, imported_by, row_version FROM measurement");

} // namespace

QList<Indicator> PlanStore::indicators() const
{
    QList<Indicator> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.exec(kIndicatorSelect + QStringLiteral(" ORDER BY sort_order, id"));
    while (q.next())
        out << indicatorFromRow(q);
    loadIndicatorLinks(db(), out);
    return out;
}

std::optional<Indicator> PlanStore::indicator(Id id) const
{
    QList<Indicator> out;
    QSqlQuery q(db());
    q.prepare(kIndicatorSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    out << indicatorFromRow(q);
    loadIndicatorLinks(db(), out, QStringLiteral("WHERE indicator_id = %1").arg(id));
    return out.first();
}

Result<Id> PlanStore::insertIndicator(const Indicator &input)
{
    Indicator i = input;
    normalizeFields<IndicatorField>(i);
    const QString why = Validation::indicator(i);
    if (!why.isEmpty())
        return Result<Id>::fail(Error::Code::Invalid, why);
    Id id = 0;
    const Status s = write([&](SqlWriter &w) {
        QVariantList binds{idOrNull(i.id)};
        binds << indicatorValues(i);
        id = w.insert(
            QStringLiteral("INSERT INTO indicator (id, sort_order, code, name, name_en, unit, unit_en, kind, "
                           "direction, baseline_period, baseline_value, scope, owner_agency_id, "
                           "data_source, stage_names, rank_out_of, notes) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            binds);
        writeIndicatorLinks(w, i, id);
        w.logInsert(QLatin1String(FieldTable<IndicatorField>::entityKey()), id, i.code);
        m_pending.indicators.insert(id);
        return w.status();
    });
    if (!s)
        return s.error();
    return id;
}

Status PlanStore::updateIndicator(const Indicator &input, const std::optional<Indicator> &expected)
{
    Indicator i = input;
    normalizeFields<IndicatorField>(i);
    const QString why = Validation::indicator(i);
    if (!why.isEmpty())
        return Status::fail(Error::Code::Invalid, why);
    return write([&](SqlWriter &w) {
        const auto old = indicator(i.id); // read inside the transaction
        if (!old)
            return w.fail(Validation::tr("The indicator no longer exists."), Error::Code::NotFound);
        if (const Status st =
                checkNotStale<IndicatorField>(w, i.id, old->code, *old, i, expected ? &*expected : nullptr);
            !st)
            return st;
        QVariantList binds = indicatorValues(i);
        binds << i.id;
        w.exec(QStringLiteral(
                   "UPDATE indicator SET sort_order = ?, code = ?, name = ?, name_en = ?, unit = ?, "
                   "unit_en = ?, kind = ?, direction = ?, baseline_period = ?, baseline_value = ?, "
                   "scope = ?, owner_agency_id = ?, data_source = ?, stage_names = ?, rank_out_of = ?, "
                   "notes = ? WHERE id = ?"),
               binds);
        w.exec(QStringLiteral("DELETE FROM target WHERE indicator_id = ?"), {i.id});
        w.exec(QStringLiteral("DELETE FROM indicator_locality WHERE indicator_id = ?"), {i.id});
        w.exec(QStringLiteral("DELETE FROM indicator_group WHERE indicator_id = ?"), {i.id});
        writeIndicatorLinks(w, i, i.id);
        // A kind change must not leave values that the new kind forbids (a share over 100, a rank of 0).
        const QVariant bad =
            w.scalar(QStringLiteral("SELECT COUNT(*) FROM measurement m JOIN indicator i ON "
                                    "i.id = m.indicator_id WHERE m.indicator_id = ? AND ("
                                    "(i.kind = 'share' AND (m.value < 0 OR m.value > 100)) OR "
                                    "(i.kind = 'rank' AND m.value < 1) OR "
                                    "(i.kind IN ('count','stage') AND m.value < 0))"),
                     {i.id});
        if (bad.toInt() > 0)
            return w.fail(Validation::tr("Some recorded values do not fit the new kind of indicator."));
        m_pending.indicators.change(i.id, w.logUpdates<IndicatorField>(i.id, *old, i));
        return w.status();
    });
}

Result<Indicator> PlanStore::removeIndicator(Id id)
{
    const auto old = indicator(id);
    if (!old)
        return Result<Indicator>::fail(Error::Code::NotFound,
                                       Validation::tr("The indicator no longer exists."));
    const Status s = write([&](SqlWriter &w) {
        w.exec(QStringLiteral("DELETE FROM indicator WHERE id = ?"), {id});
        w.logDelete(QLatin1String(FieldTable<IndicatorField>::entityKey()), id, old->code);
        m_pending.indicators.remove(id);
        return w.status();
    });
    if (!s)
        return s.error();
    return *old;
}

QList<Measurement> PlanStore::measurements(Id indicatorId) const
{
    QList<Measurement> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(kMeasurementSelect +
              QStringLiteral(" WHERE indicator_id = ? ORDER BY period, COALESCE(locality_id, 0)"));
    q.addBindValue(indicatorId);
    q.exec();
    while (q.next())
        out << measurementFromRow(q);
    return out;
}

namespace {

/// Every value of @p db's file in key order (by indicator, period, locality): through SQLite's C API on a
/// connection of its own (MeasurementReader), or through @p db itself inside a write transaction, whose
/// rows not yet committed only that connection sees.
void visitAll(const QSqlDatabase &db, bool inTransaction,
              const std::function<bool(const Measurement &)> &visit)
{
    if (!inTransaction && MeasurementReader::forEach(db, visit) == MeasurementReader::Outcome::Done)
        return;
    QSqlQuery q(db);
    q.setForwardOnly(true); // one row at a time: nothing of the result is kept behind
    q.exec(kMeasurementSelect + QStringLiteral(" ORDER BY indicator_id, period, COALESCE(locality_id, 0)"));
    while (q.next())
        if (!visit(measurementFromRow(q)))
            break;
}

QList<Measurement> readAll(const QSqlDatabase &db, bool inTransaction)
{
    QList<Measurement> out;
    visitAll(db, inTransaction, [&out](const Measurement &m) {
        out << m;
        return true;
    });
    return out;
}

/// The fields of a value a planner sets: what a stale write could overwrite.
const MeasurementFields kValueFields{MeasurementField::Value, MeasurementField::Estimate,
                                     MeasurementField::Source, MeasurementField::Note};

QString cellKey(const Measurement &m)
{
    return QStringLiteral("%1/%2/%3").arg(m.indicatorId).arg(m.localityId).arg(m.period);
}

/// The value stored in @p m's cell, read on the store's connection (inside the write's transaction).
std::optional<Measurement> storedValue(const QSqlDatabase &db, const Measurement &m)
{
    QSqlQuery q(db);
    q.prepare(kMeasurementSelect +
              QStringLiteral(" WHERE indicator_id = ? AND COALESCE(locality_id, 0) = ? AND period = ?"));
    q.addBindValue(m.indicatorId);
    q.addBindValue(m.localityId);
    q.addBindValue(m.period);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return measurementFromRow(q);
}

/// Refuses writing @p now (nullopt: clearing the cell) over a cell that someone else changed since the
/// caller read it (docs/architecture.md §4.1): @p expected when the caller says what it believes the cells
/// hold, else the version @p given was read at.
Status checkCell(SqlWriter &w, const std::optional<Measurement> &stored, const Measurement &given,
                 const std::optional<Measurement> &now, const QHash<QString, Measurement> *expected,
                 const QString &indicatorCode)
{
    const auto same = [](const std::optional<Measurement> &a, const std::optional<Measurement> &b) {
        if (!a || !b)
            return !a && !b;
        return differingFields(*a, *b, kValueFields).isEmpty();
    };
    if (same(stored, now))
        return success(); // the write changes nothing
    bool stale = false;
    if (expected) {
        const auto it = expected->constFind(cellKey(given));
        const std::optional<Measurement> believed =
            it == expected->cend() ? std::nullopt : std::optional<Measurement>(*it);
        stale = !same(stored, believed);
    } else if (given.version == Measurement::kEmpty) {
        stale = stored.has_value();
    } else if (given.version > 0) {
        stale = !stored || stored->version != given.version;
    }
    if (!stale)
        return success();
    const QString where =
        QStringLiteral("%1@%2").arg(given.period).arg(given.localityId); // as the log names it
    const QString value = stored ? QLocale().toString(stored->value) : Validation::tr("(empty)");
    return staleWriteRefusal(w, QLatin1String(FieldTable<MeasurementField>::entityKey()), given.indicatorId,
                             where, Validation::tr("the value for %1").arg(given.period), indicatorCode,
                             value);
}

QHash<QString, Measurement> byCell(const QList<Measurement> &values)
{
    QHash<QString, Measurement> out;
    for (const Measurement &m : values) {
        Measurement k = m;
        if (const auto p = Period::parse(k.period))
            k.period = p->key();
        out.insert(cellKey(k), k);
    }
    return out;
}

} // namespace

QList<Measurement> PlanStore::allMeasurements() const
{
    return readAll(db(), m_writer != nullptr);
}

void PlanStore::forEachMeasurement(const std::function<bool(const Measurement &)> &visit) const
{
    visitAll(db(), m_writer != nullptr, visit);
}

void PlanStore::forEachIndicatorValues(const std::function<void(Id, QList<Measurement> &)> &visit) const
{
    // The values come indicator by indicator (the key's order): a run ends where the next indicator starts.
    QList<Measurement> run;
    Id current = 0;
    const auto flush = [&] {
        if (!run.isEmpty())
            visit(current, run);
        run.clear();
    };
    forEachMeasurement([&](const Measurement &m) {
        if (m.indicatorId != current) {
            flush();
            current = m.indicatorId;
        }
        run << m;
        return true;
    });
    flush();
}

Result<QList<Measurement>> PlanStore::readMeasurements(const QString &path)
{
    const Result<QString> conn = PlanFile::connect(path, /*readOnly=*/true);
    if (!conn)
        return conn.error();
    QList<Measurement> out = readAll(QSqlDatabase::database(conn.value(), false), false);
    PlanFile::disconnect(conn.value());
    return out;
}

Status PlanStore::readMeasurements(const QString &path, const std::function<bool(const Measurement &)> &visit)
{
    const Result<QString> conn = PlanFile::connect(path, /*readOnly=*/true);
    if (!conn)
        return conn.error();
    visitAll(QSqlDatabase::database(conn.value(), false), false, visit);
    PlanFile::disconnect(conn.value());
    return success();
}

Status PlanStore::upsertMeasurements(const QList<Measurement> &input,
                                     const std::optional<QList<Measurement>> &expectedValues)
{
    const QHash<QString, Measurement> expected =
        expectedValues ? byCell(*expectedValues) : QHash<QString, Measurement>();
    // Store each period as its key ("2024-h1" -> "2024-H1"): the form the database checks and compares.
    QList<Measurement> values = input;
    for (Measurement &m : values) {
        normalizeFields<MeasurementField>(m);
        if (const auto p = Period::parse(m.period))
            m.period = p->key();
    }
    QHash<Id, IndicatorKind> kinds;
    QHash<Id, QString> codes;
    for (const Measurement &m : values) {
        if (!kinds.contains(m.indicatorId)) {
            const auto ind = indicator(m.indicatorId);
            if (!ind)
                return Status::fail(Error::Code::NotFound, Validation::tr("The indicator no longer exists."));
            kinds.insert(m.indicatorId, ind->kind);
            codes.insert(m.indicatorId, ind->code);
        }
        const QString why = Validation::measurement(m, kinds.value(m.indicatorId));
        if (!why.isEmpty())
            return Status::fail(Error::Code::Invalid, why);
    }
    QSet<Id> touched;
    const Status s = write([&](SqlWriter &w) {
        for (const Measurement &m : values) {
            // A value given with no version and no expectation (an importer filling a new plan) needs
            // no look-up: the UPDATE/INSERT below finds the row itself.
            const bool checked = expectedValues || m.version != 0;
            if (checked) {
                if (const Status st =
                        checkCell(w, storedValue(w.db(), m), m, m, expectedValues ? &expected : nullptr,
                                  codes.value(m.indicatorId));
                    !st)
                    return st;
            }
            const QVariant old =
                w.scalar(QStringLiteral("SELECT value FROM measurement WHERE indicator_id = ? AND "
                                        "COALESCE(locality_id, 0) = ? AND period = ?"),
                         {m.indicatorId, m.localityId, m.period});
            const QString when = (m.recordedAt.isValid() ? m.recordedAt : w.now()).toString(Qt::ISODate);
            const QString who = m.recordedBy.isEmpty() ? userName() : m.recordedBy;
            const QString received = m.receivedAt.isValid() ? m.receivedAt.toString(Qt::ISODate) : QString();
            if (old.isValid()) {
                w.exec(QStringLiteral("UPDATE measurement SET value = ?, estimate = ?, source = ?, note = ?, "
                                      "recorded_by = ?, recorded_at = ?, source_file = ?, source_unit = ?, "
                                      "received_at = ?, imported_by = ? WHERE indicator_id = ? AND "
                                      "COALESCE(locality_id, 0) = ? AND period = ?"),
                       {m.value, m.estimate ? 1 : 0, m.source, m.note, who, when, m.sourceFile, m.sourceUnit,
                        received, m.importedBy, m.indicatorId, m.localityId, m.period});
            } else {
                w.exec(QStringLiteral("INSERT INTO measurement (indicator_id, locality_id, period, value, "
                                      "estimate, source, note, recorded_by, recorded_at, source_file, "
                                      "source_unit, received_at, imported_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       {m.indicatorId, idOrNull(m.localityId), m.period, m.value, m.estimate ? 1 : 0,
                        m.source, m.note, who, when, m.sourceFile, m.sourceUnit, received, m.importedBy});
            }
            w.logUpdate(QLatin1String(FieldTable<MeasurementField>::entityKey()), m.indicatorId,
                        QStringLiteral("%1@%2").arg(m.period).arg(m.localityId),
                        old.isValid() ? QString::number(old.toDouble()) : QString(),
                        QString::number(m.value));
            touched.insert(m.indicatorId);
        }
        m_pending.measurementIndicators.unite(touched);
        return w.status();
    });
    return s;
}

Status PlanStore::removeMeasurements(const QList<Measurement> &input,
                                     const std::optional<QList<Measurement>> &expectedValues)
{
    const QHash<QString, Measurement> expected =
        expectedValues ? byCell(*expectedValues) : QHash<QString, Measurement>();
    QList<Measurement> values = input;
    for (Measurement &m : values)
        if (const auto p = Period::parse(m.period))
            m.period = p->key();
    return write([&](SqlWriter &w) {
        QSet<Id> touched;
        for (const Measurement &m : values) {
            if (expectedValues || m.version > 0) {
                const auto ind = indicator(m.indicatorId);
                if (const Status st =
                        checkCell(w, storedValue(w.db(), m), m, std::nullopt,
                                  expectedValues ? &expected : nullptr, ind ? ind->code : QString());
                    !st)
                    return st;
            }
            w.exec(QStringLiteral(
                       "DELETE FROM measurement WHERE indicator_id = ? AND COALESCE(locality_id, 0) = ? "
                       "AND period = ?"),
                   {m.indicatorId, m.localityId, m.period});
            w.logUpdate(QLatin1String(FieldTable<MeasurementField>::entityKey()), m.indicatorId,
                        QStringLiteral("%1@%2").arg(m.period).arg(m.localityId), QString::number(m.value),
                        QString());
            touched.insert(m.indicatorId);
        }
        m_pending.measurementIndicators.unite(touched);
        return w.status();
    });
}

} // namespace dx
