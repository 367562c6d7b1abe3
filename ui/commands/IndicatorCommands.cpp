// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorCommands.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QHash>

namespace dx {

AddIndicatorCommand::AddIndicatorCommand(PlanDocument &document, const Indicator &indicator)
    : StoreCommand(document, QObject::tr("Add indicator %1").arg(indicator.code)), m_indicator(indicator)
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

Status EditIndicatorCommand::apply()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        for (const Indicator &i : m_after)
            if (const Status st = s.updateIndicator(i); !st)
                return st;
        return success();
    });
}

Status EditIndicatorCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        for (const Indicator &i : m_before)
            if (const Status st = s.updateIndicator(i); !st)
                return st;
        return success();
    });
}

RemoveIndicatorCommand::RemoveIndicatorCommand(PlanDocument &document, Id id, const QString &code)
    : StoreCommand(document, QObject::tr("Delete indicator %1").arg(code)), m_id(id)
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
        return m_values.isEmpty() ? success() : s.upsertMeasurements(m_values);
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
    return store.bulkWrite([&](PlanStore &s) {
        if (!m_set.isEmpty())
            if (const Status st = s.upsertMeasurements(m_set); !st)
                return st;
        return m_clear.isEmpty() ? success() : s.removeMeasurements(m_clear);
    });
}

Status SetMeasurementsCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        if (!m_added.isEmpty())
            if (const Status st = s.removeMeasurements(m_added); !st)
                return st;
        return m_previous.isEmpty() ? success() : s.upsertMeasurements(m_previous);
    });
}

} // namespace dx
