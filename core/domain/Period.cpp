#include "Period.h"

#include <QRegularExpression>

namespace dx {

std::optional<Period> Period::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})(?:-([HhQq])([1-4]))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (y < 1900 || y > 2200)
        return std::nullopt;
    if (m.captured(2).isEmpty())
        return year(y);
    const int p = m.captured(3).toInt();
    if (m.captured(2).compare(QLatin1String("H"), Qt::CaseInsensitive) == 0) {
        if (p > 2)
            return std::nullopt;
        return half(y, p);
    }
    return quarter(y, p);
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

double Period::endAsYear() const { return dateToYear(endDate().addDays(1)); }

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
