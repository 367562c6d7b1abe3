// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the one page-painting surface behind print preview, printing and PDF (docs/architecture.md §5): A4
// with the margins of Nghị định 30/2020 (top 20, bottom 20, left 30, right 15 mm), pages in either
// orientation, lengths in points converted at the device's own resolution (never screen pixels), and
// the page number centred in the top margin from page 2.
#include <QFont>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace dx {

class PageWriter
{
public:
    /// The decree's A4 layout in @p orientation. FullPageMode: the painter's origin is the paper's
    /// corner on every device, and the margins are applied here, so a printer's minimum margins
    /// cannot shift the page.
    static QPageLayout a4(QPageLayout::Orientation orientation);

    /// Paints on @p device (a QPdfWriter or a QPrinter, not yet painted on).
    explicit PageWriter(QPagedPaintDevice *device);
    ~PageWriter();
    PageWriter(const PageWriter &) = delete;
    PageWriter &operator=(const PageWriter &) = delete;

    /// False when the painter could not start (an unwritable device).
    bool isActive() const;
    QPainter &painter() const { return *m_painter; }
    QPagedPaintDevice *device() const { return m_device; }

    /// Starts a page in @p orientation (the first call uses the first page), and paints its number
    /// when numbering is on and it is not the first page.
    void beginPage(QPageLayout::Orientation orientation = QPageLayout::Portrait);
    int pageNumber() const { return m_page; }
    bool hasPage() const { return m_page > 0; }
    QPageLayout::Orientation orientation() const { return m_orientation; }

    /// The body: the page inside the margins, in device pixels.
    QRectF body() const { return m_body; }
    /// The whole sheet, in device pixels.
    QRectF sheet() const { return m_sheet; }
    /// Device pixels per point.
    double scale() const { return m_dpi / 72.0; }
    double pt(double points) const { return points * scale(); }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double dpi() const { return m_dpi; }

    /// The current vertical position in the body (device pixels); moves as blocks are painted.
    double y() const { return m_y; }
    void setY(double y) { m_y = y; }
    void advance(double dy) { m_y += dy; }
    double remaining() const { return m_body.bottom() - m_y; }

    /// Page numbers: Arabic numerals centred in the top margin, none on the first page.
    void setPageNumbers(bool on, const QString &family)
    {
        m_numbers = on;
        m_numberFamily = family;
    }
    /// A font of @p family at @p points (point sizes are converted at the device's resolution).
    static QFont font(const QString &family, double points, bool bold = false, bool italic = false);

private:
    void paintNumber();

    QPagedPaintDevice *m_device;
    QPainter *m_painter;
    int m_page = 0;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QRectF m_body;
    QRectF m_sheet;
    double m_dpi = 72.0;
    double m_y = 0.0;
    bool m_numbers = true;
    QString m_numberFamily;
};

} // namespace dx
