// SPDX-License-Identifier: GPL-3.0-or-later
#include "PageWriter.h"

#include "report/ReportLayout.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace dx {

QPageLayout PageWriter::a4(QPageLayout::Orientation orientation)
{
    // The decree's margins (core/report/ReportLayout.h, shared with the Word document), kept "as read": a
    // landscape page has its 30 mm on the left too.
    using namespace ReportLayout;
    QPageLayout layout(QPageSize(QPageSize::A4), orientation,
                       QMarginsF(kMarginLeftMm, kMarginTopMm, kMarginRightMm, kMarginBottomMm),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

PageWriter::PageWriter(QPagedPaintDevice *device) : m_device(device), m_painter(new QPainter)
{
    // The whole layout at once (on CUPS an orientation set on its own can be lost), before begin().
    m_device->setPageLayout(a4(QPageLayout::Portrait));
}

PageWriter::~PageWriter()
{
    if (m_painter->isActive())
        m_painter->end();
    delete m_painter;
}

bool PageWriter::isActive() const
{
    return m_page == 0 || m_painter->isActive();
}

QFont PageWriter::font(const QString &family, double points, bool bold, bool italic)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setItalic(italic);
    // Kerning on, hinting off: the same glyph advances whatever the device, so a line measured for
    // the PDF is the line painted in the preview.
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void PageWriter::beginPage(QPageLayout::Orientation orientation)
{
    const QPageLayout layout = a4(orientation);
    if (m_page == 0) {
        m_device->setPageLayout(layout);
        if (!m_painter->begin(m_device))
            return;
    } else {
        // A new layout applies from the next page on (QPdfWriter and QPrinter alike).
        if (orientation != m_orientation)
            m_device->setPageLayout(layout);
        m_device->newPage();
    }
    ++m_page;
    m_orientation = orientation;
    m_dpi = m_device->logicalDpiY();
    // Exact millimetres (QPageLayout's pixel rects round through whole points, 0.1 mm off).
    const QRectF sheetMm = layout.fullRect(QPageLayout::Millimeter);
    const QMarginsF marginsMm = layout.margins(QPageLayout::Millimeter);
    m_sheet = QRectF(0, 0, mm(sheetMm.width()), mm(sheetMm.height()));
    m_body = m_sheet.adjusted(mm(marginsMm.left()), mm(marginsMm.top()), -mm(marginsMm.right()),
                              -mm(marginsMm.bottom()));
    m_y = m_body.top();
    m_painter->setRenderHint(QPainter::Antialiasing);
    m_painter->setRenderHint(QPainter::TextAntialiasing);
    m_painter->setPen(Qt::black);
    if (m_numbers && m_page > 1)
        paintNumber();
}

void PageWriter::paintNumber()
{
    // Centred in the top margin (half-way down it), in the body text's family.
    const QFont f = font(m_numberFamily, ReportLayout::kPageNumberPt);
    m_painter->setFont(f);
    const QRectF box(m_body.left(), m_sheet.top() + mm(6), m_body.width(),
                     m_body.top() - m_sheet.top() - mm(8));
    m_painter->drawText(box, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(m_page));
}

} // namespace dx
