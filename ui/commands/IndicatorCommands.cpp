// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorCommands.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QHash>
#include <QSet>

namespace dx {

AddIndicatorCommand::AddIndicatorCommand(PlanDocument &document, const Indicator &indicator)
    : StoreCommand(document, [indicator] { return QObject::tr("Add indicator %1").arg(indicator.code); }),
      m_indicator(indicator)
{
}

Status AddIndicatorCommand::apply()
{
    const Result<Id> id = document().store().insertIndicator(m_indicator); // same id on redo
    if (!id)
        return id.error();
    m_indicator.id = id.value();
    return success();
}

Status AddIndicatorCommand::revert()
{
    const auto removed = document().store().removeIndicator(m_indicator.id);
    return removed ? success() : Status(removed.error());
}

EditIndicatorCommand::EditIndicatorCommand(PlanDocument &document, const QList<Indicator> &before,
                                           const QList<Indicator> &after, const QString &text)
    : StoreCommand(document, text), m_before(before), m_after(after)
{
}

namespace {

/// Writes @p rows, each expecting to find its namesake of @p expected (§4.1): refused if changed since.
Status writeIndicators(PlanStore &store, const QList<Indicator> &rows, const QList<Indicator> &expected)
{
    QHash<Id, Indicator> byId;
    for (const Indicator &e : expected)
        byId.insert(e.id, e);
    return store.bulkWrite([&](PlanStore &s) {
        for (const Indicator &i : rows) {
            const auto it = byId.constFind(i.id);
            if (const Status st = s.updateIndicator(i, it == byId.cend() ? std::optional<Indicator>() : *it);
                !st)
                return st;
        }
        return success();
    });
}

} // namespace

Status EditIndicatorCommand::apply()
{
    return writeIndicators(document().store(), m_after, m_before);
}

Status EditIndicatorCommand::revert()
{
    return writeIndicators(document().store(), m_before, m_after);
}

RemoveIndicatorCommand::RemoveIndicatorCommand(PlanDocument &document, Id id, const QString &code)
    : StoreCommand(document, [code] { return QObject::tr("Delete indicator %1").arg(code); }), m_id(id)
{
}

Status RemoveIndicatorCommand::apply()
{
    m_values = document().store().measurements(m_id);
    auto removed = document().store().removeIndicator(m_id);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return success();
}

Status RemoveIndicatorCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        const Result<Id> id = s.insertIndicator(m_removed);
        if (!id)
            return Status(id.error());
        // The indicator was just put back: its cells are empty (an empty expectation says so).
        return m_values.isEmpty() ? success() : s.upsertMeasurements(m_values, QList<Measurement>());
    });
}

SetMeasurementsCommand::SetMeasurementsCommand(PlanDocument &document, const QList<Measurement> &set,
                                               const QList<Measurement> &clear, const QString &text)
    : StoreCommand(document, text), m_set(set), m_clear(clear)
{
}

Status SetMeasurementsCommand::apply()
{
    PlanStore &store = document().store();
    if (m_applied) {
        // Redo: the cells must hold what undo put back (m_previous; the cells m_added as empty).
        const Status redone = store.bulkWrite([&](PlanStore &s) {
            if (!m_set.isEmpty())
                if (const Status st = s.upsertMeasurements(m_set, m_previous); !st)
                    return st;
            return m_clear.isEmpty() ? success() : s.removeMeasurements(m_clear, m_previous);
        });
        if (redone)
            m_written = valuesIn(store, m_set);
        return redone;
    }
    // Remember what the cells held, keyed by (indicator, locality, period), to restore on undo.
    QHash<QString, Measurement> existing;
    QSet<Id> indicators;
    for (const Measurement &m : m_set + m_clear)
        indicators.insert(m.indicatorId);
    for (Id id : indicators)
        for (const Measurement &m : store.measurements(id))
            existing.insert(QStringLiteral("%1/%2/%3").arg(m.indicatorId).arg(m.localityId).arg(m.period), m);
    m_previous.clear();
    m_added.clear();
    for (const Measurement &m : m_set + m_clear) {
        const QString key = QStringLiteral("%1/%2/%3").arg(m.indicatorId).arg(m.localityId).arg(m.period);
        if (existing.contains(key))
            m_previous << existing.value(key);
        else
            m_added << m;
    }
    // First time: each value carries the version of the cell the grid showed (or Measurement::kEmpty), so
    // a cell another program changed meanwhile is refused (§4.1).
    const Status done = store.bulkWrite([&](PlanStore &s) {
        if (!m_set.isEmpty())
            if (const Status st = s.upsertMeasurements(m_set); !st)
                return st;
        return m_clear.isEmpty() ? success() : s.removeMeasurements(m_clear);
    });
    if (done) {
        m_applied = true;
        m_written = valuesIn(store, m_set);
    }
    return done;
}

Status SetMeasurementsCommand::revert()
{
    // Undo expects the cells as this command left them (m_written; the cleared ones empty).
    return document().store().bulkWrite([&](PlanStore &s) {
        if (!m_added.isEmpty())
            if (const Status st = s.removeMeasurements(m_added, m_written); !st)
                return st;
        return m_previous.isEmpty() ? success() : s.upsertMeasurements(m_previous, m_written);
    });
}

QList<Measurement> SetMeasurementsCommand::valuesIn(const PlanStore &store, const QList<Measurement> &cells)
{
    QSet<QString> keys;
    QSet<Id> indicators;
    for (const Measurement &m : cells) {
        keys.insert(QStringLiteral("%1/%2/%3").arg(m.indicatorId).arg(m.localityId).arg(m.period));
        indicators.insert(m.indicatorId);
    }
    QList<Measurement> out;
    for (Id id : indicators)
        for (const Measurement &m : store.measurements(id))
            if (keys.contains(QStringLiteral("%1/%2/%3").arg(m.indicatorId).arg(m.localityId).arg(m.period)))
                out << m;
    return out;
}

} // namespace dx
