// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "document/PlanDocument.h"
#include "io/CollectSnapshot.h"
#include "store/PlanStore.h"

#include <QHash>
#include <QSet>

namespace dx {

ImportCommand::ImportCommand(PlanDocument &document, CollectImport::Changes changes, const QString &text)
    : StoreCommand(document, text), m_changes(std::move(changes))
{
}

Status ImportCommand::apply()
{
    PlanStore &store = document().store();
    // What the cells, tasks and records held before, to restore on undo.
    QSet<Id> indicators;
    for (const Measurement &m : m_changes.values)
        indicators.insert(m.indicatorId);
    QHash<QString, Measurement> existing;
    for (Id id : indicators)
        for (const Measurement &m : store.measurements(id))
            existing.insert(CollectSnapshot::valueKey(m.indicatorId, m.localityId, m.period), m);
    m_previous.clear();
    m_added.clear();
    for (const Measurement &m : m_changes.values) {
        const auto it = existing.constFind(CollectSnapshot::valueKey(m.indicatorId, m.localityId, m.period));
        if (it != existing.cend())
            m_previous << *it;
        else
            m_added << m;
    }
    m_previousTasks.clear();
    for (const Task &t : m_changes.tasks)
        if (const auto old = store.task(t.id))
            m_previousTasks << *old;
    const QMap<QString, QString> settings = store.settings();
    m_previousSettings.clear();
    for (auto it = m_changes.settings.cbegin(); it != m_changes.settings.cend(); ++it)
        m_previousSettings.insert(it.key(), settings.value(it.key()));
    return CollectImport::apply(store, m_changes);
}

Status ImportCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        if (!m_added.isEmpty())
            if (const Status st = s.removeMeasurements(m_added); !st)
                return st;
        if (!m_previous.isEmpty())
            if (const Status st = s.upsertMeasurements(m_previous); !st)
                return st;
        if (!m_previousTasks.isEmpty())
            if (const Status st = s.updateTasks(m_previousTasks); !st)
                return st;
        return m_previousSettings.isEmpty() ? success() : s.setSettings(m_previousSettings);
    });
}

} // namespace dx
