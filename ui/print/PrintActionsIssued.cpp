// SPDX-License-Identifier: GPL-3.0-or-later
// PrintActions: File > Meeting report > Issue report... and Issued reports... (docs/printing.md "Issued
// reports").
#include "IssueReport.h"
#include "IssuedReportsDialog.h"
#include "PrintActions.h"
#include "document/PlanDocument.h"
#include "report/ReportText.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QMessageBox>

namespace dx {

bool PrintActions::issueReport()
{
    Period period;
    ReportDates dates;
    if (!choosePeriod(&period, &dates))
        return false;
    PlanStore &store = m_document.store();
    const ReportSettings settings = ReportSettings::fromMap(store.settings());
    const ReportContent content = ReportBuilder::build(store, settings, period, dates);
    // Issuing is a record, not an edit: it is not an undo step, and the issued report can never be changed
    // or removed (the plan file's triggers refuse it). The confirmation says so before anything is kept.
    const ReportText words(settings.language);
    const QString number = settings.documentNumber.isEmpty()
                               ? tr("no number (the space after \"Số\" stays blank)")
                               : content.number;
    QString text =
        tr("Issue the meeting report?\n\nNumber: %1\nDate: %2\nPeriod: %3\n\nThe report, its PDF and "
           "the figures it uses are kept in the plan as they are now. An issued report cannot be "
           "changed, removed or undone; the next report can compare with it.")
            .arg(number, words.shortDate(content.documentDate), words.periodWords(period));
    if (!content.warnings.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("The report lacks:\n- %1").arg(content.warnings.join(QStringLiteral("\n- ")));
    if (QMessageBox::question(m_window, tr("Issue report"), text, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<Id> issued = IssueReport::issue(store, content, store);
    QApplication::restoreOverrideCursor();
    if (!issued) {
        QMessageBox::warning(m_window, tr("Issue report"), issued.error().message);
        return false;
    }
    QMessageBox::information(
        m_window, tr("Issue report"),
        tr("The report is issued and kept in the plan. See File > Meeting report > Issued "
           "reports."));
    return true;
}

void PrintActions::showIssuedReports()
{
    IssuedReportsDialog dialog(m_document.store(), m_document.asOf(), m_window);
    dialog.exec();
}

} // namespace dx
