// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the meeting report (ReportContent) as a Word document (.docx, Office Open XML) that a secretary
// edits in Word or LibreOffice Writer: the same content and layout as the PDF (ui/print/ReportPainter),
// with real styles, the two-column header as a borderless table, Biểu 01 and 02 as Word tables whose
// header row repeats on every page, the charts as 300 dpi pictures and a PAGE field from page 2.
//
// No library for writing .docx is packaged in Debian (there is none for Qt or C++ in the archive), so the
// parts are written here with QXmlStreamWriter and zipped with libzip, which core already links to read
// workbooks. Core knows no pictures: the caller renders each chart (ui/print/ReportDocxExport).
#include "domain/Result.h"
#include "report/ReportContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>
#include <QString>
#include <functional>

namespace dx {

class ReportDocxWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocxWriter)
public:
    /// Charts are asked for at this resolution (the size on the page times 300 dpi).
    static constexpr int kChartDpi = 300;

    /// The PNG bytes of chart @p index at @p sizeMm (its size on the page) and kChartDpi: index
    /// 0 .. charts.size() - 1 are the indicators' charts, charts.size() the overdue chart. Empty bytes:
    /// the chart could not be drawn, and the document is not written.
    using ChartPng = std::function<QByteArray(int index, const QSizeF &sizeMm)>;

    /// Writes @p content to @p path. Charts are drawn one at a time while the archive is written, so only
    /// one picture is in memory at once. An old file at @p path is replaced only by a complete document
    /// (libzip writes a temporary file beside it and renames it); a failure leaves no file.
    static Status write(const QString &path, const ReportContent &content, const ChartPng &chartPng);

    /// The size a chart has on the page in the report's chart layout (two on a portrait page, or one on
    /// a landscape page), in millimetres.
    static QSizeF chartSizeMm(const ReportContent &content);
};

} // namespace dx
