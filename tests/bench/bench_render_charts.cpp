// SPDX-License-Identifier: GPL-3.0-or-later
// Renders one chart of each kind from the bundled plan to PNG files (the screenshots in docs/), and
// times ChartBuilder. "--demo PATH" keeps the plan used, with its illustrative values, for the app.
#include "BenchRegistry.h"

#include "charts/ChartBuilder.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorChartView.h"
#include "indicators/IndicatorStatusCache.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <QChart>
#include <QDir>
#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

using namespace dx;

namespace {

Id idOf(const PlanStore &store, const QString &code)
{
    for (const Indicator &i : store.indicators())
        if (i.code == code)
            return i.id;
    return 0;
}

Id localityOf(const PlanStore &store, const QString &code)
{
    for (const Locality &l : store.localities())
        if (l.code == code)
            return l.id;
    return 0;
}

/// Illustrative values (marked as such in their source) for indicators the template has no figures
/// for, so every kind of chart has something to show.
QList<Measurement> illustrativeValues(const PlanStore &store)
{
    const QString source = QStringLiteral("Số liệu minh hoạ (illustrative)");
    QList<Measurement> list;
    auto add = [&](const QString &code, const QString &period, double v, bool estimate = false,
                   Id locality = 0) {
        Measurement m;
        m.indicatorId = idOf(store, code);
        m.localityId = locality;
        m.period = period;
        m.value = v;
        m.estimate = estimate;
        m.source = source;
        list << m;
    };
    add(QStringLiteral("CQS-01"), QStringLiteral("2021"), 48);
    add(QStringLiteral("CQS-01"), QStringLiteral("2022"), 61);
    add(QStringLiteral("CQS-01"), QStringLiteral("2023"), 70);
    add(QStringLiteral("CQS-01"), QStringLiteral("2024-H1"), 74, true);
    add(QStringLiteral("KTS-01"), QStringLiteral("2021"), 12.0);
    add(QStringLiteral("KTS-01"), QStringLiteral("2022"), 14.6);
    add(QStringLiteral("KTS-04"), QStringLiteral("2021"), 420);
    add(QStringLiteral("KTS-04"), QStringLiteral("2022"), 515);
    add(QStringLiteral("KTS-04"), QStringLiteral("2023"), 590, true);
    add(QStringLiteral("KTS-03"), QStringLiteral("2021"), 9.2);
    add(QStringLiteral("KTS-03"), QStringLiteral("2022"), 7.4);
    add(QStringLiteral("KTS-03"), QStringLiteral("2023"), 8.6, true);
    add(QStringLiteral("XHS-01"), QStringLiteral("2023"), 1, false, localityOf(store, QStringLiteral("288")));
    add(QStringLiteral("XHS-01"), QStringLiteral("2024"), 1, true, localityOf(store, QStringLiteral("290")));
    for (const QString &d : {QStringLiteral("296"), QStringLiteral("295"), QStringLiteral("291")})
        add(QStringLiteral("XHS-02"), QStringLiteral("2023"), 1, false, localityOf(store, d));
    add(QStringLiteral("XHS-02"), QStringLiteral("2023"), 0, false, localityOf(store, QStringLiteral("297")));
    return list;
}

QImage render(QChart *chart, QSize size)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->resize(size);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    painter.end();
    scene.removeItem(chart);
    return image;
}

int renderCharts(const QStringList &args)
{
    QTextStream out(stdout);
    const QString outDir = args.value(0).startsWith(QLatin1String("--")) ? QString() : args.value(0);
    if (outDir.isEmpty()) {
        out << "usage: dxbench render-charts OUTDIR [--demo PLAN.dxplan] [--as-of 2024-06-30]\n";
        return 2;
    }
    QDir().mkpath(outDir);
    QTemporaryDir temp;
    const QString plan =
        dxbench::option(args, QStringLiteral("--demo"), temp.filePath(QStringLiteral("demo.dxplan")));
    QFile::remove(plan);
    auto created = PlanImporter::createFromTemplate(plan, QStringLiteral("resolution-06"));
    if (!created) {
        out << created.error().message << "\n";
        return 1;
    }
    std::unique_ptr<PlanStore> store = std::move(created.value());
    if (const Status s = store->upsertMeasurements(illustrativeValues(*store)); !s) {
        out << s.error().message << "\n";
        return 1;
    }
    const QDate asOf = QDate::fromString(
        dxbench::option(args, QStringLiteral("--as-of"), QStringLiteral("2024-06-30")), Qt::ISODate);
    PlanDocument document(std::move(store), asOf);
    IndicatorStatusCache &cache = IndicatorStatusCache::of(document);
    const QList<QPair<QString, QString>> charts{{QStringLiteral("share"), QStringLiteral("CQS-01")},
                                                {QStringLiteral("count"), QStringLiteral("KTS-04")},
                                                {QStringLiteral("rank"), QStringLiteral("TQ-01")},
                                                {QStringLiteral("yearly-rate"), QStringLiteral("KTS-03")},
                                                {QStringLiteral("stage"), QStringLiteral("XHS-01")},
                                                {QStringLiteral("localities"), QStringLiteral("XHS-02")}};
    QElapsedTimer timer;
    for (const auto &[kind, code] : charts) {
        for (bool paper : {false, true}) {
            const IndicatorChartData data = IndicatorChartView::dataFor(cache, idOf(document.store(), code));
            timer.start();
            std::unique_ptr<QChart> chart(
                ChartBuilder::build(data, paper ? ChartStyle::paper() : ChartStyle::screen()));
            const double ms = timer.nsecsElapsed() / 1e6;
            const QString file = QDir(outDir).filePath(
                QStringLiteral("chart-%1%2.png").arg(kind, paper ? QStringLiteral("-paper") : QString()));
            render(chart.get(), QSize(960, 600)).save(file);
            out << file << " (" << code << ", built in " << ms << " ms)\n";
        }
    }
    return 0;
}

} // namespace

DX_BENCH("render-charts",
         "renders a chart of each kind of the bundled plan to OUTDIR as PNG "
         "[--demo PLAN] [--as-of DATE]",
         renderCharts);
