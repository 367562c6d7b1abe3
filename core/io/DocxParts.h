// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the parts of the Word report other than its body (core/io/ReportDocxWriter): the styles, the
// page-number header, the settings, the package's relationships and content types, the document's
// properties; and the namespaces and units (twips, half points, EMU) every part is written in.
#include "report/ReportContent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <tuple>

namespace dx::docx {

inline const QString kW = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
inline const QString kR =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
inline const QString kWp =
    QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
inline const QString kA = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
inline const QString kPic = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
inline const QString kRel =
    QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");
inline const QString kFont = QStringLiteral("Times New Roman");

/// Word's units: twentieths of a point (twips) for lengths, half points for font sizes, EMU for pictures.
inline int twips(double mm)
{
    return qRound(mm / 25.4 * 1440.0);
}
inline int twipsPt(double pt)
{
    return qRound(pt * 20.0);
}
inline QString half(double pt)
{
    return QString::number(qRound(pt * 2.0));
}
inline qint64 emu(double mm)
{
    return qRound64(mm * 36000.0);
}

/// word/styles.xml: Normal (Times New Roman in every script slot, the body's size, justified, first line
/// indented), the two heading levels, the header, table-text and page-number styles, two table styles.
QByteArray stylesXml(const ReportContent &c);
/// word/header1.xml: a centred PAGE field.
QByteArray headerXml();
/// word/settings.xml.
QByteArray settingsXml();
/// A relationships part: (id, type, target) each.
QByteArray relationshipsXml(const QList<std::tuple<QString, QString, QString>> &rels);
/// [Content_Types].xml: rels, xml and png by extension, then each part.
QByteArray contentTypesXml();
/// docProps/core.xml (title, creator, created) and docProps/app.xml (the application).
QByteArray corePropertiesXml(const ReportContent &c);
QByteArray appPropertiesXml();

} // namespace dx::docx
