// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextPainter.h"

#include "PageWriter.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextOption>

namespace dx {

std::unique_ptr<QTextLayout> TextPainter::layout(const QString &text, const QFont &font,
                                                 const QPaintDevice *device, double width,
                                                 Qt::Alignment align, double firstIndent)
{
    // Text reaches paper in NFC (docs/architecture.md §5): a decomposed "ế" would otherwise print as two
    // glyphs.
    QString t = text.normalized(QString::NormalizationForm_C);
    t.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto l = std::make_unique<QTextLayout>(t, font, const_cast<QPaintDevice *>(device));
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setUseDesignMetrics(true);
    l->setTextOption(option);
    l->setCacheEnabled(true);
    l->beginLayout();
    double y = 0.0;
    bool first = true;
    for (QTextLine line = l->createLine(); line.isValid(); line = l->createLine()) {
        line.setLeadingIncluded(true);
        const double indent = first ? firstIndent : 0.0;
        line.setLineWidth(std::max(1.0, width - indent));
        line.setPosition(QPointF(indent, y));
        y += line.height();
        first = false;
    }
    l->endLayout();
    return l;
}

double TextPainter::height(const QTextLayout &layout)
{
    const int n = layout.lineCount();
    if (n == 0)
        return 0.0;
    const QTextLine last = layout.lineAt(n - 1);
    return last.y() + last.height();
}

void TextPainter::draw(QPainter &painter, const QTextLayout &layout, const QPointF &topLeft)
{
    layout.draw(&painter, topLeft);
}

void TextPainter::paragraph(PageWriter &writer, const QString &text, const QFont &font, Qt::Alignment align,
                            double firstIndentMm, double spaceAfterPt)
{
    const QRectF body = writer.body();
    const auto l = layout(text, font, writer.device(), body.width(), align, writer.mm(firstIndentMm));
    QPainter &p = writer.painter();
    p.setFont(font);
    double shift = writer.y(); // device y of line top 0 on the current page
    for (int i = 0; i < l->lineCount(); ++i) {
        const QTextLine line = l->lineAt(i);
        if (shift + line.y() + line.height() > body.bottom() + 0.5 && shift + line.y() > body.top() + 0.5) {
            writer.beginPage(writer.orientation());
            shift = writer.body().top() - line.y();
        }
        line.draw(&p, QPointF(body.left(), shift));
    }
    writer.setY(shift + height(*l) + writer.pt(spaceAfterPt));
}

} // namespace dx
