// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15 item 8: the chart beside the indicator list shows the indicator's whole name (wrapped, not cut
// to "...") and the label of a target at the top of the axis ("2025: ≥ 100") stays inside the plot,
// under the title instead of over it.
#include "test_indicator_fixture.h"

#include "charts/ChartBuilder.h"
#include "indicators/IndicatorChartView.h"
#include "views/IndicatorPanel.h"

#include <QApplication>
#include <QChart>
#include <QFont>
#include <QScatterSeries>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

using namespace dx;

namespace {

using ChartTitleTest = dxtest::IndicatorFixture;

QString plain(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

TEST_F(ChartTitleTest, TheWholeNameWrapsAboveTheChart)
{
    IndicatorPanel panel(*document);
    panel.resize(1000, 700);
    const Id cqs02 = idOf(QStringLiteral("CQS-02"));
    panel.selectIndicator(cqs02);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    QApplication::processEvents();
    QChart *chart = panel.chartView()->chart();
    ASSERT_NE(chart, nullptr);
    const QString name = panel.chartView()->chartData().title;
    const QString title = chart->title();
    EXPECT_TRUE(title.contains(QStringLiteral("<br>")))
        << "a long name takes two lines: " << title.toStdString();
    EXPECT_EQ(plain(title), name);
    EXPECT_TRUE(name.startsWith(QStringLiteral("CQS-02 ")));
    EXPECT_FALSE(title.contains(QStringLiteral("…")));
    // Each line fits the chart's width.
    const QFontMetricsF metrics(chart->titleFont());
    for (const QString &line : title.split(QStringLiteral("<br>")))
        EXPECT_LT(metrics.horizontalAdvance(plain(line)), chart->size().width()) << line.toStdString();
}

TEST(ChartTitleWrap, BreaksAtWordsAndElidesOnlyBeyondTheLastLine)
{
    const QFont font(QStringLiteral("Noto Sans"), 12);
    const QString name =
        QStringLiteral("Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức độ 4");
    const QString two = ChartBuilder::wrappedTitle(name, font, 300, 3);
    EXPECT_TRUE(two.contains(QStringLiteral("<br>")));
    EXPECT_EQ(QString(two).replace(QStringLiteral("<br>"), QStringLiteral(" ")), name);
    const QString one = ChartBuilder::wrappedTitle(name, font, 100000, 3);
    EXPECT_EQ(one, name);
    const QString cut = ChartBuilder::wrappedTitle(name, font, 120, 2);
    EXPECT_EQ(cut.count(QStringLiteral("<br>")), 1);
    EXPECT_TRUE(cut.endsWith(QStringLiteral("…")));
}

TEST_F(ChartTitleTest, ATargetAtTheTopOfTheAxisHasRoomForItsLabel)
{
    IndicatorChartView view(cache());
    view.resize(600, 400);
    view.showIndicator(idOf(QStringLiteral("CQS-02"))); // targets >= 100 in 2021 and 2025
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QChart *chart = view.chart();
    const auto axes = chart->axes(Qt::Vertical);
    ASSERT_FALSE(axes.isEmpty());
    auto *y = qobject_cast<QValueAxis *>(axes.first());
    ASSERT_NE(y, nullptr);
    double highest = 0;
    for (QAbstractSeries *s : chart->series())
        if (auto *scatter = qobject_cast<QScatterSeries *>(s); scatter && scatter->pointLabelsVisible())
            for (const QPointF &p : scatter->points())
                highest = std::max(highest, p.y());
    ASSERT_DOUBLE_EQ(highest, 100.0);
    // The label sits about a line above its marker: at least a tenth of the plot's height above it.
    EXPECT_GE(y->max() - highest, 0.1 * (y->max() - y->min())) << y->max();
    const QRectF plot = chart->plotArea();
    const QPointF top = chart->mapToPosition(QPointF(2025, highest));
    const double labelHeight = QFontMetricsF(chart->titleFont()).height();
    EXPECT_GE(top.y() - plot.top(), labelHeight) << "the label over the marker stays inside the plot";
}

} // namespace
