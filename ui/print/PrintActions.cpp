// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintActions.h"

#include "ChartExport.h"
#include "ReportDocxExport.h"
#include "ReportDraftDialog.h"
#include "ReportPainter.h"
#include "ReportPeriodDialog.h"
#include "ReportSettingsDialog.h"
#include "SheetPainter.h"
#include "document/PlanDocument.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"
#include "views/IndicatorPanel.h"
#include "views/TaskTablePanel.h"

#include <QFileDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <memory>

namespace dx {

PrintActions::PrintActions(PlanDocument &document, IndicatorPanel &indicators, TaskTablePanel &tasks,
                           QWidget *window)
    : QObject(window), m_document(document), m_indicators(indicators), m_tasks(tasks), m_window(window)
{
}

void PrintActions::addOutputs(QMenu *menu, const std::function<QString()> &title, const QString &fileName,
                              const std::function<PagePainter()> &make)
{
    menu->addAction(tr("Print pre&view..."), this, [=] {
        if (const PagePainter p = make())
            DocumentOutput::preview(m_window, title(), p);
    });
    menu->addAction(tr("&Print..."), this, [=] {
        if (const PagePainter p = make())
            DocumentOutput::print(m_window, title(), p);
    });
    menu->addAction(tr("&Export to PDF..."), this, [=] {
        QString written;
        if (const PagePainter p = make();
            p && DocumentOutput::exportPdf(m_window, title(), fileName, p, &written))
            emit pdfWritten(written);
    });
}

PagePainter PrintActions::pagesOf(View view)
{
    switch (view) {
    case View::Dashboard:
        return [this](QPagedPaintDevice *device) { return SheetPainter::dashboard(device, m_document); };
    case View::Tasks:
        return [this](QPagedPaintDevice *device) {
            const QString subtitle = tr("As of %1; tasks shown: %2")
                                         .arg(QLocale().toString(m_document.asOf(), QLocale::ShortFormat))
                                         .arg(m_tasks.proxy()->rowCount());
            return SheetPainter::table(device, *m_tasks.proxy(), tr("Tasks: %1").arg(m_document.plan().code),
                                       subtitle, TaskTableModel::StateRole);
        };
    case View::Indicators: {
        if (!haveIndicator())
            return {};
        const IndicatorChartData data = SheetPainter::chartData(m_document, m_indicators.currentIndicator());
        return [data](QPagedPaintDevice *device) { return SheetPainter::chart(device, data); };
    }
    }
    return {};
}

void PrintActions::printView(View view)
{
    const QString title = view == View::Dashboard ? tr("Dashboard")
                          : view == View::Tasks   ? tr("Tasks")
                                                  : tr("Chart");
    if (const PagePainter p = pagesOf(view))
        DocumentOutput::print(m_window, title, p);
}

bool PrintActions::haveIndicator()
{
    if (m_indicators.currentIndicator() != 0)
        return true;
    QMessageBox::information(m_window, tr("No indicator chosen"),
                             tr("Choose an indicator in the Indicators tab first."));
    return false;
}

QList<std::pair<Period, QString>> PrintActions::reportingPeriods() const
{
    // Every year, half and quarter of the plan up to the "as of" year, newest first: a past period is
    // chosen directly, without moving the "as of" date.
    const Plan &plan = m_document.plan();
    const int asOfYear = m_document.asOf().year();
    const int last = plan.endYear > 0 ? qMin(plan.endYear, asOfYear) : asOfYear;
    const int first = plan.startYear > 0 ? qMin(plan.startYear, last) : last - 5;
    QList<std::pair<Period, QString>> out;
    for (int y = last; y >= first; --y) {
        out.append({Period::year(y), tr("The year %1").arg(y)});
        out.append({Period::half(y, 2), tr("Second half of %1").arg(y)});
        out.append({Period::half(y, 1), tr("First half of %1").arg(y)});
        out.append({Period::quarter(y, 4), tr("Fourth quarter of %1").arg(y)});
        out.append({Period::quarter(y, 3), tr("Third quarter of %1").arg(y)});
        out.append({Period::quarter(y, 2), tr("Second quarter of %1").arg(y)});
        out.append({Period::quarter(y, 1), tr("First quarter of %1").arg(y)});
    }
    return out;
}

bool PrintActions::choosePeriod(Period *period, ReportDates *dates)
{
    ReportPeriodDialog dialog(reportingPeriods(), ReportSettings::fromMap(m_document.store().settings()),
                              m_document.asOf(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *period = dialog.period();
    *dates = dialog.dates();
    return true;
}

ReportContent PrintActions::reportContent(const Period &period, const ReportDates &dates) const
{
    const ReportSettings settings = ReportSettings::fromMap(m_document.store().settings());
    ReportContent content = ReportBuilder::build(m_document.store(), settings, period, dates);
    if (!content.warnings.isEmpty() && m_window && m_window->isVisible())
        QMessageBox::warning(m_window, tr("Meeting report"),
                             tr("The report will be made, but it lacks:\n- %1\n\nFill these in under File > "
                                "Meeting report > Report settings.")
                                 .arg(content.warnings.join(QStringLiteral("\n- "))));
    return content;
}

PagePainter PrintActions::reportPainter(const Period &period) const
{
    return reportPainter(period, ReportDates::defaults(ReportSettings::fromMap(m_document.store().settings()),
                                                       period, m_document.asOf()));
}

PagePainter PrintActions::reportPainter(const Period &period, const ReportDates &dates) const
{
    auto content = std::make_shared<ReportContent>(reportContent(period, dates));
    return [content](QPagedPaintDevice *device) { return ReportPainter(*content).paint(device); };
}

bool PrintActions::editReportSettings()
{
    ReportSettingsDialog dialog(ReportSettings::fromMap(m_document.store().settings()),
                                m_document.plan().place, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document.setReportSettings(dialog.settings().toMap());
}

bool PrintActions::editReportSections()
{
    Period period;
    ReportDates dates;
    if (!choosePeriod(&period, &dates))
        return false;
    const PlanStore &store = m_document.store();
    const ReportSettings settings = ReportSettings::fromMap(store.settings());
    // The tasks and values of the cut-off, as the report computes them.
    const DraftFacts facts = ReportBuilder::draftFactsFor(store, period, dates.cutOff);
    // Worded in the report's language, which may differ from the window's.
    ReportDraftDialog dialog(store.settings(), facts, Vocabulary(settings.language), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_document.setReportSettings(dialog.values());
}

void PrintActions::fillFileMenu(QMenu *file)
{
    QMenu *report = file->addMenu(tr("Meeting &report"));
    addOutputs(
        report, [] { return tr("Meeting report"); }, tr("meeting-report.pdf"),
        [this]() -> PagePainter {
            Period period;
            ReportDates dates;
            return choosePeriod(&period, &dates) ? reportPainter(period, dates) : PagePainter();
        });
    // The same content as a Word document for the secretary to edit (core/io/ReportDocxWriter).
    report->addAction(tr("Export as &Word..."), this, [this] {
        Period period;
        ReportDates dates;
        if (!choosePeriod(&period, &dates))
            return;
        const ReportContent content = reportContent(period, dates);
        QString written;
        if (ReportDocxExport::exportDocx(m_window, content, tr("meeting-report.docx"), &written))
            emit pdfWritten(written);
    });
    report->addSeparator();
    report->addAction(tr("Report &settings..."), this, &PrintActions::editReportSettings);
    report->addAction(tr("Written s&ections (I, III, IV, V)..."), this, &PrintActions::editReportSections);
    report->addSeparator();
    report->addAction(tr("&Issue report..."), this, &PrintActions::issueReport);
    report->addAction(tr("Iss&ued reports..."), this, &PrintActions::showIssuedReports);

    QMenu *dashboard = file->addMenu(tr("&Dashboard"));
    addOutputs(
        dashboard, [] { return tr("Dashboard"); }, tr("dashboard.pdf"),
        [this]() -> PagePainter { return pagesOf(View::Dashboard); });
    QMenu *tasks = file->addMenu(tr("&Task table"));
    addOutputs(
        tasks, [] { return tr("Tasks"); }, tr("tasks.pdf"),
        [this]() -> PagePainter { return pagesOf(View::Tasks); });
}

void PrintActions::fillIndicatorMenu(QMenu *menu)
{
    QMenu *chart = menu->addMenu(tr("&Chart"));
    addOutputs(
        chart, [] { return tr("Chart"); }, tr("chart.pdf"),
        [this]() -> PagePainter { return pagesOf(View::Indicators); });
    chart->addSeparator();
    chart->addAction(tr("&Copy chart"), this, [this] {
        if (haveIndicator())
            ChartExport::copyToClipboard(
                SheetPainter::chartData(m_document, m_indicators.currentIndicator()));
    });
    auto save = [this](bool svg) {
        if (!haveIndicator())
            return;
        const IndicatorChartData data = SheetPainter::chartData(m_document, m_indicators.currentIndicator());
        const QString name = data.code.isEmpty() ? tr("chart") : data.code;
        QString path =
            QFileDialog::getSaveFileName(m_window, svg ? tr("Save chart as SVG") : tr("Save chart as PNG"),
                                         name + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")),
                                         svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        const Status s = svg ? ChartExport::saveSvg(path, data) : ChartExport::savePng(path, data);
        if (!s)
            QMessageBox::warning(m_window, tr("Save chart"), s.error().message);
    };
    chart->addAction(tr("Save as P&NG (300 dpi)..."), this, [save] { save(false); });
    chart->addAction(tr("Save as &SVG..."), this, [save] { save(true); });

    QMenu *sheet = menu->addMenu(tr("Indicator &sheet"));
    addOutputs(
        sheet, [] { return tr("Indicator sheet"); }, tr("indicator.pdf"),
        [this]() -> PagePainter {
            if (!haveIndicator())
                return {};
            const Id id = m_indicators.currentIndicator();
            return [this, id](QPagedPaintDevice *device) {
                return SheetPainter::indicatorSheet(device, m_document, id);
            };
        });
}

} // namespace dx
