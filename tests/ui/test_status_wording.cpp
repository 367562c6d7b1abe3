// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 9: one wording for an indicator's standing in the list, the indicator panel and the
// dashboard tiles. Values without a target are followed ("Monitoring"), never "No data ... against no
// target"; an indicator without data never reads "not met"; a milestone whose year has ended is judged
// once ("2025: not met, 17.5 against ≥ 20"), with nothing more "needed", and the next one is tracked.
#include "test_indicator_fixture.h"

#include "dashboard/DashboardPanel.h"
#include "dashboard/IndicatorTile.h"
#include "models/IndicatorTableModel.h"
#include "views/IndicatorPanel.h"

#include <QLabel>

using namespace dx;

namespace {

using StatusWordingTest = dxtest::IndicatorFixture;

QString summaryOf(IndicatorPanel &panel, Id id)
{
    panel.selectIndicator(id);
    return panel.summaryLabel()->text();
}

TEST_F(StatusWordingTest, ValuesWithoutATargetAreFollowedNotMissing)
{
    IndicatorPanel panel(*document);
    DashboardPanel dashboard(*document);
    for (const QString &code : {QStringLiteral("CQS-07"), QStringLiteral("TQ-02")}) {
        const Id id = idOf(code);
        const int row = panel.model()->rowOf(id);
        EXPECT_EQ(panel.model()->index(row, IndicatorTableModel::StatusColumn).data().toString(),
                  QStringLiteral("Monitoring"))
            << code.toStdString();
        const QString summary = summaryOf(panel, id);
        EXPECT_TRUE(summary.contains(QStringLiteral("Monitoring"))) << summary.toStdString();
        EXPECT_FALSE(summary.contains(QStringLiteral("No data"))) << summary.toStdString();
        EXPECT_FALSE(summary.contains(QStringLiteral("no target</"))) << summary.toStdString();
        EXPECT_FALSE(summary.contains(QStringLiteral("against"))) << summary.toStdString();
        const IndicatorTile *tile = dashboard.tiles().at(cache().indexOf(id));
        EXPECT_TRUE(tile->statusText().contains(QStringLiteral("Monitoring")))
            << tile->statusText().toStdString();
        EXPECT_FALSE(tile->valueText().contains(QStringLiteral("No value")))
            << tile->valueText().toStdString();
    }
    EXPECT_TRUE(summaryOf(panel, idOf(QStringLiteral("CQS-07"))).contains(QStringLiteral("89 (2023-H1)")));
}

TEST_F(StatusWordingTest, AnIndicatorWithoutDataIsNeverNotMet)
{
    IndicatorPanel panel(*document);
    const QString summary = summaryOf(panel, idOf(QStringLiteral("CQS-01")));
    EXPECT_TRUE(summary.contains(QStringLiteral("No data"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("not yet met"))) << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("not met"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2025: target ≥ 80"))) << summary.toStdString();
}

TEST_F(StatusWordingTest, APassedMilestoneIsJudgedOnceAndTheNextOneTracked)
{
    document->setAsOf(QDate(2026, 12, 1));
    IndicatorPanel panel(*document);
    DashboardPanel dashboard(*document);
    const Id kts01 = idOf(QStringLiteral("KTS-01"));
    const QString summary = summaryOf(panel, kts01);
    EXPECT_TRUE(summary.contains(QStringLiteral("2025: not met, 17.5 against ≥ 20")))
        << summary.toStdString();
    EXPECT_FALSE(summary.contains(QStringLiteral("2025: not yet met"))) << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("2030: not yet met, 17.5 against ≥ 30 (needs +")))
        << summary.toStdString();
    EXPECT_EQ(cache().assessment(kts01).milestone->year, 2030) << "the next milestone is the one tracked";
    const IndicatorTile *tile = dashboard.tiles().at(cache().indexOf(kts01));
    EXPECT_TRUE(tile->valueText().contains(QStringLiteral("by 2030"))) << tile->valueText().toStdString();
}

} // namespace
