// SPDX-License-Identifier: GPL-3.0-or-later
#include "Period.h"

namespace dx {

std::optional<Period> Period::parse(const QString &text)
{
    // Hand-written rather than a QRegularExpression: periods are parsed for every stored value
    // (150,000 in a large plan), and the regular expression cost about 2 µs each.
    const QString t = text.trimmed();
    if (t.size() != 4 && t.size() != 7)
        return std::nullopt;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        const QChar c = t.at(i);
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        y = y * 10 + (c.unicode() - '0');
    }
    if (y < 1900 || y > 2200)
        return std::nullopt;
    if (t.size() == 4)
        return year(y);
    const QChar kind = t.at(5).toUpper();
    const QChar digit = t.at(6);
    if (t.at(4) != QLatin1Char('-') || digit.unicode() < '1' || digit.unicode() > '4')
        return std::nullopt;
    const int p = digit.unicode() - '0';
    if (kind == QLatin1Char('H'))
        return p <= 2 ? std::optional<Period>(half(y, p)) : std::nullopt;
    if (kind == QLatin1Char('Q'))
        return quarter(y, p);
    return std::nullopt;
}

QString Period::key() const
{
    switch (m_kind) {
    case Kind::Year:
        return QString::number(m_year);
    case Kind::Half:
        return QStringLiteral("%1-H%2").arg(m_year).arg(m_part);
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_part);
    }
    return {};
}

QDate Period::startDate() const
{
    switch (m_kind) {
    case Kind::Year:
        return QDate(m_year, 1, 1);
    case Kind::Half:
        return QDate(m_year, m_part == 1 ? 1 : 7, 1);
    case Kind::Quarter:
        return QDate(m_year, 3 * (m_part - 1) + 1, 1);
    }
    return {};
}

QDate Period::endDate() const
{
    switch (m_kind) {
    case Kind::Year:
        return QDate(m_year, 12, 31);
    case Kind::Half:
        return m_part == 1 ? QDate(m_year, 6, 30) : QDate(m_year, 12, 31);
    case Kind::Quarter:
        return startDate().addMonths(3).addDays(-1);
    }
    return {};
}

double Period::endAsYear() const
{
    return dateToYear(endDate().addDays(1));
}

bool operator<(const Period &a, const Period &b)
{
    const QDate sa = a.startDate(), sb = b.startDate();
    if (sa != sb)
        return sa < sb;
    return a.endDate() > b.endDate(); // longer first
}

double dateToYear(const QDate &date)
{
    if (!date.isValid())
        return 0.0;
    const QDate jan1(date.year(), 1, 1);
    return date.year() + double(jan1.daysTo(date)) / double(date.daysInYear());
}

} // namespace dx
