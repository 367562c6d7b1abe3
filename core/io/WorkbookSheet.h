// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one sheet of a workbook (or one CSV file) as read: its name and its cells as text, row by row.
#include <QList>
#include <QString>
#include <QStringList>

namespace dx {

/**
 * The cells of a sheet as text, the way the file holds them: numbers with a point as written in the
 * XML ("18.6", "45292" for a date serial), shared and inline strings resolved, booleans "TRUE"/"FALSE",
 * formulas by their cached result. WorkbookCells turns the text into numbers and dates.
 */
struct WorkbookSheet
{
    QString name;
    bool hidden = false;     ///< hidden or very hidden in the workbook
    QList<QStringList> rows; ///< rows[r][c], both from 0 (A1 is rows[0][0]); short rows are padded by cell()

    /// The text of the cell at 0-based @p row, @p column; empty when there is none.
    QString cell(int row, int column) const
    {
        return row >= 0 && row < rows.size() ? rows.at(row).value(column) : QString();
    }
    /// "A1"-style address of a 0-based cell, e.g. (6, 7) -> "H7".
    static QString address(int row, int column)
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(u'A' + (c - 1) % 26));
        return letters + QString::number(row + 1);
    }
};

} // namespace dx
