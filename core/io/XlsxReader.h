// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: reads the sheets of an .xlsx workbook (Office Open XML) as text cells, with size limits.
#include "WorkbookLimits.h"
#include "WorkbookSheet.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

namespace dx {

/**
 * Reads an .xlsx file as written by this program, Excel or LibreOffice Calc.
 *
 * Debian packages no C/C++ .xlsx reader, so the workbook is read with a packaged zip library (libzip)
 * and its XML parts with QXmlStreamReader: xl/workbook.xml and its relationships for the sheets,
 * xl/sharedStrings.xml, and each xl/worksheets/sheetN.xml. Every size is checked against
 * WorkbookLimits as it is inflated (the sizes a zip declares are not trusted). A file that is not a
 * workbook, is damaged, is encrypted (an Office password makes a CFB file, not a zip) or is too large
 * gets one translated sentence naming the file.
 *
 * Why libzip and not QuaZip: QuaZip carries its own copy of minizip and exports its symbols
 * (zipOpen3...), which libxlsxwriter's minizip calls then resolve to in the same process: writing a
 * workbook crashed. libzip has its own names.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    /// Every sheet of @p path, in workbook order.
    static Result<QList<WorkbookSheet>> read(const QString &path, const WorkbookLimits &limits = {});
};

} // namespace dx
