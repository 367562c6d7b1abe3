// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the meeting report as a Word document (core/io/ReportDocxWriter) with its charts drawn here, by
// the same paper routine as the PDF (ChartBuilder + ChartPainter), as 300 dpi pictures at the size they
// have on the page; and the window's "Export as Word..." dialog.
#include "domain/Result.h"
#include "report/ReportContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSizeF>

class QWidget;

namespace dx {

class ReportDocxExport
{
    Q_DECLARE_TR_FUNCTIONS(ReportDocxExport)
public:
    /// Writes @p content as .docx to @p path (needs a QApplication: charts are QtCharts).
    static Status write(const QString &path, const ReportContent &content);
    /// Chart @p index of @p content (charts.size(): the overdue chart) as a greyscale PNG of @p sizeMm at
    /// 300 dpi; empty when it could not be encoded.
    static QByteArray chartPng(const ReportContent &content, int index, const QSizeF &sizeMm);
    /// Asks for a file name (suggested: @p suggestedName) and writes the document; shows any error. The
    /// file written goes to @p written.
    static bool exportDocx(QWidget *parent, const ReportContent &content, const QString &suggestedName,
                           QString *written = nullptr);
};

} // namespace dx
