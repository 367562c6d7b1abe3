// SPDX-License-Identifier: GPL-3.0-or-later
// ChartBuilder: one chart per kind from core's chart data, for screen and paper.
#include "test_indicator_fixture.h"

#include "charts/ChartBuilder.h"
#include "indicators/IndicatorChartView.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QImage>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

using namespace dx;

namespace {

class ChartBuilderTest : public dxtest::IndicatorFixture
{
protected:
    std::unique_ptr<QChart> chartOf(const QString &code, const ChartStyle &style = ChartStyle::screen())
    {
        return std::unique_ptr<QChart>(
            ChartBuilder::build(IndicatorChartView::dataFor(cache(), idOf(code)), style));
    }
    static QAbstractSeries *series(QChart *chart, const QString &prefix)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->name().startsWith(prefix))
                return s;
        return nullptr;
    }
    /// Renders the chart as the printing code does: in a scene, onto an image.
    static QImage render(QChart *chart)
    {
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->resize(800, 500);
        QImage image(800, 500, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene.render(&painter);
        painter.end();
        scene.removeItem(chart);
        return image;
    }
};

TEST_F(ChartBuilderTest, RankIsDrawnWithOneAtTheTopAndTargetsLabelled)
{
    auto chart = chartOf(QStringLiteral("TQ-01"));
    EXPECT_TRUE(chart->title().startsWith(QStringLiteral("TQ-01")));
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(y);
    EXPECT_TRUE(y->isReverse());
    EXPECT_EQ(y->min(), 1.0);
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_TRUE(x->categoriesLabels().contains(QStringLiteral("2025")));
    EXPECT_TRUE(x->categoriesLabels().contains(QStringLiteral("2030")));
    auto *t2025 = qobject_cast<QScatterSeries *>(series(chart.get(), QStringLiteral("Target 2025")));
    auto *t2030 = qobject_cast<QScatterSeries *>(series(chart.get(), QStringLiteral("Target 2030")));
    ASSERT_TRUE(t2025 && t2030);
    EXPECT_EQ(t2025->pointLabelsFormat(), QStringLiteral("2025: ≤ 20"));
    EXPECT_TRUE(t2025->pointLabelsVisible());
    EXPECT_NE(t2025->markerShape(), t2030->markerShape());
    auto *expected = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Expected path")));
    auto *actual = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Recorded values")));
    auto *forecast = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Trend forecast")));
    ASSERT_TRUE(expected && actual && forecast);
    EXPECT_EQ(actual->pen().style(), Qt::SolidLine);
    EXPECT_EQ(expected->pen().style(), Qt::DashLine);
    EXPECT_EQ(forecast->pen().style(), Qt::DotLine);
    EXPECT_EQ(actual->count(), 3);
    EXPECT_EQ(actual->at(0).x(), 2020.0); // the 2020 figure stands over the label "2020"
    const QString caption = ChartBuilder::captionText(chart.get());
    EXPECT_TRUE(caption.contains(QStringLiteral("Unit: rank"))) << caption.toStdString();
    EXPECT_TRUE(caption.contains(QStringLiteral("Source: "))) << caption.toStdString();
    EXPECT_TRUE(caption.contains(QStringLiteral("Status: Achieved"))) << caption.toStdString();
}

// A narrow chart labels fewer years instead of cutting them ("20..."); a wide one labels every year.
TEST_F(ChartBuilderTest, YearLabelsThinOutToFitTheWidth)
{
    auto chart = chartOf(QStringLiteral("TQ-01"));
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    const QFontMetricsF metrics(x->labelsFont());
    const double room = metrics.horizontalAdvance(QStringLiteral("2030")) * 2.0 * (x->max() - x->min());
    struct Case
    {
        double width;
        int every;
    };
    // Widths just above what one label a year, one every 2 and one every 5 years need; then wide again.
    for (const Case c : {Case{room * 1.05, 1}, Case{room / 2 * 1.05, 2}, Case{room / 5 * 1.05, 5},
                         Case{room * 0.95, 2}, Case{room * 1.05, 1}}) {
        SCOPED_TRACE(c.width);
        ChartBuilder::fitYearAxis(chart.get(), c.width);
        const QStringList labels = x->categoriesLabels();
        ASSERT_GE(labels.size(), 2);
        EXPECT_EQ(labels.at(1).toInt() - labels.at(0).toInt(), c.every);
        EXPECT_EQ(labels.first(), QStringLiteral("2020"));
        // Each label has at least its own width between it and the next one.
        const double perLabel = c.width / (x->max() - x->min()) * c.every;
        EXPECT_GE(perLabel, metrics.horizontalAdvance(labels.first()) * 2.0 - 1e-6);
    }
    EXPECT_FALSE(ChartBuilder::fitYearAxis(chart.get(), room * 1.05)) << "nothing to change: no relayout";
}

TEST_F(ChartBuilderTest, EstimatesHaveTheirOwnMarker)
{
    auto chart = chartOf(QStringLiteral("KTS-01"));
    auto *estimate = qobject_cast<QScatterSeries *>(series(chart.get(), QStringLiteral("Estimate")));
    ASSERT_TRUE(estimate);
    EXPECT_EQ(estimate->markerShape(), QScatterSeries::MarkerShapeRectangle);
    EXPECT_EQ(series(chart.get(), QStringLiteral("Official")), nullptr);
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).value(0));
    EXPECT_FALSE(y->isReverse());
    EXPECT_LE(y->max(), 100.0);
}

TEST_F(ChartBuilderTest, YearlyRateIsBarsAgainstTheRequiredRate)
{
    const Id id = idOf(QStringLiteral("KTS-03"));
    ASSERT_TRUE(
        document->setMeasurements({Measurement{0, id, 0, QStringLiteral("2021"), 9.1, false, {}, {}, {}, {}},
                                   Measurement{0, id, 0, QStringLiteral("2022"), 7.2, false, {}, {}, {}, {}},
                                   Measurement{0, id, 0, QStringLiteral("2023"), 8.4, true, {}, {}, {}, {}}},
                                  {}, QStringLiteral("test")));
    auto chart = chartOf(QStringLiteral("KTS-03"));
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_TRUE(x->categories().contains(QStringLiteral("2021")));
    EXPECT_TRUE(x->categories().contains(QStringLiteral("2023 (est.)")));
    EXPECT_TRUE(x->categories().contains(QStringLiteral("2030")));
    auto *bars = qobject_cast<QAbstractBarSeries *>(series(chart.get(), QString()));
    for (QAbstractSeries *s : chart->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            bars = b;
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->count(), 2);
    const int i2022 = int(x->categories().indexOf(QStringLiteral("2022")));
    EXPECT_EQ(bars->barSets().at(0)->at(i2022), 0.0); // not among the years that met it
    EXPECT_EQ(bars->barSets().at(1)->at(i2022), 7.2);
    EXPECT_EQ(bars->barSets().at(1)->brush().style(), Qt::BDiagPattern); // hatched: visible in grey
    auto *required = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Required each year")));
    ASSERT_TRUE(required);
    EXPECT_EQ(required->pen().style(), Qt::DashLine);
    EXPECT_TRUE(series(chart.get(), QStringLiteral("Target 2025")));
}

// A yearly rate followed without a target (KTS-05, GRDP growth) has no year met or missed and no required
// rate: its bars are the values recorded, and the legend says only that.
TEST_F(ChartBuilderTest, AYearlyRateWithoutTargetIsPlainRecordedBars)
{
    auto chart = chartOf(QStringLiteral("KTS-05"));
    QAbstractBarSeries *bars = nullptr;
    for (QAbstractSeries *s : chart->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            bars = b;
    ASSERT_TRUE(bars);
    ASSERT_EQ(bars->count(), 1);
    EXPECT_EQ(bars->barSets().first()->label(), QStringLiteral("Recorded values"));
    EXPECT_EQ(bars->barSets().first()->brush().style(), Qt::SolidPattern);
    double sum = 0;
    for (int i = 0; i < bars->barSets().first()->count(); ++i)
        sum += bars->barSets().first()->at(i);
    EXPECT_DOUBLE_EQ(sum, 10.2);
    EXPECT_FALSE(series(chart.get(), QStringLiteral("Required each year")));
}

TEST_F(ChartBuilderTest, StageIsLocalitiesByStage)
{
    auto chart = chartOf(QStringLiteral("XHS-01"));
    auto *stages = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(stages);
    EXPECT_EQ(stages->categoriesLabels().size(), 3);
    EXPECT_EQ(stages->categoriesLabels().at(1), QStringLiteral("Cơ bản xây dựng đô thị thông minh"));
    auto *localities = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(localities);
    EXPECT_EQ(localities->count(), 3);
    // Read downwards: the first locality of the scope is drawn at the top (the last category).
    EXPECT_TRUE(localities->categories().last().startsWith(QStringLiteral("Thành phố Hải Dương")));
    auto *t2025 = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Target 2025")));
    auto *t2030 = qobject_cast<QLineSeries *>(series(chart.get(), QStringLiteral("Target 2030")));
    ASSERT_TRUE(t2025 && t2030);
    EXPECT_NE(t2025->pen().style(), t2030->pen().style());
}

TEST_F(ChartBuilderTest, LocalityLabelsAreUniqueForTheCategoryAxis)
{
    IndicatorChartData data;
    data.layout = IndicatorChartData::Layout::LocalityBars;
    data.kind = IndicatorKind::Count;
    Indicator i;
    i.id = 1;
    i.code = QStringLiteral("X-1");
    i.name = QStringLiteral("X");
    i.kind = IndicatorKind::Count;
    i.scope = Scope::Localities;
    i.localityIds = {1, 2};
    i.targets << Target{0, 1, 2030, Comparison::AtLeast, 1.0, 0, {}};
    ChartDataOptions options;
    options.localities = {Locality{1, {}, QStringLiteral("Xã An Bình"), {}, LocalityKind::Commune, 0, 1},
                          Locality{2, {}, QStringLiteral("Xã An Bình"), {}, LocalityKind::Commune, 0, 2}};
    std::unique_ptr<QChart> chart(
        ChartBuilder::build(chartDataFor(i, {}, QDate(2024, 1, 1), options), ChartStyle::screen()));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->count(), 2);
    const QStringList labels = axis->categories();
    EXPECT_EQ(QSet<QString>(labels.begin(), labels.end()).size(), 2);
}

TEST_F(ChartBuilderTest, PaperIsGreyStillAndRendersInAScene)
{
    for (const char *code : {"TQ-01", "KTS-01", "KTS-03", "KTS-04", "XHS-01", "XHS-02"}) {
        auto chart = chartOf(QString::fromLatin1(code), ChartStyle::paper());
        EXPECT_EQ(chart->animationOptions(), QChart::NoAnimation) << code;
        for (QAbstractSeries *s : chart->series()) {
            if (auto *xy = qobject_cast<QXYSeries *>(s)) {
                const QColor c = xy->pen().color();
                EXPECT_TRUE(c.red() == c.green() && c.green() == c.blue())
                    << code << " " << s->name().toStdString();
            }
        }
        const QImage image = render(chart.get());
        EXPECT_FALSE(image.isNull());
    }
}

TEST_F(ChartBuilderTest, PaintsOnlyTheWordsAndLocaleItIsGiven)
{
    // The builder translates nothing: legend, caption, bar labels and number locale all come with the data.
    IndicatorChartData data;
    data.title = QStringLiteral("T");
    data.kind = IndicatorKind::Share;
    data.layout = IndicatorChartData::Layout::YearlyBars;
    data.firstYear = 2023;
    data.lastYear = 2024;
    data.maxValue = 50;
    data.years = {YearBar{2023, 10.0, false, 20.0, false, QStringLiteral("y-2023")},
                  YearBar{2024, 30.0, true, 20.0, true, QStringLiteral("y-2024-est")}};
    data.legend.yearMet = QStringLiteral("<met>");
    data.legend.yearMissed = QStringLiteral("<missed>");
    data.legend.requiredEachYear = QStringLiteral("<required>");
    data.caption = QStringLiteral("<caption>");
    data.locale = QLocale(QLocale::Vietnamese, QLocale::Vietnam);
    std::unique_ptr<QChart> chart(ChartBuilder::build(data, ChartStyle::paper()));
    EXPECT_EQ(ChartBuilder::captionText(chart.get()), QStringLiteral("<caption>"));
    EXPECT_EQ(chart->locale().name(), QStringLiteral("vi_VN"));
    auto *x = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(x);
    EXPECT_EQ(x->categories(), (QStringList{QStringLiteral("y-2023"), QStringLiteral("y-2024-est")}));
    QStringList names;
    for (QAbstractSeries *s : chart->series()) {
        names << s->name();
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                names << set->label();
    }
    EXPECT_TRUE(names.contains(QStringLiteral("<met>"))) << names.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("<missed>")));
    EXPECT_TRUE(names.contains(QStringLiteral("<required>")));

    OverdueChartData overdue;
    overdue.seriesName = QStringLiteral("<overdue>");
    overdue.emptyLabel = QStringLiteral("<none>");
    overdue.axisTitle = QStringLiteral("<tasks>");
    overdue.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    std::unique_ptr<QChart> empty(ChartBuilder::buildOverdueByAgency(overdue, ChartStyle::paper()));
    EXPECT_EQ(empty->locale().name(), QStringLiteral("en_GB"));
    auto *y = qobject_cast<QBarCategoryAxis *>(empty->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(y);
    EXPECT_EQ(y->categories(), QStringList{QStringLiteral("<none>")});
    EXPECT_EQ(empty->axes(Qt::Horizontal).value(0)->titleText(), QStringLiteral("<tasks>"));
}

TEST_F(ChartBuilderTest, OverdueByAgencyPutsTheMostOverdueOnTop)
{
    OverdueChartData data;
    data.title = QStringLiteral("Overdue");
    data.agencies = {AgencyOverdue{1, QStringLiteral("Sở TT&TT"), 5},
                     AgencyOverdue{2, QStringLiteral("Sở Nội vụ"), 2}};
    std::unique_ptr<QChart> chart(ChartBuilder::buildOverdueByAgency(data, ChartStyle::paper()));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    ASSERT_TRUE(axis);
    EXPECT_EQ(axis->categories(), (QStringList{QStringLiteral("Sở Nội vụ"), QStringLiteral("Sở TT&TT")}));
    EXPECT_EQ(chart->animationOptions(), QChart::NoAnimation);
    EXPECT_FALSE(render(chart.get()).isNull());
}

} // namespace
