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
    if (m_applied) {
        // Redo: the plan must hold what undo put back; another program's change since is refused (§4.1).
        const Status redone = store.bulkWrite([&](PlanStore &s) {
            if (!m_changes.values.isEmpty())
                if (const Status st = s.upsertMeasurements(m_changes.values, m_previous); !st)
                    return st;
            if (!m_changes.tasks.isEmpty())
                if (const Status st = s.updateTasks(m_changes.tasks, TaskFields::all(), m_previousTasks); !st)
                    return st;
            return m_changes.settings.isEmpty() ? success() : s.setSettings(m_changes.settings);
        });
        if (redone)
            rememberWritten();
        return redone;
    }
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
    // The first time, each task carries the version it had when the preview was made: a task another
    // program changed since is refused rather than overwritten.
    const Status done = CollectImport::apply(store, m_changes);
    if (done) {
        m_applied = true;
        rememberWritten();
    }
    return done;
}

void ImportCommand::rememberWritten()
{
    PlanStore &store = document().store();
    QSet<QString> keys;
    QSet<Id> indicators;
    for (const Measurement &m : m_changes.values) {
        keys.insert(CollectSnapshot::valueKey(m.indicatorId, m.localityId, m.period));
        indicators.insert(m.indicatorId);
    }
    m_writtenValues.clear();
    for (Id id : indicators)
        for (const Measurement &m : store.measurements(id))
            if (keys.contains(CollectSnapshot::valueKey(m.indicatorId, m.localityId, m.period)))
                m_writtenValues << m;
    m_writtenTasks.clear();
    for (const Task &t : m_changes.tasks)
        if (const auto now = store.task(t.id))
            m_writtenTasks << *now;
}

Status ImportCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        if (!m_added.isEmpty())
            if (const Status st = s.removeMeasurements(m_added, m_writtenValues); !st)
                return st;
        if (!m_previous.isEmpty())
            if (const Status st = s.upsertMeasurements(m_previous, m_writtenValues); !st)
                return st;
        if (!m_previousTasks.isEmpty())
            if (const Status st = s.updateTasks(m_previousTasks, TaskFields::all(), m_writtenTasks); !st)
                return st;
        return m_previousSettings.isEmpty() ? success() : s.setSettings(m_previousSettings);
    });
}

} // namespace dx
