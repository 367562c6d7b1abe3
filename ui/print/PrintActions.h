// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the print, print preview and PDF commands of the window (meeting report, also as Word, current
// chart, indicator sheet, dashboard, task table as filtered), the report settings, and chart export
// (clipboard, PNG at 300 dpi, SVG). The main window only asks it to fill its menus.
#include "DocumentOutput.h"
#include "domain/Period.h"
#include "report/ReportContent.h"

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace dx {

class PlanDocument;
class IndicatorPanel;
class TaskTablePanel;

class PrintActions : public QObject
{
    Q_OBJECT
public:
    PrintActions(PlanDocument &document, IndicatorPanel &indicators, TaskTablePanel &tasks, QWidget *window);

    /// Adds the meeting report, dashboard and task table submenus (rebuilt on a language change).
    void fillFileMenu(QMenu *file);
    /// Adds the current chart's and indicator sheet's commands.
    void fillIndicatorMenu(QMenu *menu);

    /// Opens the report settings; saved as one undo step. False when cancelled.
    bool editReportSettings();
    /// Asks for a reporting period, then opens that period's written sections (I, III, IV, V), pre-filled
    /// from the plan as of the document's date; kept in the plan as one undo step. False when cancelled.
    bool editReportSections();
    /// Asks for a reporting period, shows the report's number, date and period for confirmation (issuing
    /// cannot be undone), then issues it: its PDF and figures are kept in the plan, read-only
    /// (PrintActionsIssued.cpp). False when cancelled or refused.
    bool issueReport();
    /// Lists the issued reports (IssuedReportsDialog).
    void showIssuedReports();
    /// The pages of the meeting report for @p period with the plan's settings, dated by its reporting
    /// calendar (the cut-off never after the window's "as of" date).
    PagePainter reportPainter(const Period &period) const;
    /// The same with the data cut-off and the report's date chosen.
    PagePainter reportPainter(const Period &period, const ReportDates &dates) const;
    /// The meeting report's content for @p period with those dates (what it lacks is shown first).
    ReportContent reportContent(const Period &period, const ReportDates &dates) const;

    /// What the window shows in front, for "Print current view" (Ctrl+P).
    enum class View
    {
        Dashboard,
        Tasks,
        Indicators ///< the current indicator's chart
    };
    /// The periods the meeting report can be made for: every year, half and quarter of the plan up to
    /// the "as of" year, newest first, with their names.
    QList<std::pair<Period, QString>> reportingPeriods() const;

    /// Asks for a printer and prints the pages of @p view.
    void printView(View view);
    /// The pages of @p view (empty when there is nothing to print, e.g. no indicator chosen).
    PagePainter pagesOf(View view);

signals:
    /// A PDF (or the report as a Word document) was written to @p path (the window says where, with
    /// "Open folder").
    void pdfWritten(const QString &path);

private:
    /// Adds "Print preview...", "Print..." and "Export to PDF..." for the pages @p make gives.
    void addOutputs(QMenu *menu, const std::function<QString()> &title, const QString &fileName,
                    const std::function<PagePainter()> &make);
    /// Asks for the reporting period (one of reportingPeriods()), the data cut-off and the report's date
    /// (ReportPeriodDialog); false: cancelled.
    bool choosePeriod(Period *period, ReportDates *dates);
    bool haveIndicator();

    PlanDocument &m_document;
    IndicatorPanel &m_indicators;
    TaskTablePanel &m_tasks;
    QWidget *m_window;
};

} // namespace dx
