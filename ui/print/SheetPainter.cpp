// SPDX-License-Identifier: GPL-3.0-or-later
#include "SheetPainter.h"

#include "BundledFonts.h"
#include "ChartPainter.h"
#include "PageWriter.h"
#include "TablePainter.h"
#include "TextPainter.h"
#include "analysis/IndicatorAssessment.h"
#include "analysis/IndicatorRollUp.h"
#include "analysis/TaskRollUp.h"
#include "charts/ChartBuilder.h"
#include "document/PlanDocument.h"
#include "i18n/Translations.h"
#include "models/TaskPresentation.h"
#include "store/PlanStore.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace dx {
namespace {

QString family()
{
    return documentFontFamily();
}

/// A centred heading and an italic line under it; moves the writer below them.
void heading(PageWriter &w, const QString &title, const QString &subtitle)
{
    const QRectF b = w.body();
    for (const auto &[text, font] : {std::pair{title, PageWriter::font(family(), 14, true)},
                                     std::pair{subtitle, PageWriter::font(family(), 12, false, true)}}) {
        if (text.isEmpty())
            continue;
        const auto l = TextPainter::layout(text, font, w.device(), b.width(), Qt::AlignHCenter);
        w.painter().setFont(font);
        TextPainter::draw(w.painter(), *l, QPointF(b.left(), w.y()));
        w.advance(TextPainter::height(*l));
    }
    w.advance(w.pt(8));
}

QString asOfLine(const PlanDocument &d)
{
    return SheetPainter::tr("As of %1").arg(QLocale().toString(d.asOf(), QLocale::ShortFormat));
}

QString number(double v)
{
    return ChartText::number(v);
}

} // namespace

IndicatorChartData SheetPainter::chartData(const PlanDocument &document, Id id)
{
    const auto indicator = document.indicator(id);
    if (!indicator)
        return {};
    ChartDataOptions options;
    options.localities = document.localities();
    options.english = Translations::currentLanguage() == QLatin1String("en");
    return chartDataFor(*indicator, document.store().measurements(id), document.asOf(), options);
}

int SheetPainter::chart(QPagedPaintDevice *device, const IndicatorChartData &data)
{
    PageWriter w(device);
    w.setPageNumbers(false, family());
    w.beginPage(QPageLayout::Landscape);
    if (!w.painter().isActive())
        return 0;
    ChartPainter::paint(w.painter(), ChartBuilder::build(data, ChartPainter::paperStyle()), w.body(),
                        w.scale());
    return w.pageNumber();
}

int SheetPainter::indicatorSheet(QPagedPaintDevice *device, const PlanDocument &document, Id id)
{
    const auto indicator = document.indicator(id);
    if (!indicator)
        return 0;
    const Indicator &ind = *indicator;
    const QList<Measurement> values = document.store().measurements(id);
    const IndicatorAssessment a = assessIndicator(ind, values, document.asOf());
    const IndicatorChartData data = chartData(document, id);

    PageWriter w(device);
    w.setPageNumbers(true, family());
    w.beginPage(QPageLayout::Portrait);
    if (!w.painter().isActive())
        return 0;
    heading(w, data.title, asOfLine(document));
    const QRectF b = w.body();
    const QRectF chartRect(b.left(), w.y(), b.width(), w.mm(100));
    ChartPainter::paint(w.painter(), ChartBuilder::build(data, ChartPainter::paperStyle()), chartRect,
                        w.scale());
    w.setY(chartRect.bottom() + w.pt(10));

    const QFont text = PageWriter::font(family(), 12);
    TextPainter::paragraph(w, tr("Status: %1").arg(ChartText::status(a.status)),
                           PageWriter::font(family(), 12, true), Qt::AlignLeft, 0, 4);
    if (!ind.dataSource.isEmpty())
        TextPainter::paragraph(w, tr("Data source: %1").arg(ind.dataSource), text, Qt::AlignLeft, 0, 4);
    TextPainter::paragraph(w, tr("Targets"), PageWriter::font(family(), 12, true), Qt::AlignLeft, 0, 4);
    QList<ReportRow> targets;
    for (const TargetProgress &t : a.targets) {
        ReportRow r;
        r.cells << QString::number(t.target.year)
                << ChartText::comparison(t.target.comparison) + QLatin1Char(' ') + number(t.target.value)
                << (t.met ? tr("Met") : tr("Not met"))
                << (t.changePerYear ? number(*t.changePerYear) : QString()) << t.target.note;
        targets << r;
    }
    TablePainter(w, {tr("Year"), tr("Target"), tr("Verdict"), tr("Change needed per year"), tr("Note")},
                 {1, 1.5, 1.5, 2, 3},
                 {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft},
                 family(), 10)
        .paint(targets, QPageLayout::Portrait);
    w.advance(w.pt(10));

    TextPainter::paragraph(w, tr("Recorded values"), PageWriter::font(family(), 12, true), Qt::AlignLeft, 0,
                           4);
    QList<ReportRow> rows;
    for (const Measurement &m : values) {
        ReportRow r;
        r.cells << m.period << (m.localityId ? document.localityName(m.localityId) : tr("Whole plan area"))
                << number(m.value) << (m.estimate ? tr("Estimate") : tr("Official")) << m.source << m.note;
        rows << r;
    }
    TablePainter(
        w, {tr("Period"), tr("Locality"), tr("Value"), tr("Official or estimate"), tr("Source"), tr("Note")},
        {1.2, 2.2, 1.2, 1.6, 3, 3},
        {Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignLeft, Qt::AlignLeft},
        family(), 10)
        .paint(rows, QPageLayout::Portrait);
    return w.pageNumber();
}

int SheetPainter::dashboard(QPagedPaintDevice *device, const PlanDocument &document)
{
    const PlanStore &store = document.store();
    const QList<Indicator> indicators = store.indicators();
    const MeasurementsByIndicator byIndicator = groupByIndicator(store.allMeasurements());
    const QList<Task> tasks = store.tasks();
    const QList<IndicatorAssessment> assessments = assessIndicators(indicators, byIndicator, document.asOf());
    const StatusCounts counts = rollUpIndicators(indicators, assessments).overall;
    const TaskStateCounts taskCounts = countTaskStates(tasks, document.asOf());

    PageWriter w(device);
    w.setPageNumbers(true, family());
    w.beginPage(QPageLayout::Portrait);
    if (!w.painter().isActive())
        return 0;
    heading(w, tr("Dashboard: %1").arg(store.plan().code), asOfLine(document));
    QList<ReportRow> rows;
    for (IndicatorStatus s : {IndicatorStatus::Achieved, IndicatorStatus::OnTrack, IndicatorStatus::AtRisk,
                              IndicatorStatus::OffTrack, IndicatorStatus::NoData})
        rows << ReportRow{
            ReportRow::Kind::Data, {ChartText::status(s), QString::number(counts.count(s))}, false};
    for (TaskState s : {TaskState::DoneOnTime, TaskState::DoneLate, TaskState::InProgress,
                        TaskState::NotStarted, TaskState::Overdue})
        rows << ReportRow{ReportRow::Kind::Data,
                          {TaskPresentation::stateName(s), QString::number(taskCounts.count(s))},
                          s == TaskState::Overdue && taskCounts.overdue > 0};
    TablePainter(w, {tr("Indicators and tasks"), tr("Count")}, {4, 1}, {Qt::AlignLeft, Qt::AlignHCenter},
                 family(), 11)
        .paint(rows, QPageLayout::Portrait);
    w.advance(w.pt(12));

    ChartDataOptions options;
    options.localities = document.localities();
    options.english = Translations::currentLanguage() == QLatin1String("en");
    const ChartStyle style = ChartPainter::paperStyle();
    const int count = int(indicators.size()) + 1; // and the overdue tasks
    const double gap = w.pt(16);
    for (int i = 0; i < count; ++i) {
        // Two charts a page; the first page's charts share what the tables leave.
        const double full = (w.body().height() - gap) / 2;
        if (w.remaining() < full * 0.8)
            w.beginPage(QPageLayout::Portrait);
        const double h = std::min(full, w.remaining());
        const QRectF target(w.body().left(), w.y(), w.body().width(), h);
        QChart *chart =
            i < indicators.size()
                ? ChartBuilder::build(chartDataFor(indicators[i], byIndicator.value(indicators[i].id),
                                                   document.asOf(), options),
                                      style)
                : ChartBuilder::buildOverdueByAgency(
                      overdueByAgency(document.agencies(), tasks, document.asOf()), style);
        ChartPainter::paint(w.painter(), chart, target, w.scale());
        w.setY(target.bottom() + gap);
    }
    return w.pageNumber();
}

int SheetPainter::table(QPagedPaintDevice *device, const QAbstractItemModel &model, const QString &title,
                        const QString &subtitle, int stateRole)
{
    PageWriter w(device);
    w.setPageNumbers(true, family());
    w.beginPage(QPageLayout::Landscape);
    if (!w.painter().isActive())
        return 0;
    heading(w, title, subtitle);
    QStringList headers{tr("No.")};
    QList<double> weights{0.6};
    QList<Qt::Alignment> align{Qt::AlignHCenter};
    for (int c = 0; c < model.columnCount(); ++c) {
        headers << model.headerData(c, Qt::Horizontal).toString();
        weights << (c == 0 ? 4.0 : 1.6);
        align << Qt::AlignLeft;
    }
    QList<ReportRow> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        ReportRow row;
        row.cells << QString::number(r + 1);
        for (int c = 0; c < model.columnCount(); ++c)
            row.cells << model.index(r, c).data().toString();
        // Overdue rows are marked in words too, so the mark survives black-and-white copying.
        if (stateRole >= 0 && model.index(r, 0).data(stateRole).toInt() == int(TaskState::Overdue)) {
            row.overdue = true;
            row.cells[0] = QStringLiteral("(!) ") + row.cells[0];
        }
        rows << row;
    }
    TablePainter(w, headers, weights, align, family(), 9).paint(rows, QPageLayout::Landscape);
    return w.pageNumber();
}

} // namespace dx
