// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectActions.h"

#include "CollectStatusDialog.h"
#include "ImportCommand.h"
#include "ImportPreviewDialog.h"
#include "document/PlanDocument.h"
#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectWorkbookWriter.h"
#include "io/CsvExporter.h"
#include "io/WorkbookExporter.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

namespace dx {

CollectActions::CollectActions(PlanDocument &document, QWidget *window)
    : QObject(window), m_document(document), m_window(window)
{
}

void CollectActions::fillPlanMenu(QMenu *plan)
{
    QMenu *collect = plan->addMenu(tr("&Collect data"));
    collect->addAction(tr("&Make workbooks..."), this, &CollectActions::makeWorkbooks);
    collect->addAction(tr("&Import returned workbooks..."), this, [this] { importReturned(); });
    collect->addAction(tr("Collection &status..."), this, &CollectActions::showStatus);
}

void CollectActions::fillFileMenu(QMenu *file)
{
    QMenu *exportMenu = file->addMenu(tr("E&xport"));
    exportMenu->addAction(tr("&Excel workbook..."), this, &CollectActions::exportWorkbook);
    exportMenu->addAction(tr("&CSV values..."), this, &CollectActions::exportCsv);
}

void CollectActions::makeWorkbooks()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Make data-entry workbooks"));
    auto *period = new QLineEdit(QString::number(m_document.asOf().year()), &dialog);
    auto *by = new QComboBox(&dialog);
    by->addItem(tr("One per agency"), int(CollectUnit::Kind::Agency));
    by->addItem(tr("One per locality"), int(CollectUnit::Kind::Locality));
    auto *due = new QDateEdit(m_document.asOf().addDays(14), &dialog);
    due->setCalendarPopup(true);
    auto *sendTo = new QLineEdit(m_document.store().plan().issuer, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Period (2024, 2024-H1, 2024-Q3):"), period);
    form->addRow(tr("Workbooks:"), by);
    form->addRow(tr("Send back by:"), due);
    form->addRow(tr("Send back to:"), sendTo);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto p = Period::parse(period->text());
    if (!p) {
        QMessageBox::warning(m_window, tr("Make workbooks"),
                             tr("Write the period as 2024, 2024-H1 or 2024-Q3."));
        return;
    }
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Folder for the workbooks"),
                                                          QFileInfo(m_document.filePath()).path());
    if (dir.isEmpty())
        return;
    const CollectSnapshot plan = CollectSnapshot::read(m_document.store());
    CollectWorkbookWriter::Options options;
    options.period = *p;
    options.due = due->date();
    options.returnTo = sendTo->text();
    options.made = QDateTime::currentDateTimeUtc();
    const QList<CollectUnit> units = plan.units(CollectUnit::Kind(by->currentData().toInt()));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const CollectUnit &u : units) {
        const Status s = CollectWorkbookWriter::write(plan, u, options,
                                                      QDir(dir).filePath(CollectWorkbookWriter::fileName(u)));
        if (!s) {
            QApplication::restoreOverrideCursor();
            QMessageBox::warning(m_window, tr("Make workbooks"), s.error().message);
            return;
        }
    }
    QApplication::restoreOverrideCursor();
    QMessageBox::information(
        m_window, tr("Make workbooks"),
        tr("%n workbook(s) for %1 are in %2.", nullptr, int(units.size())).arg(p->key(), dir));
}

void CollectActions::importReturned(const QStringList &given)
{
    QStringList files = given;
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(m_window, tr("Import returned workbooks"),
                                              QFileInfo(m_document.filePath()).path(),
                                              tr("Workbooks and CSV files (*.xlsx *.csv);;All files (*)"));
    // A folder given on its own stands for every workbook and CSV file in it.
    QStringList expanded;
    for (const QString &f : files) {
        if (QFileInfo(f).isDir()) {
            QDirIterator it(f, {QStringLiteral("*.xlsx"), QStringLiteral("*.csv")}, QDir::Files);
            QStringList inDir;
            while (it.hasNext())
                inDir << it.next();
            inDir.sort();
            expanded << inDir;
        } else {
            expanded << f;
        }
    }
    if (expanded.isEmpty())
        return;
    CollectImport::Options options;
    options.importedBy = m_document.store().userName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CollectPreview preview =
        CollectImport::preview(CollectSnapshot::read(m_document.store()), expanded, options);
    QApplication::restoreOverrideCursor();
    ImportPreviewDialog dialog(preview, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto changes = CollectImport::changes(dialog.preview(), dialog.skipRefused());
    if (!changes) {
        QMessageBox::warning(m_window, tr("Import returned workbooks"), changes.error().message);
        return;
    }
    m_document.undoStack()->push(
        new ImportCommand(m_document, std::move(changes).value(),
                          tr("Import %n returned file(s)", nullptr, int(dialog.preview().files.size()))));
}

void CollectActions::showStatus()
{
    CollectStatusDialog dialog(m_document.store(), QString::number(m_document.asOf().year()), m_window);
    dialog.exec();
}

void CollectActions::exportWorkbook()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export as an Excel workbook"),
                                     QFileInfo(m_document.filePath()).path(), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status s = WorkbookExporter::write(m_document.store(), path, m_document.asOf());
    if (!s)
        QMessageBox::warning(m_window, tr("Export"), s.error().message);
}

void CollectActions::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Export the values as CSV"),
                                     QFileInfo(m_document.filePath()).path(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status s = CsvExporter::write(m_document.store(), path, ',');
    if (!s)
        QMessageBox::warning(m_window, tr("Export"), s.error().message);
}

} // namespace dx
