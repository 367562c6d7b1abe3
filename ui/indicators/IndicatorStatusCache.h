// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the indicators of an open plan, their recorded values grouped per indicator and their
// assessment on the document's "as of" date, kept up to date from the store's fine-grained signals.
// The indicator list, the values grid, the charts and the dashboard all read from this one cache, so
// an edit re-reads and re-assesses one indicator, not the whole plan (see docs/indicators.md).
#include "analysis/IndicatorAssessment.h"
#include "domain/Indicator.h"
#include "domain/Measurement.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

namespace dx {

class PlanDocument;

class IndicatorStatusCache : public QObject
{
    Q_OBJECT
public:
    explicit IndicatorStatusCache(PlanDocument &document, QObject *parent = nullptr);
    /// Waits for a background load: its read-only connection must not outlive the document's store (the
    /// last connection to close removes "-wal" and "-shm"; a read-only one cannot).
    ~IndicatorStatusCache() override;

    /// The cache attached to @p document (a child of it), created on first use: every panel of one
    /// document shares it without global state.
    static IndicatorStatusCache &of(PlanDocument &document);
    /// Attaches the cache to @p document and loads the values and statuses in a worker thread (its own
    /// read-only connection), so a large plan's window opens at once; reset() follows when they are in.
    /// Until then assessment() says NoData and isLoading() is true.
    static IndicatorStatusCache &loadInBackground(PlanDocument &document);
    bool isLoading() const { return m_loading; }
    /// Blocks until a background load has finished (tests, benchmarks).
    void waitForLoad();

    PlanDocument &document() const { return m_document; }
    const QList<Indicator> &indicators() const { return m_indicators; }
    int indexOf(Id id) const { return m_index.value(id, -1); }
    const Indicator *indicator(Id id) const;
    /// The values of one indicator, as the store lists them (by period, then locality).
    QList<Measurement> measurements(Id id) const { return m_values.value(id); }
    /// Its assessment on the document's "as of" date (NoData for an unknown id).
    IndicatorAssessment assessment(Id id) const { return m_assessments.value(id); }
    const QHash<Id, IndicatorAssessment> &assessments() const { return m_assessments; }
    /// Assessments in the order of indicators().
    QList<IndicatorAssessment> orderedAssessments() const;

    /// Re-reads everything from the store and re-assesses every indicator.
    void reload();
    /// Re-assesses every indicator from the cached values (after an "as of" change). Public for benchmarks.
    void reassessAll();

signals:
    /// One indicator's definition, values or status changed.
    void indicatorUpdated(dx::Id id);
    /// The list changed (indicator added, removed or reordered, plan reloaded, "as of" date changed).
    void reset();

private:
    struct Loaded;
    IndicatorStatusCache(PlanDocument &document, bool background);
    void applyLoaded();
    void startLoading();
    void onIndicatorChanged(Id id);
    void onValuesChanged(Id id);
    void reindex();

    PlanDocument &m_document;
    QList<Indicator> m_indicators;
    QHash<Id, int> m_index;
    QHash<Id, QList<Measurement>> m_values;
    QHash<Id, IndicatorAssessment> m_assessments;
    bool m_loading = false;
    bool m_loadStarted = false;
    QSet<Id> m_changedWhileLoading; ///< their values came from the store meanwhile: keep those
    QFutureWatcher<Loaded> *m_watcher = nullptr;
};

} // namespace dx
