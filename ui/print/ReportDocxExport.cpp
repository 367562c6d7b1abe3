// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocxExport.h"

#include "ChartPainter.h"
#include "charts/ChartBuilder.h"
#include "io/ReportDocxWriter.h"

#include <QBuffer>
#include <QFileDialog>
#include <QImage>
#include <QImageWriter>
#include <QMessageBox>
#include <QPainter>

namespace dx {

QByteArray ReportDocxExport::chartPng(const ReportContent &content, int index, const QSizeF &sizeMm)
{
    const int dpi = ReportDocxWriter::kChartDpi;
    const QSize px(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    QImage img(px, QImage::Format_ARGB32_Premultiplied);
    // The resolution before painting: ChartPainter sets the title, legend and caption in points at the
    // device's resolution (at the default 96 dpi they came out a third of their size), and it is
    // recorded in the PNG, so an editor that reads it agrees with the size on the page.
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        const ChartStyle style = ChartPainter::paperStyle();
        QChart *chart = index < content.charts.size()
                            ? ChartBuilder::build(content.charts[index], style)
                            : ChartBuilder::buildOverdueByAgency(content.overdue, style);
        ChartPainter::paint(p, chart, QRectF(QPointF(0, 0), QSizeF(px)), dpi / 72.0);
    }
    // Paper charts are black and greys only (ChartStyle::paper), so 8-bit grey loses nothing and makes a
    // picture a quarter the size, quicker to encode.
    img = img.convertToFormat(QImage::Format_Grayscale8);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(img))
        return {};
    return bytes;
}

Status ReportDocxExport::write(const QString &path, const ReportContent &content)
{
    return ReportDocxWriter::write(path, content, [&content](int index, const QSizeF &sizeMm) {
        return chartPng(content, index, sizeMm);
    });
}

bool ReportDocxExport::exportDocx(QWidget *parent, const ReportContent &content, const QString &suggestedName,
                                  QString *written)
{
    QString path = QFileDialog::getSaveFileName(parent, tr("Export as Word"), suggestedName,
                                                tr("Word documents (*.docx)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".docx"), Qt::CaseInsensitive))
        path += QStringLiteral(".docx");
    const Status s = write(path, content);
    if (!s) {
        QMessageBox::warning(parent, tr("Export as Word"), s.error().message);
        return false;
    }
    if (written)
        *written = path;
    return true;
}

} // namespace dx
