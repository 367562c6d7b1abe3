// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: paints the meeting report (ReportContent, computed in core) page by page in the layout of a
// Vietnamese official document: the two-column header of Nghị định 30/2020 or Hướng dẫn 36-HD/VPTW,
// the body, the signature block and "Nơi nhận", then Biểu 01 and Biểu 02 on landscape pages and the
// charts. The same routine serves print preview, printing and PDF.
#include "report/ReportContent.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace dx {

class PageWriter;

class ReportPainter
{
public:
    explicit ReportPainter(const ReportContent &content);

    /// Paints every page on @p device (not yet painted on); returns the number of pages, 0 when the
    /// device could not be painted on.
    int paint(QPagedPaintDevice *device) const;

    /// Relative widths of the columns of Biểu 01 (with @p milestones target columns) and Biểu 02.
    static QList<double> targetWeights(int milestones);
    static QList<double> taskWeights();

private:
    void paintStateHeader(PageWriter &w) const;
    void paintPartyHeader(PageWriter &w) const;
    void paintTitle(PageWriter &w) const;
    void paintBody(PageWriter &w) const;
    void paintSignature(PageWriter &w) const;
    void paintTable(PageWriter &w, const ReportTable &table, const QList<double> &weights,
                    const QList<Qt::Alignment> &align) const;
    void paintCharts(PageWriter &w) const;
    double bodyPoints() const;

    const ReportContent &m_content;
    QString m_family;
};

} // namespace dx
