// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: charts into other documents (the Word report): copied to the clipboard, or saved as PNG at
// 300 dpi or as SVG, drawn by the same paper routine as the PDF.
#include "domain/Result.h"
#include "report/ChartData.h"

#include <QCoreApplication>
#include <QImage>
#include <QSizeF>

namespace dx {

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)
public:
    /// The size of an exported chart: 160 × 100 mm, the width of a Word page's text.
    static QSizeF defaultSizeMm() { return {160.0, 100.0}; }
    static constexpr int kPngDpi = 300;

    /// The chart as an image of @p sizeMm at @p dpi (the resolution is recorded in the image).
    static QImage image(const IndicatorChartData &data, QSizeF sizeMm = defaultSizeMm(), int dpi = kPngDpi);
    /// The chart as SVG: vector, sized in millimetres.
    static QByteArray svg(const IndicatorChartData &data, QSizeF sizeMm = defaultSizeMm());

    /// Writes through QSaveFile: a failure leaves no partial file.
    static Status savePng(const QString &path, const IndicatorChartData &data);
    static Status saveSvg(const QString &path, const IndicatorChartData &data);
    /// Puts the chart on the clipboard as an image (300 dpi) and as SVG.
    static void copyToClipboard(const IndicatorChartData &data);
};

} // namespace dx
