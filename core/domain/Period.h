// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a reporting period (a year, a half or a quarter) and its textual key "2024", "2024-H1", "2024-Q3".
#include <QDate>
#include <QString>
#include <optional>

namespace dx {

/// A reporting period. Ordered by start date, then by length (a year before its first half).
class Period
{
public:
    enum class Kind
    {
        Year,
        Half,
        Quarter
    };

    Period() = default;
    static Period year(int y) { return Period(Kind::Year, y, 1); }
    static Period half(int y, int h) { return Period(Kind::Half, y, h); }
    static Period quarter(int y, int q) { return Period(Kind::Quarter, y, q); }

    /// Parses "2024", "2024-H1", "2024-Q3" (case-insensitive); nullopt for anything else.
    static std::optional<Period> parse(const QString &text);

    Kind kind() const { return m_kind; }
    int yearNumber() const { return m_year; }
    /// 1 for a year; 1-2 for a half; 1-4 for a quarter.
    int part() const { return m_part; }
    bool isValid() const { return m_year > 0; }

    QString key() const;
    QDate startDate() const;
    QDate endDate() const;
    /// The period's end expressed as a fractional year (2024 -> 2025.0, 2024-H1 -> 2024.5), the x of charts.
    double endAsYear() const;

    friend bool operator==(const Period &a, const Period &b)
    {
        return a.m_kind == b.m_kind && a.m_year == b.m_year && a.m_part == b.m_part;
    }
    friend bool operator!=(const Period &a, const Period &b) { return !(a == b); }
    friend bool operator<(const Period &a, const Period &b);

private:
    Period(Kind k, int y, int p) : m_kind(k), m_year(y), m_part(p) {}
    Kind m_kind = Kind::Year;
    int m_year = 0;
    int m_part = 1;
};

/// Converts a date to a fractional year: 1 January 2025 -> 2025.0, 2 July 2025 -> about 2025.5.
double dateToYear(const QDate &date);

} // namespace dx
