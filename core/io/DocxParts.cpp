// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocxParts.h"

#include "report/ReportLayout.h"

#include <QDateTime>
#include <QXmlStreamWriter>

namespace dx::docx {
namespace {

using namespace ReportLayout;

/// A run's font in every script slot: Word picks the East Asian or complex-script slot for some
/// characters, and Vietnamese must not fall back to another face there.
void fonts(QXmlStreamWriter &x)
{
    x.writeEmptyElement(kW, QStringLiteral("rFonts"));
    for (const char *slot : {"ascii", "hAnsi", "eastAsia", "cs"})
        x.writeAttribute(kW, QLatin1String(slot), kFont);
}

} // namespace

QByteArray stylesXml(const ReportContent &c)
{
    const double body = bodyPoints(c.settings.format);
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("styles"));
    x.writeStartElement(kW, QStringLiteral("docDefaults"));
    x.writeStartElement(kW, QStringLiteral("rPrDefault"));
    x.writeStartElement(kW, QStringLiteral("rPr"));
    fonts(x);
    x.writeEmptyElement(kW, QStringLiteral("sz"));
    x.writeAttribute(kW, QStringLiteral("val"), half(body));
    x.writeEmptyElement(kW, QStringLiteral("szCs"));
    x.writeAttribute(kW, QStringLiteral("val"), half(body));
    x.writeEmptyElement(kW, QStringLiteral("lang"));
    x.writeAttribute(kW, QStringLiteral("val"),
                     c.settings.language == ReportLanguage::English ? QStringLiteral("en-GB")
                                                                    : QStringLiteral("vi-VN"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(kW, QStringLiteral("pPrDefault"));
    x.writeStartElement(kW, QStringLiteral("pPr"));
    x.writeEmptyElement(kW, QStringLiteral("spacing"));
    x.writeAttribute(kW, QStringLiteral("after"), QStringLiteral("0"));
    x.writeAttribute(kW, QStringLiteral("line"), QStringLiteral("240"));
    x.writeAttribute(kW, QStringLiteral("lineRule"), QStringLiteral("auto"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement(); // docDefaults

    struct Style
    {
        const char *type, *id, *name, *basedOn;
        bool isDefault, bold, keepNext;
        int outline; ///< -1: none
        double firstLineMm, afterPt, pt;
        const char *align;
    };
    const Style styles[] = {
        {"paragraph", "Normal", "Normal", nullptr, true, false, false, -1, kFirstLineIndentMm,
         kParagraphAfterPt, body, "both"},
        {"paragraph", "Heading1", "heading 1", "Normal", false, true, true, 0, 0, kParagraphAfterPt, body,
         "left"},
        {"paragraph", "Heading2", "heading 2", "Normal", false, true, true, 1, kFirstLineIndentMm,
         kParagraphAfterPt, body, "both"},
        {"paragraph", "DxBlock", "Report block", "Normal", false, false, false, -1, 0, 0, body, "left"},
        {"paragraph", "DxCell", "Report table text", "Normal", false, false, false, -1, 0, 0, kTablePt,
         "left"},
        {"paragraph", "Header", "header", "Normal", false, false, false, -1, 0, 0, kPageNumberPt, "center"},
    };
    for (const Style &s : styles) {
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QLatin1String(s.type));
        if (s.isDefault)
            x.writeAttribute(kW, QStringLiteral("default"), QStringLiteral("1"));
        x.writeAttribute(kW, QStringLiteral("styleId"), QLatin1String(s.id));
        x.writeEmptyElement(kW, QStringLiteral("name"));
        x.writeAttribute(kW, QStringLiteral("val"), QLatin1String(s.name));
        if (s.basedOn) {
            x.writeEmptyElement(kW, QStringLiteral("basedOn"));
            x.writeAttribute(kW, QStringLiteral("val"), QLatin1String(s.basedOn));
            x.writeEmptyElement(kW, QStringLiteral("next"));
            x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("Normal"));
        }
        x.writeEmptyElement(kW, QStringLiteral("qFormat"));
        x.writeStartElement(kW, QStringLiteral("pPr"));
        if (s.keepNext) { // a heading stays with the text under it
            x.writeEmptyElement(kW, QStringLiteral("keepNext"));
            x.writeEmptyElement(kW, QStringLiteral("keepLines"));
        }
        x.writeEmptyElement(kW, QStringLiteral("spacing"));
        x.writeAttribute(kW, QStringLiteral("before"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("after"), QString::number(twipsPt(s.afterPt)));
        x.writeEmptyElement(kW, QStringLiteral("ind"));
        x.writeAttribute(kW, QStringLiteral("left"), QStringLiteral("0"));
        x.writeAttribute(kW, QStringLiteral("firstLine"), QString::number(twips(s.firstLineMm)));
        x.writeEmptyElement(kW, QStringLiteral("jc"));
        x.writeAttribute(kW, QStringLiteral("val"), QLatin1String(s.align));
        if (s.outline >= 0) {
            x.writeEmptyElement(kW, QStringLiteral("outlineLvl"));
            x.writeAttribute(kW, QStringLiteral("val"), QString::number(s.outline));
        }
        x.writeEndElement(); // pPr
        x.writeStartElement(kW, QStringLiteral("rPr"));
        fonts(x);
        if (s.bold) {
            x.writeEmptyElement(kW, QStringLiteral("b"));
            x.writeEmptyElement(kW, QStringLiteral("bCs"));
        }
        x.writeEmptyElement(kW, QStringLiteral("color"));
        x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("000000"));
        x.writeEmptyElement(kW, QStringLiteral("sz"));
        x.writeAttribute(kW, QStringLiteral("val"), half(s.pt));
        x.writeEmptyElement(kW, QStringLiteral("szCs"));
        x.writeAttribute(kW, QStringLiteral("val"), half(s.pt));
        x.writeEndElement(); // rPr
        x.writeEndElement(); // style
    }
    // Table styles: the report's tables ruled 0.5 pt all round, the header and signature without rules.
    for (const bool ruled : {true, false}) {
        x.writeStartElement(kW, QStringLiteral("style"));
        x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("table"));
        x.writeAttribute(kW, QStringLiteral("styleId"),
                         ruled ? QStringLiteral("DxReportTable") : QStringLiteral("DxPlainTable"));
        x.writeEmptyElement(kW, QStringLiteral("name"));
        x.writeAttribute(kW, QStringLiteral("val"),
                         ruled ? QStringLiteral("Report table") : QStringLiteral("Report layout table"));
        x.writeStartElement(kW, QStringLiteral("tblPr"));
        x.writeStartElement(kW, QStringLiteral("tblBorders"));
        for (const char *side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            x.writeEmptyElement(kW, QLatin1String(side));
            x.writeAttribute(kW, QStringLiteral("val"),
                             ruled ? QStringLiteral("single") : QStringLiteral("nil"));
            if (ruled) {
                x.writeAttribute(kW, QStringLiteral("sz"), QStringLiteral("4"));
                x.writeAttribute(kW, QStringLiteral("space"), QStringLiteral("0"));
                x.writeAttribute(kW, QStringLiteral("color"), QStringLiteral("000000"));
            }
        }
        x.writeEndElement();
        x.writeStartElement(kW, QStringLiteral("tblCellMar"));
        const int padY = ruled ? twipsPt(1.8) : 0, padX = ruled ? twipsPt(2.5) : twipsPt(1);
        for (const auto &[side, v] : {std::pair{"top", padY}, std::pair{"left", padX},
                                      std::pair{"bottom", padY}, std::pair{"right", padX}}) {
            x.writeEmptyElement(kW, QLatin1String(side));
            x.writeAttribute(kW, QStringLiteral("w"), QString::number(v));
            x.writeAttribute(kW, QStringLiteral("type"), QStringLiteral("dxa"));
        }
        x.writeEndElement();
        x.writeEndElement(); // tblPr
        x.writeEndElement(); // style
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray headerXml()
{
    // The page number as a PAGE field, centred; the first page uses the (absent, so empty) first-page
    // header: w:titlePg in the first section.
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("hdr"));
    x.writeStartElement(kW, QStringLiteral("p"));
    x.writeStartElement(kW, QStringLiteral("pPr"));
    x.writeEmptyElement(kW, QStringLiteral("pStyle"));
    x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("Header"));
    x.writeEndElement();
    auto fieldRun = [&](const char *kind, const QString &text = {}) {
        x.writeStartElement(kW, QStringLiteral("r"));
        if (kind) {
            x.writeEmptyElement(kW, QStringLiteral("fldChar"));
            x.writeAttribute(kW, QStringLiteral("fldCharType"), QLatin1String(kind));
        } else {
            x.writeStartElement(kW, QStringLiteral("instrText"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(text);
            x.writeEndElement();
        }
        x.writeEndElement();
    };
    fieldRun("begin");
    fieldRun(nullptr, QStringLiteral(" PAGE "));
    fieldRun("separate");
    x.writeStartElement(kW, QStringLiteral("r"));
    x.writeTextElement(kW, QStringLiteral("t"), QStringLiteral("2"));
    x.writeEndElement();
    fieldRun("end");
    x.writeEndElement(); // p
    x.writeEndElement(); // hdr
    x.writeEndDocument();
    return out;
}

QByteArray settingsXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(kW, QStringLiteral("w"));
    x.writeStartElement(kW, QStringLiteral("settings"));
    x.writeEmptyElement(kW, QStringLiteral("zoom"));
    x.writeAttribute(kW, QStringLiteral("percent"), QStringLiteral("100"));
    x.writeEmptyElement(kW, QStringLiteral("defaultTabStop"));
    x.writeAttribute(kW, QStringLiteral("val"), QString::number(twips(kFirstLineIndentMm)));
    x.writeEmptyElement(kW, QStringLiteral("characterSpacingControl"));
    x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("doNotCompress"));
    x.writeStartElement(kW, QStringLiteral("compat"));
    x.writeEmptyElement(kW, QStringLiteral("compatSetting"));
    x.writeAttribute(kW, QStringLiteral("name"), QStringLiteral("compatibilityMode"));
    x.writeAttribute(kW, QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word"));
    x.writeAttribute(kW, QStringLiteral("val"), QStringLiteral("15"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray relationshipsXml(const QList<std::tuple<QString, QString, QString>> &rels)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships"));
    x.writeStartElement(QStringLiteral("Relationships"));
    for (const auto &[id, type, target] : rels) {
        x.writeEmptyElement(QStringLiteral("Relationship"));
        x.writeAttribute(QStringLiteral("Id"), id);
        x.writeAttribute(QStringLiteral("Type"), type);
        x.writeAttribute(QStringLiteral("Target"), target);
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray contentTypesXml()
{
    const QString ooxml = QStringLiteral("application/vnd.openxmlformats-officedocument.");
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(QStringLiteral("http://schemas.openxmlformats.org/package/2006/content-types"));
    x.writeStartElement(QStringLiteral("Types"));
    for (const auto &[ext, type] :
         {std::pair{"rels", "application/vnd.openxmlformats-package.relationships+xml"},
          std::pair{"xml", "application/xml"}, std::pair{"png", "image/png"}}) {
        x.writeEmptyElement(QStringLiteral("Default"));
        x.writeAttribute(QStringLiteral("Extension"), QLatin1String(ext));
        x.writeAttribute(QStringLiteral("ContentType"), QLatin1String(type));
    }
    for (const auto &[part, type] : {std::pair{"/word/document.xml", "wordprocessingml.document.main+xml"},
                                     std::pair{"/word/styles.xml", "wordprocessingml.styles+xml"},
                                     std::pair{"/word/settings.xml", "wordprocessingml.settings+xml"},
                                     std::pair{"/word/header1.xml", "wordprocessingml.header+xml"},
                                     std::pair{"/docProps/app.xml", "extended-properties+xml"}}) {
        x.writeEmptyElement(QStringLiteral("Override"));
        x.writeAttribute(QStringLiteral("PartName"), QLatin1String(part));
        x.writeAttribute(QStringLiteral("ContentType"), ooxml + QLatin1String(type));
    }
    x.writeEmptyElement(QStringLiteral("Override"));
    x.writeAttribute(QStringLiteral("PartName"), QStringLiteral("/docProps/core.xml"));
    x.writeAttribute(QStringLiteral("ContentType"),
                     QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray corePropertiesXml(const ReportContent &c)
{
    const QString cp =
        QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    const QString terms = QStringLiteral("http://purl.org/dc/terms/");
    const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeNamespace(cp, QStringLiteral("cp"));
    x.writeNamespace(dc, QStringLiteral("dc"));
    x.writeNamespace(terms, QStringLiteral("dcterms"));
    x.writeNamespace(xsi, QStringLiteral("xsi"));
    x.writeStartElement(cp, QStringLiteral("coreProperties"));
    x.writeTextElement(
        dc, QStringLiteral("title"),
        QString(c.documentType + QLatin1Char(' ') + c.subject).normalized(QString::NormalizationForm_C));
    x.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("DX Planner"));
    x.writeStartElement(terms, QStringLiteral("created"));
    x.writeAttribute(xsi, QStringLiteral("type"), QStringLiteral("dcterms:W3CDTF"));
    x.writeCharacters(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray appPropertiesXml()
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    x.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"));
    x.writeStartElement(QStringLiteral("Properties"));
    x.writeTextElement(QStringLiteral("Application"),
                       QStringLiteral("DX Planner %1").arg(QStringLiteral(DX_VERSION)));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace dx::docx
