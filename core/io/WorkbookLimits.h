// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the sizes a returned workbook or CSV file may have before it is refused unread.
#include <QtGlobal>

namespace dx {

/**
 * Limits on what the readers accept. A returned workbook comes from outside (e-mail, USB stick): a
 * zip bomb or a sheet of a million rows must be refused with a sentence, not fill the memory. The
 * defaults are far above a real collection workbook (a few hundred rows, under 1 MB).
 */
struct WorkbookLimits
{
    qint64 maxFileBytes = 64ll * 1024 * 1024;   ///< the .xlsx or .csv file itself
    qint64 maxEntryBytes = 96ll * 1024 * 1024;  ///< one zip entry once inflated
    qint64 maxTotalBytes = 256ll * 1024 * 1024; ///< every entry read, inflated
    int maxEntries = 4096;                      ///< files inside the zip
    int maxRows = 200000;                       ///< rows of one sheet
    int maxColumns = 1024;                      ///< columns of one sheet (AMJ)
    int maxSheets = 64;
    /// Cells held in memory for one file, the empty ones before a cell of a row included: a sheet can
    /// name a cell at column AMJ on each of its 200,000 rows in a 1 MB zip, which padded row by row would
    /// be 200 million cells (about 5 GB). A real collection workbook holds some ten thousand.
    qint64 maxCells = 4'000'000;
};

} // namespace dx
