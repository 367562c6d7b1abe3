// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentOutput.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

namespace dx {

Status DocumentOutput::writePdf(const QString &path, const QString &title, const PagePainter &paint)
{
    // Something that exists and is no regular file (a pipe, /dev/stdout, /dev/full) is written directly:
    // QSaveFile would replace it with a file (as root, even a device node).
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        QFile direct(path);
        if (!direct.open(QIODevice::WriteOnly))
            return Status::fail(Error::Code::Io,
                                tr("Cannot write \"%1\": %2").arg(path, direct.errorString()));
        int pages = 0;
        {
            QPdfWriter writer(&direct);
            writer.setResolution(kPdfResolution);
            writer.setTitle(title);
            writer.setCreator(QStringLiteral("DX Planner %1").arg(QStringLiteral(DX_VERSION)));
            pages = paint(&writer);
        }
        if (pages <= 0 || !direct.flush() || direct.error() != QFileDevice::NoError)
            return Status::fail(Error::Code::Io,
                                tr("Cannot write \"%1\": %2").arg(path, direct.errorString()));
        return success();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    int pages = 0;
    {
        // The writer must be finished (its painter ended) before the file is committed.
        QPdfWriter writer(&file);
        writer.setResolution(kPdfResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("DX Planner %1").arg(QStringLiteral(DX_VERSION)));
        pages = paint(&writer);
    }
    if (pages <= 0) {
        file.cancelWriting();
        return Status::fail(Error::Code::Io,
                            tr("Cannot write \"%1\": the pages could not be painted.").arg(path));
    }
    if (!file.commit())
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, file.errorString()));
    return success();
}

void DocumentOutput::preview(QWidget *parent, const QString &title, const PagePainter &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print preview: %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&paint](QPrinter *p) { paint(p); });
    dialog.exec();
}

bool DocumentOutput::print(QWidget *parent, const QString &title, const PagePainter &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return paint(&printer) > 0;
}

bool DocumentOutput::exportPdf(QWidget *parent, const QString &title, const QString &suggestedName,
                               const PagePainter &paint, QString *written)
{
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export to PDF"), suggestedName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const Status s = writePdf(path, title, paint);
    if (!s) {
        QMessageBox::warning(parent, tr("Export to PDF"), s.error().message);
        return false;
    }
    if (written)
        *written = path;
    return true;
}

} // namespace dx
