// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: File > Meeting report > Issued reports...: the reports issued from the plan (number, period,
// cut-off, date, who issued them and when), each one's PDF as it was issued, and "Compare with now", the
// same since-last comparison as the report's Biểu 03 (core/report/ReportComparison), in a table. Read-only:
// an issued report is a record, never edited here.
#include "domain/Ids.h"

#include <QDate>
#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dx {

class PlanStore;
struct ChangeSet;

class IssuedReportsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p asOf: the cut-off "now" is compared on (the window's "as of" date).
    IssuedReportsDialog(PlanStore &store, const QDate &asOf, QWidget *parent = nullptr);

    QTableWidget *reports() const { return m_reports; }
    QTableWidget *comparison() const { return m_comparison; }
    QPushButton *compareButton() const { return m_compare; }
    /// The id of the selected report (0: none).
    Id selectedReport() const;
    void selectReport(Id id);
    /// Fills the comparison table: the selected report's figures against the plan now.
    void compareWithNow();
    /// Writes the selected report's PDF, as issued, to a temporary file and returns its path ("" when it
    /// could not be written); openPdf() hands it to the desktop's viewer.
    QString pdfCopy();
    void openPdf();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslate();
    void onCommitted(const ChangeSet &changes);

    PlanStore &m_store;
    QDate m_asOf;
    QTableWidget *m_reports;
    QTableWidget *m_comparison;
    QLabel *m_comparisonTitle;
    QPushButton *m_open;
    QPushButton *m_compare;
    QPushButton *m_close;
};

} // namespace dx
