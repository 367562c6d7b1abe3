// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocxWriter.h"

#include "DocxParts.h"
#include "report/ReportLayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cstdlib>
#include <cstring>
#include <numeric>
#include <zip.h>

namespace dx {
namespace {

using namespace ReportLayout;
using namespace docx;

double bodyWidthMm(bool landscape)
{
    return (landscape ? kPaperHeightMm : kPaperWidthMm) - kMarginLeftMm - kMarginRightMm;
}
double bodyHeightMm(bool landscape)
{
    return (landscape ? kPaperWidthMm : kPaperHeightMm) - kMarginTopMm - kMarginBottomMm;
}

/// The width of @p text set in Times at @p pt, estimated from average advances (core has no font
/// metrics): enough to size a rule under a line, which is all it is used for.
double estimatedWidthPt(const QString &text, double pt, bool bold)
{
    double em = 0.0;
    for (const QChar c : text)
        em += c.isSpace() ? 0.25 : c.isUpper() ? 0.66 : c.isLower() ? 0.5 : 0.55;
    return em * pt * (bold ? 1.05 : 1.0);
}

/// A centred line broken as a typist breaks it, as the PDF does: " // " is the planner's own break; a line
/// never ends on "và"/"của" (a no-break space binds it to the next word); and a name too long for
/// @p widthPt (at @p pt, estimated) is broken into two lines of even length ("SỞ THÔNG TIN / VÀ TRUYỀN
/// THÔNG", not a last word alone).
QString shapedCentred(const QString &text, double widthPt = 0.0, double pt = 13.0, bool bold = false)
{
    QString s = text;
    if (s.contains(QStringLiteral(" // ")))
        return s.replace(QStringLiteral(" // "), QStringLiteral("\n"));
    static const QRegularExpression joiner(QStringLiteral("(^|\\s)(và|VÀ|của|CỦA) "));
    s.replace(joiner, QStringLiteral("\\1\\2") + QChar(QChar::Nbsp));
    if (widthPt <= 0.0 || estimatedWidthPt(s, pt, bold) <= 1.08 * widthPt) // the estimate errs wide
        return s;
    qsizetype best = -1;
    double bestLonger = 1e9;
    for (qsizetype i = s.indexOf(QLatin1Char(' ')); i > 0; i = s.indexOf(QLatin1Char(' '), i + 1)) {
        const double longer =
            std::max(estimatedWidthPt(s.left(i), pt, bold), estimatedWidthPt(s.mid(i + 1), pt, bold));
        if (longer < bestLonger) {
            bestLonger = longer;
            best = i;
        }
    }
    if (best > 0 && bestLonger <= widthPt)
        s[best] = QLatin1Char('\n');
    return s;
}

struct Run
{
    double pt = 0.0; ///< 0: the style's size
    bool bold = false;
    bool italic = false;
};

enum class Align
{
    Left,
    Centre,
    Right,
    Justify
};

struct Para
{
    QString style; ///< empty: Normal
    Align align = Align::Left;
    bool setAlign = false; ///< write the alignment (else the style's)
    int before = -1;       ///< twips; -1: the style's
    int after = -1;
    int indentLeft = 0; ///< twips
    int indentRight = 0;
    bool keepNext = false;
    bool pageBreakBefore = false;
};

/// Writes document.xml, and remembers which pictures it refers to.
class Body
{
public:
    Body(QXmlStreamWriter &x, const ReportContent &c) : m_x(x), m_c(c) {}

    void write();
    int pictures() const { return m_picture; }

private:
    void pStart(const Para &p);
    void runs(const QString &text, const Run &r);
    void para(const QString &text, const Para &p, const Run &r);
    void rule(int lengthTwips, int cellWidthTwips, int after = 0);
    void tableStart(const QList<int> &widths, const QString &style);
    void cellStart(int width, int span = 1, const QString &fill = {}, const char *vAlign = nullptr);

    void stateHeader();
    void partyHeader();
    void title();
    void sections();
    void signature();
    void table(const ReportTable &t, const QList<double> &weights, const QString &align, bool breakBefore);
    void charts();
    void picture(const QSizeF &mm, const QString &name);
    void sectionEnd(bool landscape, bool titlePage, bool last);

    QXmlStreamWriter &m_x;
    const ReportContent &m_c;
    int m_picture = 0;
};

void Body::pStart(const Para &p)
{
    m_x.writeStartElement(kW, QStringLiteral("p"));
    m_x.writeStartElement(kW, QStringLiteral("pPr"));
    if (!p.style.isEmpty()) {
        m_x.writeEmptyElement(kW, QStringLiteral("pStyle"));
        m_x.writeAttribute(kW, QStringLiteral("val"), p.style);
    }
    if (p.keepNext)
        m_x.writeEmptyElement(kW, QStringLiteral("keepNext"));
    if (p.pageBreakBefore)
        m_x.writeEmptyElement(kW, QStringLiteral("pageBreakBefore"));
    if (p.before >= 0 || p.after >= 0) {
        m_x.writeEmptyElement(kW, QStringLiteral("spacing"));
        if (p.before >= 0)
            m_x.writeAttribute(kW, QStringLiteral("before"), QString::number(p.before));
        if (p.after >= 0)
            m_x.writeAttribute(kW, QStringLiteral("after"), QString::number(p.after));
    }
    if (p.indentLeft || p.indentRight) {
        m_x.writeEmptyElement(kW, QStringLiteral("ind"));
        m_x.writeAttribute(kW, QStringLiteral("left"), QString::number(p.indentLeft));
        m_x.writeAttribute(kW, QStringLiteral("right"), QString::number(p.indentRight));
        m_x.writeAttribute(kW, QStringLiteral("firstLine"), QStringLiteral("0"));
    }
    if (p.setAlign) {
        static const char *names[] = {"left", "center", "right", "both"};
        m_x.writeEmptyElement(kW, QStringLiteral("jc"));
        m_x.writeAttribute(kW, QStringLiteral("val"), QLatin1String(names[int(p.align)]));
    }
    m_x.writeEndElement(); // pPr
}

void Body::runs(const QString &text, const Run &r)
{
    // One run per line: "\n" (and a QTextLayout line separator) is a manual line break in Word.
    QString t = text.normalized(QString::NormalizationForm_C);
    t.replace(QChar(QChar::LineSeparator), QLatin1Char('\n'));
    const QStringList lines = t.split(QLatin1Char('\n'));
    m_x.writeStartElement(kW, QStringLiteral("r"));
    if (r.bold || r.italic || r.pt > 0) {
        m_x.writeStartElement(kW, QStringLiteral("rPr"));
        if (r.bold) {
            m_x.writeEmptyElement(kW, QStringLiteral("b"));
            m_x.writeEmptyElement(kW, QStringLiteral("bCs"));
        }
        if (r.italic) {
            m_x.writeEmptyElement(kW, QStringLiteral("i"));
            m_x.writeEmptyElement(kW, QStringLiteral("iCs"));
        }
        if (r.pt > 0) {
            m_x.writeEmptyElement(kW, QStringLiteral("sz"));
            m_x.writeAttribute(kW, QStringLiteral("val"), half(r.pt));
            m_x.writeEmptyElement(kW, QStringLiteral("szCs"));
            m_x.writeAttribute(kW, QStringLiteral("val"), half(r.pt));
        }
        m_x.writeEndElement();
    }
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            m_x.writeEmptyElement(kW, QStringLiteral("br"));
        if (lines[i].isEmpty())
            continue;
        m_x.writeStartElement(kW, QStringLiteral("t"));
        m_x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        m_x.writeCharacters(lines[i]);
        m_x.writeEndElement();
    }
    m_x.writeEndElement(); // r
}

void Body::para(const QString &text, const Para &p, const Run &r)
{
    pStart(p);
    if (!text.isEmpty())
        runs(text, r);
    m_x.writeEndElement();
}

/// A solid rule of @p lengthTwips centred in a column of @p cellWidthTwips: the bottom border of an empty
/// paragraph 3 pt high, its indents giving the length (a paragraph border is kept by every editor,
/// where a drawn line may float away when the text above is edited).
void Body::rule(int lengthTwips, int cellWidthTwips, int after)
{
    const int indent = std::max(0, (cellWidthTwips - lengthTwips) / 2);
    m_x.writeStartElement(kW, QStringLiteral("p"));
    m_x.writeStartElement(kW, QStringLiteral("pPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("pStyle"));
    m_x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("DxBlock"));
    m_x.writeStartElement(kW, QStringLiteral("pBdr"));
    m_x.writeEmptyElement(kW, QStringLiteral("bottom"));
    m_x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("single"));
    m_x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("5")); // eighths of a point: 0.6 pt
    m_x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("1"));
    m_x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("000000"));
    m_x.writeEndElement();
    m_x.writeEmptyElement(kW, QStringLiteral("spacing"));
    m_x.writeAttribute(kW, QStringLiteral("before"), QStringLiteral("0"));
    m_x.writeAttribute(kW, QStringLiteral("after"), QString::number(after));
    m_x.writeAttribute(kW, QStringLiteral("line"), QStringLiteral("60"));
    m_x.writeAttribute(kW, QStringLiteral("lineRule"), QStringLiteral("exact"));
    m_x.writeEmptyElement(kW, QStringLiteral("ind"));
    m_x.writeAttribute(kW, QStringLiteral("left"), QString::number(indent));
    m_x.writeAttribute(kW, QStringLiteral("right"), QString::number(indent));
    m_x.writeStartElement(kW, QStringLiteral("rPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("sz"));
    m_x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("4"));
    m_x.writeEndElement();
    m_x.writeEndElement(); // pPr
    m_x.writeEndElement(); // p
}

void Body::tableStart(const QList<int> &widths, const QString &style)
{
    m_x.writeStartElement(kW, QStringLiteral("tbl"));
    m_x.writeStartElement(kW, QStringLiteral("tblPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("tblStyle"));
    m_x.writeAttribute(kW, QStringLiteral("val"), style);
    m_x.writeEmptyElement(kW, QStringLiteral("tblW"));
    m_x.writeAttribute(kW, QStringLiteral("w"),
                       QString::number(std::accumulate(widths.begin(), widths.end(), 0)));
    m_x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
    m_x.writeEmptyElement(kW, QStringLiteral("tblLayout"));
    m_x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("fixed"));
    m_x.writeEndElement();
    m_x.writeStartElement(kW, QStringLiteral("tblGrid"));
    for (int w : widths) {
        m_x.writeEmptyElement(kW, QStringLiteral("gridCol"));
        m_x.writeAttribute(kW, QStringLiteral("w"), QString::number(w));
    }
    m_x.writeEndElement();
}

void Body::cellStart(int width, int span, const QString &fill, const char *vAlign)
{
    m_x.writeStartElement(kW, QStringLiteral("tc"));
    m_x.writeStartElement(kW, QStringLiteral("tcPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("tcW"));
    m_x.writeAttribute(kW, QStringLiteral("w"), QString::number(width));
    m_x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
    if (span > 1) {
        m_x.writeEmptyElement(kW, QStringLiteral("gridSpan"));
        m_x.writeAttribute(kW, QStringLiteral("val"), QString::number(span));
    }
    if (!fill.isEmpty()) {
        m_x.writeEmptyElement(kW, QStringLiteral("shd"));
        m_x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("clear"));
        m_x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("auto"));
        m_x.writeAttribute(kW, QStringLiteral("fill"), fill);
    }
    if (vAlign) {
        m_x.writeEmptyElement(kW, QStringLiteral("vAlign"));
        m_x.writeAttribute(kW, QStringLiteral("val"), QLatin1String(vAlign));
    }
    m_x.writeEndElement();
}

struct Line
{
    QString text;
    double pt = 13.0;
    bool bold = false;
};

/// The header's right column, as the PDF sizes it: between @p least and @p most of the body, and wide
/// enough for each of @p lines (the Quốc hiệu, the date line) to stay on one line.
int rightColumn(int body, double least, double most, const QList<Line> &lines)
{
    double need = least * body;
    for (const Line &l : lines)
        // 12 % over the estimate: an editor without Times New Roman sets a wider face (LibreOffice on
        // Linux: Noto Serif or DejaVu Serif), and a wrapped date line looks worse than a wider column.
        need = std::max(need, 1.12 * twipsPt(estimatedWidthPt(l.text, l.pt, l.bold)) + double(twips(2)));
    return int(std::min(need, most * body));
}

Para centred(const QString &style = QStringLiteral("DxBlock"))
{
    Para p;
    p.style = style;
    p.align = Align::Centre;
    p.setAlign = true;
    return p;
}

void Body::stateHeader()
{
    // Two columns as in the PDF: the right one wide enough for the Quốc hiệu and the date line on one
    // line each, the agency on the left.
    const ReportContent &r = m_c;
    const int body = twips(bodyWidthMm(false));
    const int right = rightColumn(body, 0.58, 0.66, {{r.nation, 12.5, true}, {r.placeDate, 13, false}});
    const int left = body - right;
    tableStart({left, right}, QStringLiteral("DxPlainTable"));
    m_x.writeStartElement(kW, QStringLiteral("tr"));
    cellStart(left);
    const double leftPt = left / 20.0 - 4.0;
    para(shapedCentred(r.agencyParent, leftPt, 12.5), centred(), {12.5});
    para(shapedCentred(r.agencyIssuer, leftPt, 12.5, true), centred(), {12.5, true});
    if (!r.agencyIssuer.isEmpty()) // a short rule, about a third of the agency's name
        rule(int(std::min<double>(left, twipsPt(estimatedWidthPt(r.agencyIssuer, 12.5, true))) / 3), left);
    m_x.writeEndElement(); // tc
    cellStart(right);
    para(r.nation, centred(), {12.5, true});
    para(r.motto, centred(), {13.5, true});
    rule(std::min(right, twipsPt(estimatedWidthPt(r.motto, 13.5, true))), right); // as long as the motto
    m_x.writeEndElement();
    m_x.writeEndElement(); // tr
    m_x.writeStartElement(kW, QStringLiteral("tr"));
    cellStart(left);
    Para number = centred();
    number.before = twipsPt(8);
    para(r.number, number, {13});
    m_x.writeEndElement();
    cellStart(right);
    para(r.placeDate, number, {13, false, true});
    m_x.writeEndElement();
    m_x.writeEndElement(); // tr
    m_x.writeEndElement(); // tbl
}

void Body::partyHeader()
{
    const ReportContent &r = m_c;
    const int body = twips(bodyWidthMm(false));
    const int right = rightColumn(body, 0.52, 0.66, {{r.nation, 15, true}, {r.placeDate, 14, false}});
    const int left = body - right;
    tableStart({left, right}, QStringLiteral("DxPlainTable"));
    m_x.writeStartElement(kW, QStringLiteral("tr"));
    cellStart(left);
    const double leftPt = left / 20.0 - 4.0;
    para(shapedCentred(r.agencyParent, leftPt, 14), centred(), {14});
    para(shapedCentred(r.agencyIssuer, leftPt, 14, true), centred(), {14, true});
    para(QStringLiteral("*"), centred(), {14});
    m_x.writeEndElement();
    cellStart(right);
    para(r.nation, centred(), {15, true});
    rule(std::min(right, twipsPt(estimatedWidthPt(r.nation, 15, true))), right);
    m_x.writeEndElement();
    m_x.writeEndElement();
    m_x.writeStartElement(kW, QStringLiteral("tr"));
    cellStart(left);
    para(r.number, centred(), {14});
    m_x.writeEndElement();
    cellStart(right, 1, {}, "bottom");
    para(r.placeDate, centred(), {14, false, true});
    m_x.writeEndElement();
    m_x.writeEndElement();
    m_x.writeEndElement();
}

void Body::title()
{
    const ReportContent &r = m_c;
    const bool party = r.settings.format == ReportSettings::Format::Party;
    const int body = twips(bodyWidthMm(false));
    Para type = centred();
    type.before = twipsPt(18);
    type.keepNext = true;
    para(r.documentType, type, {party ? 15.5 : 14, true});
    // The subject a little narrower than the body, as in typed reports, so it wraps evenly.
    Para subject = centred();
    subject.indentLeft = subject.indentRight = body * 6 / 100;
    subject.keepNext = true;
    subject.after = twipsPt(4);
    para(shapedCentred(r.subject), subject, {14, true});
    rule(body / 4, body, twipsPt(8));
    Para period = centred();
    period.after = twipsPt(14);
    para(r.periodLine, period, {13, false, true});
}

void Body::sections()
{
    for (const ReportSection &s : m_c.sections) {
        Para h;
        h.style = s.level == 1 ? QStringLiteral("Heading1") : QStringLiteral("Heading2");
        para(s.heading, h, {});
        for (const QString &p : s.paragraphs)
            para(p, Para{}, {});
    }
}

void Body::signature()
{
    const ReportContent &r = m_c;
    const int body = twips(bodyWidthMm(false));
    const int left = body * 48 / 100;
    const int right = body - left;
    const double signer = bodyPoints(r.settings.format);
    Para space = centred();
    space.before = twipsPt(10);
    para({}, space, {});
    tableStart({left, right}, QStringLiteral("DxPlainTable"));
    m_x.writeStartElement(kW, QStringLiteral("tr"));
    m_x.writeStartElement(kW, QStringLiteral("trPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("cantSplit")); // the block stays on one page
    m_x.writeEndElement();
    cellStart(left);
    Para l;
    l.style = QStringLiteral("DxBlock");
    para(r.recipientsLabel, l, {12, true, true});
    for (const QString &line : r.recipients)
        para(line, l, {11});
    m_x.writeEndElement();
    cellStart(right);
    para(r.signerAuthority, centred(), {signer, true});
    para(r.signerPosition, centred(), {signer, true});
    Para name = centred();
    name.before = twips(kSignatureSpaceMm);
    para(r.signerName, name, {signer, true});
    m_x.writeEndElement();
    m_x.writeEndElement(); // tr
    m_x.writeEndElement(); // tbl
}

void Body::table(const ReportTable &t, const QList<double> &weights, const QString &align, bool breakBefore)
{
    Para label;
    label.style = QStringLiteral("DxBlock");
    label.align = Align::Right;
    label.setAlign = true;
    label.keepNext = true;
    label.pageBreakBefore = breakBefore;
    para(t.label, label, {13, true});
    Para head = centred();
    head.keepNext = true;
    para(t.title, head, {13, true});
    head.after = twipsPt(8);
    para(t.subtitle, head, {12, false, true});

    const int n = int(t.headers.size());
    QList<double> w = weights.mid(0, n);
    while (w.size() < n)
        w << 1.0;
    const double total = std::accumulate(w.begin(), w.end(), 0.0);
    const int body = twips(bodyWidthMm(true));
    QList<int> widths;
    for (double x : w)
        widths << int(x / total * body);
    tableStart(widths, QStringLiteral("DxReportTable"));
    auto cellText = [&](const QString &text, Align a, const Run &run, bool keep) {
        Para p;
        p.style = QStringLiteral("DxCell");
        p.align = a;
        p.setAlign = true;
        p.keepNext = keep;
        para(text, p, run);
    };
    // The header row and group headings never split; a task's row may, between lines, as in the PDF (kept
    // whole, one long row of agencies would leave most of a page empty).
    auto rowStart = [&](bool header, bool whole) {
        m_x.writeStartElement(kW, QStringLiteral("tr"));
        m_x.writeStartElement(kW, QStringLiteral("trPr"));
        if (whole)
            m_x.writeEmptyElement(kW, QStringLiteral("cantSplit"));
        if (header) // repeated at the top of every page the table runs over
            m_x.writeEmptyElement(kW, QStringLiteral("tblHeader"));
        m_x.writeEndElement();
    };
    rowStart(true, true);
    for (int c = 0; c < n; ++c) {
        cellStart(widths[c], 1, {}, "center"); // centred both ways, as the PDF sets the header row
        cellText(t.headers[c], Align::Centre, {0, true}, false);
        m_x.writeEndElement();
    }
    m_x.writeEndElement();
    for (const ReportRow &row : t.rows) {
        rowStart(false, row.kind == ReportRow::Kind::Heading);
        if (row.kind == ReportRow::Kind::Heading) {
            // A group's number, then its title across the other columns; kept with its first task.
            cellStart(widths[0]);
            cellText(row.cells.value(0), Align::Centre, {0, true}, true);
            m_x.writeEndElement();
            cellStart(std::accumulate(widths.begin() + 1, widths.end(), 0), n - 1);
            cellText(row.cells.value(1), Align::Left, {0, true}, true);
            m_x.writeEndElement();
        } else {
            // Overdue rows survive black-and-white copying as in the PDF: bold, light grey, "(!)" in the
            // notes.
            const QString fill = row.overdue ? QStringLiteral("E0E0E0") : QString();
            for (int c = 0; c < n; ++c) {
                cellStart(widths[c], 1, fill);
                cellText(row.cells.value(c),
                         (c < align.size() && align.at(c) == QLatin1Char('c')) ? Align::Centre : Align::Left,
                         {0, row.overdue}, false);
                m_x.writeEndElement();
            }
        }
        m_x.writeEndElement(); // tr
    }
    m_x.writeEndElement(); // tbl
}

void Body::picture(const QSizeF &mm, const QString &name)
{
    ++m_picture;
    const QString cx = QString::number(emu(mm.width()));
    const QString cy = QString::number(emu(mm.height()));
    const QString id = QString::number(m_picture);
    m_x.writeStartElement(kW, QStringLiteral("r"));
    m_x.writeStartElement(kW, QStringLiteral("drawing"));
    m_x.writeStartElement(kWp, QStringLiteral("inline"));
    for (const char *d : {"distT", "distB", "distL", "distR"})
        m_x.writeAttribute(QLatin1String(d), QStringLiteral("0"));
    m_x.writeEmptyElement(kWp, QStringLiteral("extent"));
    m_x.writeAttribute(QStringLiteral("cx"), cx);
    m_x.writeAttribute(QStringLiteral("cy"), cy);
    m_x.writeEmptyElement(kWp, QStringLiteral("docPr"));
    m_x.writeAttribute(QStringLiteral("id"), id);
    m_x.writeAttribute(QStringLiteral("name"), QStringLiteral("Chart %1").arg(id));
    m_x.writeAttribute(QStringLiteral("descr"), name.normalized(QString::NormalizationForm_C));
    m_x.writeStartElement(kWp, QStringLiteral("cNvGraphicFramePr"));
    m_x.writeEmptyElement(kA, QStringLiteral("graphicFrameLocks"));
    m_x.writeAttribute(QStringLiteral("noChangeAspect"), QStringLiteral("1"));
    m_x.writeEndElement();
    m_x.writeStartElement(kA, QStringLiteral("graphic"));
    m_x.writeStartElement(kA, QStringLiteral("graphicData"));
    m_x.writeAttribute(QStringLiteral("uri"), kPic);
    m_x.writeStartElement(kPic, QStringLiteral("pic"));
    m_x.writeStartElement(kPic, QStringLiteral("nvPicPr"));
    m_x.writeEmptyElement(kPic, QStringLiteral("cNvPr"));
    m_x.writeAttribute(QStringLiteral("id"), id);
    m_x.writeAttribute(QStringLiteral("name"), QStringLiteral("chart%1.png").arg(id));
    m_x.writeEmptyElement(kPic, QStringLiteral("cNvPicPr"));
    m_x.writeEndElement();
    m_x.writeStartElement(kPic, QStringLiteral("blipFill"));
    m_x.writeEmptyElement(kA, QStringLiteral("blip"));
    m_x.writeAttribute(kR, QStringLiteral("embed"), QStringLiteral("rIdChart%1").arg(id));
    m_x.writeStartElement(kA, QStringLiteral("stretch"));
    m_x.writeEmptyElement(kA, QStringLiteral("fillRect"));
    m_x.writeEndElement();
    m_x.writeEndElement(); // blipFill
    m_x.writeStartElement(kPic, QStringLiteral("spPr"));
    m_x.writeStartElement(kA, QStringLiteral("xfrm"));
    m_x.writeEmptyElement(kA, QStringLiteral("off"));
    m_x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
    m_x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
    m_x.writeEmptyElement(kA, QStringLiteral("ext"));
    m_x.writeAttribute(QStringLiteral("cx"), cx);
    m_x.writeAttribute(QStringLiteral("cy"), cy);
    m_x.writeEndElement();
    m_x.writeStartElement(kA, QStringLiteral("prstGeom"));
    m_x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
    m_x.writeEmptyElement(kA, QStringLiteral("avLst"));
    m_x.writeEndElement();
    m_x.writeEndElement(); // spPr
    m_x.writeEndElement(); // pic
    m_x.writeEndElement(); // graphicData
    m_x.writeEndElement(); // graphic
    m_x.writeEndElement(); // inline
    m_x.writeEndElement(); // drawing
    m_x.writeEndElement(); // r
}

void Body::charts()
{
    const ReportContent &r = m_c;
    const QSizeF size = ReportDocxWriter::chartSizeMm(r);
    para(r.chartsLabel, centred(), {13, true});
    para(r.chartsTitle, centred(), {13, true});
    Para sub = centred();
    sub.after = twipsPt(10);
    para(r.chartsSubtitle, sub, {12, false, true});
    const int count = int(r.charts.size()) + (r.hasOverdueChart ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        const bool overdue = i == r.charts.size();
        if (overdue) {
            Para h = centred();
            h.keepNext = true;
            h.after = twipsPt(4);
            para(r.overdueHeading, h, {13, true});
        }
        Para p = centred();
        p.after = twipsPt(12);
        pStart(p);
        picture(size, overdue ? r.overdue.title : r.charts[i].title);
        m_x.writeEndElement();
    }
}

/// Ends a section: its properties go into an empty paragraph's pPr, or, for the @p last, into the body.
void Body::sectionEnd(bool landscape, bool titlePage, bool last)
{
    if (!last) {
        m_x.writeStartElement(kW, QStringLiteral("p"));
        m_x.writeStartElement(kW, QStringLiteral("pPr"));
        m_x.writeEmptyElement(kW, QStringLiteral("pStyle"));
        m_x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("DxBlock"));
    }
    m_x.writeStartElement(kW, QStringLiteral("sectPr"));
    m_x.writeEmptyElement(kW, QStringLiteral("headerReference"));
    m_x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("default"));
    m_x.writeAttribute(kR, QStringLiteral("id"), QStringLiteral("rIdHeader"));
    const int shortSide = twips(kPaperWidthMm), longSide = twips(kPaperHeightMm);
    m_x.writeEmptyElement(kW, QStringLiteral("pgSz"));
    m_x.writeAttribute(kW, QStringLiteral("w"), QString::number(landscape ? longSide : shortSide));
    m_x.writeAttribute(kW, QStringLiteral("h"), QString::number(landscape ? shortSide : longSide));
    if (landscape)
        m_x.writeAttribute(kW, QStringLiteral("orient"), QStringLiteral("landscape"));
    // The margins "as read" on both orientations, as the PDF keeps them; the page number sits in the top
    // margin, its line 8 mm from the edge.
    m_x.writeEmptyElement(kW, QStringLiteral("pgMar"));
    m_x.writeAttribute(kW, QStringLiteral("top"), QString::number(twips(kMarginTopMm)));
    m_x.writeAttribute(kW, QStringLiteral("right"), QString::number(twips(kMarginRightMm)));
    m_x.writeAttribute(kW, QStringLiteral("bottom"), QString::number(twips(kMarginBottomMm)));
    m_x.writeAttribute(kW, QStringLiteral("left"), QString::number(twips(kMarginLeftMm)));
    m_x.writeAttribute(kW, QStringLiteral("header"), QString::number(twips(8)));
    m_x.writeAttribute(kW, QStringLiteral("footer"), QString::number(twips(8)));
    m_x.writeAttribute(kW, QStringLiteral("gutter"), QStringLiteral("0"));
    if (titlePage) // the first page has a header of its own, which is empty: no number on page 1
        m_x.writeEmptyElement(kW, QStringLiteral("titlePg"));
    m_x.writeEndElement(); // sectPr
    if (!last) {
        m_x.writeEndElement(); // pPr
        m_x.writeEndElement(); // p
    }
}

void Body::write()
{
    const ReportContent &r = m_c;
    m_x.writeStartElement(kW, QStringLiteral("body"));
    if (r.settings.format == ReportSettings::Format::Party)
        partyHeader();
    else
        stateHeader();
    title();
    sections();
    signature();

    const bool targets = r.settings.includes(ReportSettings::TargetsTable);
    const bool tasks = r.settings.includes(ReportSettings::TasksTable);
    const bool haveCharts = !r.charts.isEmpty() || r.hasOverdueChart;
    const bool chartsLandscape = r.settings.chartLayout == ReportSettings::ChartLayout::OnePerLandscapePage;
    // Sections as the PDF's pages: the letter portrait; Biểu 01 and 02 landscape, each from a new page;
    // the charts in their layout's orientation.
    sectionEnd(false, true, !targets && !tasks && !haveCharts);
    if (targets || tasks) {
        if (targets) {
            QString align = QStringLiteral("ccl");
            align += QString(int(r.targets.headers.size()) - 4, QLatin1Char('c'));
            align += QLatin1Char('l');
            table(r.targets, targetWeights(int(r.targets.headers.size()) - 10), align, false);
        }
        if (tasks)
            table(r.tasks, taskWeights(), QStringLiteral("clclcllcl"), targets);
        sectionEnd(true, false, !haveCharts);
    }
    if (haveCharts) {
        charts();
        sectionEnd(chartsLandscape, false, true);
    }
    m_x.writeEndElement(); // body
}

QByteArray documentXml(const ReportContent &c, int *pictures)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeNamespace(kR, QStringLiteral("r"));
    x.writeNamespace(kWp, QStringLiteral("wp"));
    x.writeNamespace(kA, QStringLiteral("a"));
    x.writeNamespace(kPic, QStringLiteral("pic"));
    x.writeStartElement(kW, QStringLiteral("document"));
    Body body(x, c);
    body.write();
    x.writeEndElement();
    x.writeEndDocument();
    *pictures = body.pictures();
    return out;
}

/// A chart's PNG as a libzip source that draws the chart only when libzip comes to write it (zip_close
/// writes the entries one after another), and drops the bytes once written: one picture in memory at
/// a time, however many charts the report has. (zip_source_buffer would hold every picture until
/// zip_close.) The size is given at ZIP_SOURCE_STAT, so libzip writes plain (not Zip64) headers.
struct LazyChart
{
    const ReportDocxWriter::ChartPng *render = nullptr;
    int index = 0;
    QSizeF sizeMm;
    QByteArray bytes;
    bool drawn = false;
    qsizetype size = 0; ///< kept after the bytes are dropped: libzip asks again once the entry is written
    qsizetype at = 0;
    zip_error_t error{};
    bool *failed = nullptr;

    bool draw()
    {
        if (!drawn) {
            bytes = (*render)(index, sizeMm);
            drawn = true;
            size = bytes.size();
        }
        if (size == 0) {
            *failed = true;
            zip_error_set(&error, ZIP_ER_READ, 0);
            return false;
        }
        return true;
    }

    static zip_int64_t callback(void *state, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
    {
        auto *self = static_cast<LazyChart *>(state);
        switch (cmd) {
        case ZIP_SOURCE_OPEN:
            self->at = 0;
            if (self->drawn && self->bytes.isEmpty()) // opened again after it was written: draw it again
                self->drawn = false;
            return self->draw() ? 0 : -1;
        case ZIP_SOURCE_READ: {
            const qsizetype n = std::min<qsizetype>(qsizetype(len), self->bytes.size() - self->at);
            std::memcpy(data, self->bytes.constData() + self->at, size_t(n));
            self->at += n;
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            self->bytes = QByteArray(); // written: free it before the next chart is drawn
            return 0;
        case ZIP_SOURCE_STAT: {
            if (!self->draw())
                return -1;
            auto *st = static_cast<zip_stat_t *>(data);
            zip_stat_init(st);
            st->size = zip_uint64_t(self->size);
            st->mtime = std::time(nullptr);
            st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&self->error, data, len);
        case ZIP_SOURCE_FREE:
            zip_error_fini(&self->error);
            delete self;
            return 0;
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                                  ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&self->error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }
};

} // namespace

QSizeF ReportDocxWriter::chartSizeMm(const ReportContent &content)
{
    // The PDF's slots: the body's width; two charts on a portrait page under the appendix's three heading
    // lines, or one on a landscape page.
    const bool landscape = content.settings.chartLayout == ReportSettings::ChartLayout::OnePerLandscapePage;
    const double width = bodyWidthMm(landscape);
    const double height = landscape ? bodyHeightMm(true) - 30.0 : (bodyHeightMm(false) - 40.0) / 2.0;
    return {width, height};
}

Status ReportDocxWriter::write(const QString &path, const ReportContent &content, const ChartPng &chartPng)
{
    const auto fail = [&](const QString &why) {
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\": %2").arg(path, why));
    };
    // libzip replaces the file by renaming its temporary file over it: that would replace a pipe or a
    // device (as root, even /dev/null) with a regular file, so anything but a regular file is refused.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(tr("not a regular file."));

    int errorCode = 0;
    // ZIP_TRUNCATE: an old file's content is never read; it is replaced at zip_close only.
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &errorCode);
    if (!zip) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return fail(why);
    }
    bool ok = true;
    const auto add = [&](const char *name, const QByteArray &bytes) {
        if (!ok)
            return;
        // A copy libzip owns and frees (freep = 1) after zip_close has written it.
        void *copy = std::malloc(size_t(std::max<qsizetype>(1, bytes.size())));
        std::memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(zip, copy, zip_uint64_t(bytes.size()), 1);
        if (!source) {
            std::free(copy);
            ok = false;
            return;
        }
        if (zip_file_add(zip, name, source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            ok = false;
        }
    };

    int pictures = 0;
    const QByteArray document = documentXml(content, &pictures);
    // [Content_Types].xml first, as Word and the OPC specification expect.
    add("[Content_Types].xml", contentTypesXml());
    add("_rels/.rels",
        relationshipsXml({{QStringLiteral("rId1"), kRel + QStringLiteral("officeDocument"),
                           QStringLiteral("word/document.xml")},
                          {QStringLiteral("rId2"),
                           QStringLiteral("http://schemas.openxmlformats.org/package/2006/"
                                          "relationships/metadata/core-properties"),
                           QStringLiteral("docProps/core.xml")},
                          {QStringLiteral("rId3"), kRel + QStringLiteral("extended-properties"),
                           QStringLiteral("docProps/app.xml")}}));
    add("docProps/core.xml", corePropertiesXml(content));
    add("docProps/app.xml", appPropertiesXml());
    QList<std::tuple<QString, QString, QString>> rels{
        {QStringLiteral("rIdStyles"), kRel + QStringLiteral("styles"), QStringLiteral("styles.xml")},
        {QStringLiteral("rIdSettings"), kRel + QStringLiteral("settings"), QStringLiteral("settings.xml")},
        {QStringLiteral("rIdHeader"), kRel + QStringLiteral("header"), QStringLiteral("header1.xml")}};
    for (int i = 1; i <= pictures; ++i)
        rels.append({QStringLiteral("rIdChart%1").arg(i), kRel + QStringLiteral("image"),
                     QStringLiteral("media/chart%1.png").arg(i)});
    add("word/_rels/document.xml.rels", relationshipsXml(rels));
    add("word/document.xml", document);
    add("word/styles.xml", stylesXml(content));
    add("word/settings.xml", settingsXml());
    add("word/header1.xml", headerXml());

    bool drawFailed = false;
    const QSizeF size = chartSizeMm(content);
    for (int i = 0; ok && i < pictures; ++i) {
        auto *lazy = new LazyChart;
        lazy->render = &chartPng;
        lazy->index = i;
        lazy->sizeMm = size;
        lazy->failed = &drawFailed;
        zip_error_init(&lazy->error);
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t *source = zip_source_function_create(&LazyChart::callback, lazy, &error);
        zip_error_fini(&error);
        if (!source) {
            zip_error_fini(&lazy->error);
            delete lazy;
            ok = false;
            break;
        }
        const QByteArray name = QStringLiteral("word/media/chart%1.png").arg(i + 1).toUtf8();
        const zip_int64_t index = zip_file_add(zip, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            ok = false;
            break;
        }
        // PNG is compressed already: stored, not deflated again.
        zip_set_file_compression(zip, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (!ok) {
        const QString why = QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip);
        return fail(why);
    }
    if (zip_close(zip) != 0) {
        const QString why =
            drawFailed ? tr("a chart could not be drawn.") : QString::fromLocal8Bit(zip_strerror(zip));
        zip_discard(zip); // libzip has removed its temporary file; the old file, if any, is untouched
        return fail(why);
    }
    return success();
}

} // namespace dx
