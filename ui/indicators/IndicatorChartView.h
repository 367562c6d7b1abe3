// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the chart of the current indicator on screen, rebuilt by ChartBuilder whenever its values,
// definition or the "as of" date change. Its data is always current; the QChart itself is built only
// while the view is visible (a hidden tab costs nothing when a large plan opens).
#include "domain/Ids.h"
#include "report/ChartData.h"

#include <QChartView>

namespace dx {

class IndicatorStatusCache;

class IndicatorChartView : public QChartView
{
    Q_OBJECT
public:
    explicit IndicatorChartView(IndicatorStatusCache &cache, QWidget *parent = nullptr);
    ~IndicatorChartView() override;

    void showIndicator(Id id);
    Id indicatorId() const { return m_id; }
    /// What the chart shows now (for tests).
    const IndicatorChartData &chartData() const { return m_data; }
    /// How many times the chart data was brought up to date (for tests).
    int builds() const { return m_builds; }

    /// The chart data of @p id with this plan's locality names and the user's language.
    static IndicatorChartData dataFor(const IndicatorStatusCache &cache, Id id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void buildChart();

    IndicatorStatusCache &m_cache;
    Id m_id = 0;
    IndicatorChartData m_data;
    int m_builds = 0;
    bool m_chartStale = true; ///< m_data changed while hidden: the QChart is built on the next show
};

} // namespace dx
