// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: turns the text of a returned cell into a number or a date, the way planners type them.
#include <QDate>
#include <QString>
#include <optional>

namespace dx {

/// Cell text conversions shared by the workbook and CSV imports and the paste.
class WorkbookCells
{
public:
    /**
     * A number from "18.6", "18,6" (decimal comma, as Vietnamese Excel writes it), "1.234,5",
     * "1,234.5", "1 234,5", "18,6%" or "1.5E-3". When both '.' and ',' occur, the last one is the
     * decimal separator. nullopt for anything else (or an empty cell).
     */
    static std::optional<double> number(const QString &text);
    /**
     * A date from an Excel date serial ("45292" = 2024-01-01; 1900 system), an ISO date
     * "2024-01-01" (optionally with a time), or "01/01/2024" (day first, as in Vietnam).
     */
    static std::optional<QDate> date(const QString &text);
    /// The Excel 1900-system serial of @p date (for writing dates as numbers).
    static double serial(const QDate &date);
    /// A number written with a point and no exponent or trailing zeros ("18.6", "1234").
    static QString pointText(double value);
};

} // namespace dx
