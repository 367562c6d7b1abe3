// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPainter.h"

#include "BundledFonts.h"
#include "ChartPainter.h"
#include "PageWriter.h"
#include "TablePainter.h"
#include "TextPainter.h"
#include "charts/ChartBuilder.h"
#include "report/ReportLayout.h"

#include <QChart>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace dx {
namespace {

using Align = Qt::Alignment;

/// Paints @p text wrapped in [left, left + width] from @p top; returns its height. Centred text is
/// wrapped into lines of even length ("SỞ THÔNG TIN / VÀ TRUYỀN THÔNG", not a last word alone), as a
/// typist breaks a heading.
double block(PageWriter &w, const QString &text, const QFont &font, double left, double width, double top,
             Qt::Alignment align = Qt::AlignHCenter)
{
    if (text.isEmpty())
        return 0.0;
    QString shaped = text;
    bool manual = false;
    if (align == Qt::AlignHCenter) {
        // A planner's own break in a setting ("SỞ THÔNG TIN // VÀ TRUYỀN THÔNG") is kept as written.
        manual = shaped.contains(QStringLiteral(" // "));
        shaped.replace(QStringLiteral(" // "), QString(QChar::LineSeparator));
        // Otherwise a line never ends on "và"/"của": the word goes down with the one it joins, as a typist
        // breaks "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG" rather than "SỞ THÔNG TIN VÀ / TRUYỀN THÔNG".
        // (English: "and" likewise.)
        static const QRegularExpression joiner(QStringLiteral("(^|\\s)(và|VÀ|của|CỦA|and|AND) "));
        shaped.replace(joiner, QStringLiteral("\\1\\2") + QChar(QChar::Nbsp));
        // A document's code or a span of years never breaks at its hyphen or slash ("06-/NQ/TU"): word
        // joiners (U+2060) around them forbid the break, print nothing and are not in the PDF's text.
        static const QRegularExpression codeJoint(QStringLiteral("(?<=\\w)([-/])(?=\\w)"));
        shaped.replace(codeJoint, QString(QChar(0x2060)) + QStringLiteral("\\1") + QChar(0x2060));
    }
    auto l = TextPainter::layout(shaped, font, w.device(), width, align);
    double used = width;
    if (align == Qt::AlignHCenter && !manual && l->lineCount() > 1) {
        const int lines = l->lineCount();
        double lo = width / 2, hi = width;
        for (int i = 0; i < 14; ++i) {
            const double mid = (lo + hi) / 2;
            (TextPainter::layout(shaped, font, w.device(), mid, align)->lineCount() == lines ? hi : lo) = mid;
        }
        used = hi;
        l = TextPainter::layout(shaped, font, w.device(), used, align);
    }
    w.painter().setFont(font);
    TextPainter::draw(w.painter(), *l, QPointF(left + (width - used) / 2, top));
    return TextPainter::height(*l);
}

double textWidth(PageWriter &w, const QString &text, const QFont &font)
{
    return QFontMetricsF(font, w.device()).horizontalAdvance(text.normalized(QString::NormalizationForm_C));
}

/// A solid rule of @p length centred on @p centreX at @p y.
void rule(PageWriter &w, double centreX, double y, double length)
{
    QPen pen(Qt::black);
    pen.setWidthF(w.pt(0.6));
    w.painter().setPen(pen);
    w.painter().drawLine(QPointF(centreX - length / 2, y), QPointF(centreX + length / 2, y));
}

QFont F(const QString &family, double points, bool bold = false, bool italic = false)
{
    return PageWriter::font(family, points, bold, italic);
}

} // namespace

ReportPainter::ReportPainter(const ReportContent &content)
    : m_content(content), m_family(documentFontFamily())
{
}

double ReportPainter::bodyPoints() const
{
    return ReportLayout::bodyPoints(m_content.settings.format);
}

QList<double> ReportPainter::targetWeights(int milestones)
{
    return ReportLayout::targetWeights(milestones);
}

QList<double> ReportPainter::taskWeights()
{
    return ReportLayout::taskWeights();
}

int ReportPainter::paint(QPagedPaintDevice *device) const
{
    // Every word painted comes from the content, in the report's language (charts included: core words
    // them through the report's own Vocabulary); the application's translator is never touched.
    PageWriter w(device);
    w.setPageNumbers(true, m_family);
    w.beginPage(QPageLayout::Portrait);
    if (!w.painter().isActive())
        return 0;
    if (m_content.settings.format == ReportSettings::Format::Party)
        paintPartyHeader(w);
    else
        paintStateHeader(w);
    paintTitle(w);
    paintBody(w);
    paintSignature(w);

    const Align c = Qt::AlignHCenter;
    const Align l = Qt::AlignLeft;
    if (m_content.settings.includes(ReportSettings::TargetsTable)) {
        QList<Qt::Alignment> align{c, c, l, c};
        for (int i = 4; i < m_content.targets.headers.size() - 1; ++i)
            align << c;
        align << l;
        w.beginPage(QPageLayout::Landscape);
        QList<double> weights = targetWeights(int(m_content.targets.headers.size()) - 10 -
                                              (m_content.sinceLastColumn >= 0 ? 1 : 0));
        if (m_content.sinceLastColumn >= 0) // "Kỳ trước" (ReportComparison), as wide as "Kết quả năm trước"
            weights.insert(m_content.sinceLastColumn, 9);
        paintTable(w, m_content.targets, weights, align);
    }
    if (m_content.settings.includes(ReportSettings::TasksTable)) {
        w.beginPage(QPageLayout::Landscape);
        paintTable(w, m_content.tasks, taskWeights(), {c, l, c, l, c, l, l, c, l});
    }
    if (!m_content.sinceLast.headers.isEmpty()) {
        w.beginPage(QPageLayout::Landscape);
        paintTable(w, m_content.sinceLast, {5, 45, 25, 25}, {c, l, l, l});
    }
    paintCharts(w);
    return w.pageNumber();
}

void ReportPainter::paintStateHeader(PageWriter &w) const
{
    const ReportContent &r = m_content;
    const QRectF b = w.body();
    const QFont nationFont = F(m_family, 12.5, true);
    const QFont mottoFont = F(m_family, 13.5, true);
    // The Quốc hiệu stays on one line: the right column is at least as wide as it.
    const double nationWidth = textWidth(w, r.nation, nationFont);
    // The date line stays on one line too.
    const double dateWidth = textWidth(w, r.placeDate, F(m_family, 13, false, true));
    const double rightW =
        std::min(b.width() * 0.66, std::max({b.width() * 0.58, nationWidth + w.mm(2), dateWidth + w.mm(2)}));
    const double leftW = b.width() - rightW - w.mm(3);
    const double rightX = b.right() - rightW;
    const double top = w.y();

    double y = top;
    y += block(w, r.agencyParent, F(m_family, 12.5), b.left(), leftW, y);
    const QFont issuerFont = F(m_family, 12.5, true);
    y += block(w, r.agencyIssuer, issuerFont, b.left(), leftW, y) + w.pt(2);
    if (!r.agencyIssuer.isEmpty()) // a short rule, about a third of the agency's name
        rule(w, b.left() + leftW / 2, y, std::min(leftW, textWidth(w, r.agencyIssuer, issuerFont)) / 3);
    const double leftBottom = y + w.pt(4);

    y = top;
    y += block(w, r.nation, nationFont, rightX, rightW, y);
    y += block(w, r.motto, mottoFont, rightX, rightW, y) + w.pt(2);
    rule(w, rightX + rightW / 2, y,
         std::min(rightW, textWidth(w, r.motto, mottoFont))); // as long as the motto
    const double rightBottom = y + w.pt(4);

    y = std::max(leftBottom, rightBottom) + w.pt(6);
    const double h1 = block(w, r.number, F(m_family, 13), b.left(), leftW, y);
    const double h2 = block(w, r.placeDate, F(m_family, 13, false, true), rightX, rightW, y);
    w.setY(y + std::max(h1, h2) + w.pt(18));
}

void ReportPainter::paintPartyHeader(PageWriter &w) const
{
    const ReportContent &r = m_content;
    const QRectF b = w.body();
    const double dateWidth = textWidth(w, r.placeDate, F(m_family, 14, false, true));
    const double rightW = std::min(b.width() * 0.62, std::max(b.width() * 0.52, dateWidth + w.mm(2)));
    const double leftW = b.width() - rightW - w.mm(3);
    const double rightX = b.right() - rightW;
    const double top = w.y();

    const QFont nationFont = F(m_family, 15, true);
    double y = top + block(w, r.nation, nationFont, rightX, rightW, top) + w.pt(2);
    rule(w, rightX + rightW / 2, y, std::min(rightW, textWidth(w, r.nation, nationFont)));
    const double rightBottom = y + w.pt(4);

    y = top;
    y += block(w, r.agencyParent, F(m_family, 14), b.left(), leftW, y);
    y += block(w, r.agencyIssuer, F(m_family, 14, true), b.left(), leftW, y);
    y += block(w, QStringLiteral("*"), F(m_family, 14), b.left(), leftW, y);
    y += block(w, r.number, F(m_family, 14), b.left(), leftW, y);
    const double dateTop = std::max(rightBottom + w.pt(8), y - w.pt(14) * 1.4);
    const double h = block(w, r.placeDate, F(m_family, 14, false, true), rightX, rightW, dateTop);
    w.setY(std::max(y, dateTop + h) + w.pt(18));
}

void ReportPainter::paintTitle(PageWriter &w) const
{
    const ReportContent &r = m_content;
    const bool party = r.settings.format == ReportSettings::Format::Party;
    const QRectF b = w.body();
    double y = w.y();
    y += block(w, r.documentType, F(m_family, party ? 15.5 : 14, true), b.left(), b.width(), y);
    // The subject is set a little narrower than the body, as in typed reports, so it wraps evenly.
    const double inset = b.width() * 0.06;
    y += block(w, r.subject, F(m_family, 14, true), b.left() + inset, b.width() - 2 * inset, y) + w.pt(5);
    rule(w, b.center().x(), y, b.width() / 4);
    y += w.pt(8);
    y += block(w, r.periodLine, F(m_family, 13, false, true), b.left(), b.width(), y);
    w.setY(y + w.pt(14));
}

void ReportPainter::paintBody(PageWriter &w) const
{
    const double size = bodyPoints();
    const QFont heading = F(m_family, size, true);
    const QFont text = F(m_family, size);
    const double lineHeight = QFontMetricsF(text, w.device()).lineSpacing();
    for (const ReportSection &s : m_content.sections) {
        // Keep a heading with the first two lines of what follows it.
        if (w.remaining() < 3.5 * lineHeight)
            w.beginPage(QPageLayout::Portrait);
        TextPainter::paragraph(w, s.heading, heading, Qt::AlignLeft | Qt::AlignJustify,
                               s.level == 1 ? 0.0 : ReportLayout::kFirstLineIndentMm,
                               ReportLayout::kParagraphAfterPt);
        for (const QString &p : s.paragraphs)
            TextPainter::paragraph(w, p, text, Qt::AlignJustify, ReportLayout::kFirstLineIndentMm,
                                   ReportLayout::kParagraphAfterPt);
    }
}

void ReportPainter::paintSignature(PageWriter &w) const
{
    const ReportContent &r = m_content;
    const QRectF b = w.body();
    const double leftW = b.width() * 0.46;
    const double rightW = b.width() * 0.50;
    const double rightX = b.right() - rightW;
    const QFont signer = F(m_family, bodyPoints(), true);
    const QFont label = F(m_family, 12, true, true);
    const QFont recipient = F(m_family, 11);
    const double signatureSpace = w.mm(ReportLayout::kSignatureSpaceMm);

    // Measure both columns first: the block is kept on one page.
    auto height = [&](const QString &text, const QFont &font, double width) {
        return text.isEmpty()
                   ? 0.0
                   : TextPainter::height(*TextPainter::layout(text, font, w.device(), width, Qt::AlignLeft));
    };
    double right = height(r.signerAuthority, signer, rightW) + height(r.signerPosition, signer, rightW) +
                   signatureSpace + height(r.signerName, signer, rightW);
    double left = height(r.recipientsLabel, label, leftW);
    for (const QString &line : r.recipients)
        left += height(line, recipient, leftW);
    if (w.remaining() < std::max(left, right) + w.pt(12))
        w.beginPage(QPageLayout::Portrait);
    const double top = w.y() + w.pt(10);

    double y = top;
    y += block(w, r.recipientsLabel, label, b.left(), leftW, y, Qt::AlignLeft);
    for (const QString &line : r.recipients)
        y += block(w, line, recipient, b.left(), leftW, y, Qt::AlignLeft);
    const double leftBottom = y;

    y = top;
    y += block(w, r.signerAuthority, signer, rightX, rightW, y);
    y += block(w, r.signerPosition, signer, rightX, rightW, y);
    y += signatureSpace;
    y += block(w, r.signerName, signer, rightX, rightW, y);
    w.setY(std::max(leftBottom, y) + w.pt(12));
}

void ReportPainter::paintTable(PageWriter &w, const ReportTable &table, const QList<double> &weights,
                               const QList<Qt::Alignment> &align) const
{
    const QRectF b = w.body();
    double y = w.y();
    y += block(w, table.label, F(m_family, 13, true), b.left(), b.width(), y, Qt::AlignRight);
    y += block(w, table.title, F(m_family, 13, true), b.left(), b.width(), y);
    y += block(w, table.subtitle, F(m_family, 12, false, true), b.left(), b.width(), y);
    w.setY(y + w.pt(8));
    TablePainter painter(w, table.headers, weights, align, m_family, ReportLayout::kTablePt);
    painter.paint(table.rows, w.orientation());
}

void ReportPainter::paintCharts(PageWriter &w) const
{
    const ReportContent &r = m_content;
    if (r.charts.isEmpty() && !r.hasOverdueChart)
        return;
    const bool landscape = r.settings.chartLayout == ReportSettings::ChartLayout::OnePerLandscapePage;
    const QPageLayout::Orientation orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const int perPage = landscape ? 1 : 2;
    w.beginPage(orientation);
    QRectF b = w.body();
    double y = w.y();
    y += block(w, r.chartsLabel, F(m_family, 13, true), b.left(), b.width(), y);
    y += block(w, r.chartsTitle, F(m_family, 13, true), b.left(), b.width(), y);
    y += block(w, r.chartsSubtitle, F(m_family, 12, false, true), b.left(), b.width(), y);
    w.setY(y + w.pt(10));

    const ChartStyle style = ChartPainter::paperStyle();
    const double gap = w.pt(16);
    const int count = int(r.charts.size()) + (r.hasOverdueChart ? 1 : 0);
    int slot = 0;
    for (int i = 0; i < count; ++i) {
        if (slot == perPage) {
            w.beginPage(orientation);
            slot = 0;
        }
        b = w.body();
        const int slotsLeft = perPage - slot;
        const double h = (w.remaining() - gap * (slotsLeft - 1)) / slotsLeft;
        QRectF target(b.left(), w.y(), b.width(), h);
        QChart *chart = nullptr;
        if (i < r.charts.size()) {
            chart = ChartBuilder::build(r.charts[i], style);
        } else {
            const double hh =
                block(w, r.overdueHeading, F(m_family, 13, true), b.left(), b.width(), target.top());
            target.setTop(target.top() + hh + w.pt(4));
            chart = ChartBuilder::buildOverdueByAgency(r.overdue, style);
        }
        ChartPainter::paint(w.painter(), chart, target, w.scale());
        w.setY(target.bottom() + gap);
        ++slot;
    }
}

} // namespace dx
