// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExport.h"

#include "ChartPainter.h"
#include "charts/ChartBuilder.h"

#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace dx {
namespace {

Status save(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Status::fail(Error::Code::Io,
                            ChartExport::tr("Cannot write \"%1\": %2").arg(path, f.errorString()));
    return success();
}

} // namespace

QImage ChartExport::image(const IndicatorChartData &data, QSizeF sizeMm, int dpi)
{
    const QSize px(qRound(sizeMm.width() / 25.4 * dpi), qRound(sizeMm.height() / 25.4 * dpi));
    QImage img(px, QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(qRound(dpi / 0.0254)); // so Word places it at its real size
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    ChartPainter::paint(p, ChartBuilder::build(data, ChartPainter::paperStyle()),
                        QRectF(QPointF(0, 0), QSizeF(px)), dpi / 72.0);
    p.end();
    return img;
}

QByteArray ChartExport::svg(const IndicatorChartData &data, QSizeF sizeMm)
{
    // One SVG unit per point at 72 dpi: a 160 mm chart is 453.5 units wide and prints at 160 mm.
    const QSizeF pt(sizeMm.width() / 25.4 * 72.0, sizeMm.height() / 25.4 * 72.0);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);
    generator.setSize(pt.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), pt));
    generator.setTitle(data.title);
    generator.setDescription(data.source);
    QPainter p(&generator);
    ChartPainter::paint(p, ChartBuilder::build(data, ChartPainter::paperStyle()), QRectF(QPointF(0, 0), pt),
                        1.0);
    p.end();
    return buffer.data();
}

Status ChartExport::savePng(const QString &path, const IndicatorChartData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image(data).save(&buffer, "PNG"))
        return Status::fail(Error::Code::Io,
                            tr("Cannot write \"%1\": the image could not be encoded.").arg(path));
    return save(path, bytes);
}

Status ChartExport::saveSvg(const QString &path, const IndicatorChartData &data)
{
    return save(path, svg(data));
}

void ChartExport::copyToClipboard(const IndicatorChartData &data)
{
    auto *mime = new QMimeData;
    mime->setImageData(image(data));
    mime->setData(QStringLiteral("image/svg+xml"), svg(data));
    QGuiApplication::clipboard()->setMimeData(mime);
}

} // namespace dx
