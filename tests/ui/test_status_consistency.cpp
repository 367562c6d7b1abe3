// SPDX-License-Identifier: GPL-3.0-or-later
// One assessment path: on the bundled plan, `dxplanner status` (StatusReport::rows), the window's status
// cache (what the dashboard, the indicator list and the charts read), the window's chart and printed
// dashboard (SheetPainter), the report's Biểu 01 and its charts all give every indicator the same status.
#include "test_indicator_fixture.h"

#include "analysis/IndicatorRollUp.h"
#include "indicators/IndicatorChartView.h"
#include "print/SheetPainter.h"
#include "report/ReportContent.h"
#include "report/ReportText.h"
#include "report/StatusReport.h"

#include <set>

namespace {

using namespace dx;

class StatusConsistency : public dxtest::IndicatorFixture
{
};

void expectSameStatuses(PlanDocument &document, const QDate &asOf)
{
    document.setAsOf(asOf);
    const PlanStore &store = document.store();
    const QList<Indicator> indicators = store.indicators();
    ASSERT_FALSE(indicators.isEmpty());
    const QList<StatusRow> status =
        StatusReport::rows(indicators, groupByIndicator(store.allMeasurements()), asOf);
    ASSERT_EQ(status.size(), indicators.size());
    // `dxplanner status` reads the values indicator by indicator: the same rows as the grouped ones.
    EXPECT_EQ(StatusReport::toJson(StatusReport::rows(store, asOf), asOf),
              StatusReport::toJson(status, asOf));

    IndicatorStatusCache &cache = IndicatorStatusCache::of(document);
    ReportSettings settings = ReportSettings::fromMap(store.settings());
    settings.chartsWithoutData = true; // a chart for every indicator, to compare each one
    const ReportContent report =
        ReportBuilder::build(store, settings, ReportBuilder::defaultPeriod(asOf), asOf);
    ASSERT_EQ(report.targets.rows.size(), indicators.size());
    ASSERT_EQ(report.charts.size(), indicators.size());
    const ReportText words(settings.language);

    std::set<int> seen;
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &ind = indicators.at(i);
        const IndicatorStatus expected = status.at(i).assessment.status;
        seen.insert(int(expected));
        SCOPED_TRACE(ind.code.toStdString() + " as of " + asOf.toString(Qt::ISODate).toStdString());
        EXPECT_EQ(cache.assessment(ind.id).status, expected) << "status cache (dashboard, list)";
        EXPECT_EQ(IndicatorChartView::dataFor(cache, ind.id).status, expected) << "window chart";
        EXPECT_EQ(SheetPainter::chartData(document, ind.id).status, expected) << "printed chart";
        EXPECT_EQ(report.charts.at(i).status, expected) << "report chart";
        // Biểu 01 names the status in its note when there is a value and a milestone to judge it by.
        const IndicatorAssessment &a = status.at(i).assessment;
        const QString note = report.targets.rows.at(i).cells.last();
        if (a.milestone && a.latest) {
            EXPECT_TRUE(note.contains(words.indicatorStatus(expected).toLower())) << note.toStdString();
        }
    }
    // The plan's figures give more than one status, so the comparison means something.
    EXPECT_GE(seen.size(), 2u);
    const StatusCounts counts = rollUpIndicators(indicators, cache.orderedAssessments()).overall;
    EXPECT_EQ(counts.total(), report.targetCounts.total());
    for (IndicatorStatus s : {IndicatorStatus::Achieved, IndicatorStatus::OnTrack, IndicatorStatus::AtRisk,
                              IndicatorStatus::OffTrack, IndicatorStatus::NoData})
        EXPECT_EQ(counts.count(s), report.targetCounts.count(s)) << "dashboard and report summary";
}

TEST_F(StatusConsistency, MidYear)
{
    expectSameStatuses(*document, QDate(2024, 6, 30));
}

TEST_F(StatusConsistency, YearEnds)
{
    expectSameStatuses(*document, QDate(2023, 12, 31));
    expectSameStatuses(*document, QDate(2025, 12, 31));
}

} // namespace
