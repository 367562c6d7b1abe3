// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>
#include <zip.h>

namespace dx {
namespace {

/// The reading of one workbook: the zip, the limits, the bytes inflated so far, the first error.
class Reading
{
public:
    Reading(const QString &path, const WorkbookLimits &limits)
        : m_path(path), m_limits(limits), m_name(QFileInfo(path).fileName())
    {
    }
    ~Reading()
    {
        if (m_zip)
            zip_discard(m_zip);
    }
    Reading(const Reading &) = delete;
    Reading &operator=(const Reading &) = delete;

    /// Opens the zip, checking its central directory against the local headers (ZIP_CHECKCONS).
    /// @p errorCode receives libzip's error when it fails.
    bool open(int &errorCode)
    {
        m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &errorCode);
        return m_zip != nullptr;
    }
    zip_t *zip() const { return m_zip; }

    QString name() const { return m_name; }
    QString error;

    /// The inflated bytes of @p entry, or an empty array with the error set. @p required: missing is an
    /// error.
    QByteArray entry(const QString &entry, bool required)
    {
        const zip_int64_t index = zip_name_locate(m_zip, entry.toUtf8().constData(), 0);
        if (index < 0) {
            if (required)
                error = XlsxReader::tr("\"%1\" is not an Excel workbook: it has no %2.").arg(m_name, entry);
            return {};
        }
        zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
        if (!file) {
            error = damaged();
            return {};
        }
        QByteArray data;
        const qint64 cap = qMin(m_limits.maxEntryBytes, m_limits.maxTotalBytes - m_total);
        char buffer[65536];
        bool ok = true;
        for (;;) {
            const zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
            if (n < 0) {
                ok = false; // libzip checks the CRC at the end of the entry: a flipped byte shows up here
                error = damaged();
                break;
            }
            if (n == 0)
                break;
            if (data.size() + n > cap) {
                ok = false;
                error = tooLarge();
                break;
            }
            data.append(buffer, qsizetype(n));
        }
        if (zip_fclose(file) != 0 && ok) {
            ok = false;
            error = damaged();
        }
        if (!ok)
            return {};
        m_total += data.size();
        return data;
    }

    QString damaged() const
    {
        return XlsxReader::tr("\"%1\" is damaged: its zip contents cannot be read. Ask the sender to save "
                              "it again.")
            .arg(m_name);
    }
    QString tooLarge() const
    {
        return XlsxReader::tr("\"%1\" is too large to be a collection workbook; nothing was read from it.")
            .arg(m_name);
    }
    QString badXml(const QString &part) const
    {
        return XlsxReader::tr("\"%1\" is damaged: its part %2 is not well-formed XML.").arg(m_name, part);
    }
    const WorkbookLimits &limits() const { return m_limits; }
    /// Counts @p added cells held for the file; false when that is more than the limit allows.
    bool holdCells(qint64 added)
    {
        m_cells += added;
        return m_cells <= m_limits.maxCells;
    }

private:
    QString m_path;
    zip_t *m_zip = nullptr;
    WorkbookLimits m_limits;
    QString m_name;
    qint64 m_total = 0;
    qint64 m_cells = 0;
};

/// The text of a <si> or <is> element: every <t> inside, phonetic runs (<rPh>) left out.
QString richText(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

/// 0-based column of a cell reference such as "H7"; -1 when it has no letters.
int columnOf(QStringView ref)
{
    int column = 0, letters = 0;
    for (QChar c : ref) {
        if (c >= u'A' && c <= u'Z')
            column = column * 26 + (c.unicode() - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            column = column * 26 + (c.unicode() - u'a' + 1);
        else
            break;
        if (++letters > 3)
            return -1;
    }
    return letters == 0 ? -1 : column - 1;
}

/// Resolves a relationship target against the folder of the part that refers to it ("xl/").
QString partPath(const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString path = QStringLiteral("xl/") + target;
    path.replace(QLatin1String("xl/../"), QString());
    return path;
}

bool readSheet(Reading &reading, const QByteArray &data, const QStringList &shared, WorkbookSheet &sheet,
               const QString &part)
{
    QXmlStreamReader xml(data);
    int row = -1;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QStringView r = xml.attributes().value(QLatin1String("r"));
            row = r.isEmpty() ? row + 1 : r.toInt() - 1;
            if (row < 0 || row >= reading.limits().maxRows) {
                reading.error = reading.tooLarge();
                return false;
            }
            continue;
        }
        if (xml.name() != QLatin1String("c"))
            continue;
        const auto attributes = xml.attributes();
        const QString type = attributes.value(QLatin1String("t")).toString();
        int column = columnOf(attributes.value(QLatin1String("r")));
        if (row < 0)
            row = 0;
        if (column < 0)
            column = sheet.rows.value(row).size();
        if (column >= reading.limits().maxColumns) {
            reading.error = reading.tooLarge();
            return false;
        }
        QString value;
        bool haveValue = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c"))
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("v")) {
                value = xml.readElementText();
                haveValue = true;
            } else if (xml.name() == QLatin1String("is")) {
                value = richText(xml);
                haveValue = true;
            } else if (xml.name() == QLatin1String("f")) {
                xml.skipCurrentElement(); // the formula itself: its cached result is in <v>
            }
        }
        if (!haveValue)
            continue;
        if (type == QLatin1String("s")) {
            bool ok = false;
            const int index = value.toInt(&ok);
            value = ok ? shared.value(index) : QString();
        } else if (type == QLatin1String("b")) {
            value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
        } else if (type == QLatin1String("e")) {
            value.clear(); // #DIV/0! and the like: no value
        }
        // An empty row before the cell costs about what a cell does: both are counted.
        if (sheet.rows.size() <= row && !reading.holdCells(row + 1 - sheet.rows.size())) {
            reading.error = reading.tooLarge();
            return false;
        }
        while (sheet.rows.size() <= row)
            sheet.rows.append(QStringList());
        QStringList &cells = sheet.rows[row];
        if (cells.size() <= column && !reading.holdCells(column + 1 - cells.size())) {
            reading.error = reading.tooLarge();
            return false;
        }
        while (cells.size() <= column)
            cells.append(QString());
        cells[column] = value;
    }
    if (xml.hasError()) {
        reading.error = reading.badXml(part);
        return false;
    }
    return true;
}

bool isCompoundFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(8) == QByteArray::fromHex("D0CF11E0A1B11AE1");
}

} // namespace

Result<QList<WorkbookSheet>> XlsxReader::read(const QString &path, const WorkbookLimits &limits)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.isFile())
        return Result<QList<WorkbookSheet>>::fail(Error::Code::NotFound,
                                                  tr("\"%1\" does not exist.").arg(name));
    if (info.size() > limits.maxFileBytes)
        return Result<QList<WorkbookSheet>>::fail(
            Error::Code::Invalid,
            tr("\"%1\" is too large to be a collection workbook; nothing was read from it.").arg(name));
    // An Excel file with a password to open is an encrypted OLE compound file, not a zip.
    if (isCompoundFile(path))
        return Result<QList<WorkbookSheet>>::fail(
            Error::Code::Invalid,
            tr("\"%1\" is protected by a password or is an old .xls file; ask the sender "
               "to save it as .xlsx without a password.")
                .arg(name));
    Reading reading(path, limits);
    int zipError = 0;
    if (!reading.open(zipError)) {
        QFile f(path);
        const bool zipMagic = f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("PK\x03\x04", 4);
        if (zipError == ZIP_ER_NOZIP && !zipMagic)
            return Result<QList<WorkbookSheet>>::fail(
                Error::Code::Invalid, tr("\"%1\" is not an Excel workbook (.xlsx).").arg(name));
        return Result<QList<WorkbookSheet>>::fail(Error::Code::Corrupt, reading.damaged());
    }
    const zip_int64_t entries = zip_get_num_entries(reading.zip(), 0);
    if (entries > limits.maxEntries)
        return Result<QList<WorkbookSheet>>::fail(Error::Code::Invalid, reading.tooLarge());
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(reading.zip(), zip_uint64_t(i), 0, &st) != 0)
            return Result<QList<WorkbookSheet>>::fail(Error::Code::Corrupt, reading.damaged());
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return Result<QList<WorkbookSheet>>::fail(
                Error::Code::Invalid,
                tr("\"%1\" is encrypted; ask the sender to save it without a password.").arg(name));
        // The declared size is checked here and the real one while inflating (a zip can lie).
        if ((st.valid & ZIP_STAT_SIZE) && st.size > zip_uint64_t(limits.maxEntryBytes))
            return Result<QList<WorkbookSheet>>::fail(Error::Code::Invalid, reading.tooLarge());
    }
    auto failed = [&] { return Result<QList<WorkbookSheet>>::fail(Error::Code::Corrupt, reading.error); };

    // The workbook: sheet names, states and relationship ids.
    const QByteArray workbook = reading.entry(QStringLiteral("xl/workbook.xml"), true);
    if (!reading.error.isEmpty())
        return failed();
    struct SheetRef
    {
        QString name, relId;
        bool hidden;
    };
    QList<SheetRef> refs;
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet")) {
                const auto a = xml.attributes();
                QString relId;
                for (const QXmlStreamAttribute &attribute : a)
                    if (attribute.name() == QLatin1String("id"))
                        relId = attribute.value().toString();
                const QString state = a.value(QLatin1String("state")).toString();
                refs.append({a.value(QLatin1String("name")).toString(), relId,
                             state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
            }
        if (xml.hasError()) {
            reading.error = reading.badXml(QStringLiteral("xl/workbook.xml"));
            return failed();
        }
    }
    if (refs.size() > limits.maxSheets)
        return Result<QList<WorkbookSheet>>::fail(Error::Code::Invalid, reading.tooLarge());

    QHash<QString, QString> targets; // relationship id -> part path
    {
        const QByteArray rels = reading.entry(QStringLiteral("xl/_rels/workbook.xml.rels"), true);
        if (!reading.error.isEmpty())
            return failed();
        QXmlStreamReader xml(rels);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("Relationship")) {
                const auto a = xml.attributes();
                targets.insert(a.value(QLatin1String("Id")).toString(),
                               partPath(a.value(QLatin1String("Target")).toString()));
            }
        if (xml.hasError()) {
            reading.error = reading.badXml(QStringLiteral("xl/_rels/workbook.xml.rels"));
            return failed();
        }
    }

    QStringList shared;
    {
        const QByteArray strings = reading.entry(QStringLiteral("xl/sharedStrings.xml"), false);
        if (!reading.error.isEmpty())
            return failed();
        QXmlStreamReader xml(strings);
        while (!strings.isEmpty() && !xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si")) {
                if (!reading.holdCells(1)) // "<si/>" is 5 bytes, and a string in memory 24 or more
                    return Result<QList<WorkbookSheet>>::fail(Error::Code::Invalid, reading.tooLarge());
                shared.append(richText(xml));
            }
        if (xml.hasError()) {
            reading.error = reading.badXml(QStringLiteral("xl/sharedStrings.xml"));
            return failed();
        }
    }

    QList<WorkbookSheet> sheets;
    for (const SheetRef &ref : refs) {
        WorkbookSheet sheet;
        sheet.name = ref.name;
        sheet.hidden = ref.hidden;
        const QString part = targets.value(ref.relId);
        if (part.isEmpty())
            continue; // a chart sheet or a broken reference: nothing to read
        const QByteArray data = reading.entry(part, true);
        if (!reading.error.isEmpty())
            return failed();
        if (!readSheet(reading, data, shared, sheet, part))
            return failed();
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace dx
