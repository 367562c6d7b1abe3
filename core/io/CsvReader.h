// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: reads CSV files and pasted spreadsheet blocks into cells (libcsv), with size limits.
#include "WorkbookLimits.h"
#include "WorkbookSheet.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dx {

/**
 * CSV and tab-separated text as Excel and LibreOffice write and copy them: UTF-8 with or without a
 * byte-order mark, comma, semicolon (Vietnamese and European Excel) or tab separators, quoted cells with
 * separators, quotes, tabs or line breaks inside. The parsing is libcsv's (Debian libcsv-dev).
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    /// The separator the first line uses most: ',', ';' or '\t' (',' when none occurs).
    static char detectSeparator(const QByteArray &data);
    /// Parses @p data (UTF-8; a BOM is skipped); @p separator 0 detects it. Fails on unbalanced quotes.
    static Result<WorkbookSheet> parse(const QByteArray &data, char separator = 0,
                                       const WorkbookLimits &limits = {});
    /// Reads the file @p path; the sheet is named after the file.
    static Result<WorkbookSheet> read(const QString &path, const WorkbookLimits &limits = {});
};

} // namespace dx
