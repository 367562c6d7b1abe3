// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorStatusCache.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QtConcurrent>

#include <algorithm>

namespace dx {

struct IndicatorStatusCache::Loaded
{
    QDate asOf;
    MeasurementsByIndicator values;
    QHash<Id, IndicatorAssessment> assessments;
    QString error;
};

IndicatorStatusCache::IndicatorStatusCache(PlanDocument &document, QObject *parent)
    : IndicatorStatusCache(document, false)
{
    setParent(parent);
}

IndicatorStatusCache &IndicatorStatusCache::loadInBackground(PlanDocument &document)
{
    if (auto *cache = document.findChild<IndicatorStatusCache *>(QStringLiteral("indicatorStatusCache"),
                                                                 Qt::FindDirectChildrenOnly))
        return *cache;
    auto *cache = new IndicatorStatusCache(document, true);
    cache->setParent(&document);
    return *cache;
}

IndicatorStatusCache::~IndicatorStatusCache()
{
    if (m_watcher && m_loadStarted)
        m_watcher->waitForFinished();
}

void IndicatorStatusCache::startLoading()
{
    if (m_loadStarted)
        return;
    m_loadStarted = true;
    const QList<Indicator> indicators = m_indicators;
    const QString path = m_document.filePath();
    const QDate asOf = m_document.asOf();
    m_watcher->setFuture(QtConcurrent::run([indicators, path, asOf] {
        Loaded loaded;
        loaded.asOf = asOf;
        QHash<Id, int> position;
        for (int i = 0; i < indicators.size(); ++i)
            position.insert(indicators.at(i).id, i);
        // One pass in the store's order (by indicator, the key's order): each indicator's values form one
        // run, grouped when the next run starts and judged on the pool while the next ones are read (the
        // per-indicator call of assessIndicators(), as reassessAll() makes it). The whole plan's values are
        // never held twice, and reading and judging share the cores once the quick_check is done.
        QList<QFuture<IndicatorAssessment>> judged;
        judged.reserve(indicators.size());
        QList<Measurement> run;
        Id current = 0;
        const auto close = [&] {
            if (run.isEmpty())
                return;
            if (const auto it = position.constFind(current); it != position.cend())
                judged << QtConcurrent::run([indicator = indicators.at(*it), values = run, asOf] {
                    return assessIndicator(indicator, values, asOf);
                });
            QList<Measurement> &slot = loaded.values[current];
            if (slot.isEmpty())
                slot = run; // shared with the task judging it, which only reads it
            else
                slot.append(run);
            run = {};
        };
        const Status read = PlanStore::readMeasurements(path, [&](const Measurement &m) {
            if (m.indicatorId != current) {
                close();
                current = m.indicatorId;
            }
            run.append(m);
            return true;
        });
        close();
        for (QFuture<IndicatorAssessment> &f : judged) { // waiting runs a task not started yet here
            const IndicatorAssessment a = f.result();
            loaded.assessments.insert(a.indicatorId, a);
        }
        if (!read) {
            loaded.error = read.error().message;
            return loaded;
        }
        for (const Indicator &i : indicators) // those without any value
            if (!loaded.assessments.contains(i.id))
                loaded.assessments.insert(i.id, assessIndicator(i, {}, asOf));
        return loaded;
    }));
}

void IndicatorStatusCache::waitForLoad()
{
    if (m_watcher && m_loading && !m_loadStarted) {
        if (!m_document.store().waitForIntegrity()) {
            m_loading = false; // a damaged file: the window says so and closes
            return;
        }
        startLoading();
    }
    if (m_watcher && m_loading) {
        m_watcher->waitForFinished();
        applyLoaded();
    }
}

void IndicatorStatusCache::applyLoaded()
{
    if (!m_loading || !m_watcher)
        return;
    m_loading = false;
    Loaded loaded = m_watcher->result();
    if (!loaded.error.isEmpty()) {
        m_document.reportError(loaded.error);
        return;
    }
    for (auto it = loaded.values.begin(); it != loaded.values.end(); ++it)
        if (!m_changedWhileLoading.contains(it.key()))
            m_values.insert(it.key(), std::move(it.value()));
    if (loaded.asOf != m_document.asOf()) {
        reassessAll();
    } else {
        m_assessments = std::move(loaded.assessments);
        // Indicators edited while the worker ran are judged again on what is current.
        for (Id id : std::as_const(m_changedWhileLoading))
            if (const Indicator *i = indicator(id))
                m_assessments.insert(id, assessIndicator(*i, m_values.value(id), m_document.asOf()));
    }
    m_changedWhileLoading.clear();
    emit reset();
}

IndicatorStatusCache::IndicatorStatusCache(PlanDocument &document, bool background)
    : QObject(nullptr), m_document(document)
{
    setObjectName(QStringLiteral("indicatorStatusCache"));
    if (background) {
        // The worker gets plain copies (indicators, the file path, the date) and a connection of its
        // own; it touches no QObject of ours. Results are applied in this thread (applyLoaded()).
        m_indicators = m_document.indicators();
        reindex();
        m_loading = true;
        m_watcher = new QFutureWatcher<Loaded>(this);
        connect(m_watcher, &QFutureWatcher<Loaded>::finished, this, &IndicatorStatusCache::applyLoaded);
        // The plan file's quick_check may still run in the pool (PlanStore::IntegrityCheck::InBackground):
        // the values are read after it, so the window being built keeps a core to itself. (Reading them
        // beside the check, from the start or from the first turn of the event loop, made the first window
        // 1.5-2 times slower on this 2-core machine under load and the statuses hardly sooner: issue 13.)
        PlanStore &store = m_document.store();
        if (store.integrity() == PlanStore::Integrity::Checking)
            connect(&store, &PlanStore::integrityChecked, this, [this](bool sound) {
                if (sound)
                    startLoading();
                else
                    m_loading = false;
            });
        else
            startLoading();
    } else {
        reload();
    }
    connect(&document, &PlanDocument::indicatorsChanged, this, [this](const QList<Id> &ids) {
        for (Id id : ids)
            onIndicatorChanged(id);
    });
    connect(&document, &PlanDocument::indicatorsInserted, this, &IndicatorStatusCache::reload);
    connect(&document, &PlanDocument::indicatorsRemoved, this, &IndicatorStatusCache::reload);
    connect(&document, &PlanDocument::reloaded, this, &IndicatorStatusCache::reload);
    connect(&document, &PlanDocument::measurementsChanged, this, [this](const QList<Id> &ids) {
        for (Id id : ids)
            onValuesChanged(id);
    });
    connect(&document, &PlanDocument::asOfChanged, this, [this] {
        reassessAll();
        emit reset();
    });
}

IndicatorStatusCache &IndicatorStatusCache::of(PlanDocument &document)
{
    if (auto *cache = document.findChild<IndicatorStatusCache *>(QStringLiteral("indicatorStatusCache"),
                                                                 Qt::FindDirectChildrenOnly))
        return *cache;
    return *new IndicatorStatusCache(document, &document);
}

const Indicator *IndicatorStatusCache::indicator(Id id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_indicators.at(i);
}

QList<IndicatorAssessment> IndicatorStatusCache::orderedAssessments() const
{
    QList<IndicatorAssessment> list;
    list.reserve(m_indicators.size());
    for (const Indicator &i : m_indicators)
        list << m_assessments.value(i.id);
    return list;
}

void IndicatorStatusCache::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_indicators.size(); ++i)
        m_index.insert(m_indicators.at(i).id, i);
}

void IndicatorStatusCache::reload()
{
    waitForLoad();
    m_indicators = m_document.indicators();
    reindex();
    m_values = groupByIndicator(m_document.store().allMeasurements());
    reassessAll();
    emit reset();
}

void IndicatorStatusCache::reassessAll()
{
    // The assessments are pure functions of plain values: spread them over the cores. Each is the call
    // assessIndicators() makes for that indicator, on the same grouped values (one assessment path).
    const QDate asOf = m_document.asOf();
    const QHash<Id, QList<Measurement>> &values = m_values;
    const QList<IndicatorAssessment> results =
        QtConcurrent::blockingMapped(m_indicators, [&values, asOf](const Indicator &i) {
            return assessIndicator(i, values.value(i.id), asOf);
        });
    m_assessments.clear();
    for (const IndicatorAssessment &a : results)
        m_assessments.insert(a.indicatorId, a);
}

void IndicatorStatusCache::onIndicatorChanged(Id id)
{
    const auto changed = m_document.indicator(id);
    const int pos = indexOf(id);
    if (!changed || pos < 0) {
        reload();
        return;
    }
    // A new sort order moves the indicator: the list order changes, so views reset.
    const bool moved = changed->sortOrder != m_indicators.at(pos).sortOrder;
    if (m_loading)
        m_changedWhileLoading.insert(id);
    m_indicators[pos] = *changed;
    if (moved) {
        std::stable_sort(m_indicators.begin(), m_indicators.end(),
                         [](const Indicator &a, const Indicator &b) { return a.sortOrder < b.sortOrder; });
        reindex();
    }
    m_assessments.insert(id, assessIndicator(*changed, m_values.value(id), m_document.asOf()));
    if (moved)
        emit reset();
    else
        emit indicatorUpdated(id);
}

void IndicatorStatusCache::onValuesChanged(Id id)
{
    const Indicator *i = indicator(id);
    if (!i)
        return;
    if (m_loading)
        m_changedWhileLoading.insert(id);
    m_values.insert(id, m_document.store().measurements(id));
    m_assessments.insert(id, assessIndicator(*i, m_values.value(id), m_document.asOf()));
    emit indicatorUpdated(id);
}

} // namespace dx
