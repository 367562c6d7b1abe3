// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookCells.h"

#include <QRegularExpression>
#include <cmath>

namespace dx {

std::optional<double> WorkbookCells::number(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    const int point = text.lastIndexOf(QLatin1Char('.'));
    const int comma = text.lastIndexOf(QLatin1Char(','));
    if (point >= 0 && comma >= 0) {
        // Both: the later one separates the decimals, the other groups thousands.
        const QChar group = point > comma ? QLatin1Char(',') : QLatin1Char('.');
        text.remove(group);
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (comma >= 0) {
        if (text.count(QLatin1Char(',')) > 1)
            text.remove(QLatin1Char(',')); // "1,234,567": thousands
        else
            text.replace(QLatin1Char(','), QLatin1Char('.'));
    } else if (text.count(QLatin1Char('.')) > 1) {
        text.remove(QLatin1Char('.')); // "1.234.567": Vietnamese thousands
    }
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<QDate> WorkbookCells::date(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double serialValue = text.toDouble(&ok);
    if (ok) {
        // 1900 date system; serials after 59 are off by Excel's phantom 29 February 1900, so day 0 is
        // 30 December 1899 for every date this program meets.
        if (serialValue < 61 || serialValue > 2958465)
            return std::nullopt;
        return QDate(1899, 12, 30).addDays(qint64(std::floor(serialValue)));
    }
    QDate d = QDate::fromString(text.left(10), Qt::ISODate);
    if (d.isValid())
        return d;
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const auto m = dayFirst.match(text);
    if (m.hasMatch()) {
        d = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid())
            return d;
    }
    return std::nullopt;
}

double WorkbookCells::serial(const QDate &date)
{
    return double(QDate(1899, 12, 30).daysTo(date));
}

QString WorkbookCells::pointText(double value)
{
    // QString::number with 'g' and 15 digits: a point, no thousands groups, whatever the locale.
    return QString::number(value, 'g', 15);
}

} // namespace dx
