// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: writes the data-entry workbook of one unit (libxlsxwriter): instructions, the values and
// tasks to fill with the program's rules as data validation, and the hidden keys.
#include "CollectSnapshot.h"
#include "CollectUnit.h"
#include "domain/Period.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace dx {

class CollectWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(CollectWorkbookWriter)
public:
    struct Options
    {
        Period period;
        QDate due;        ///< when the workbook must be back (optional)
        QString returnTo; ///< whom to send it to (optional; default: the plan's issuer)
        QDateTime made;   ///< stamped in the keys (UTC); the caller reads the clock
    };

    /// The file name for @p unit's workbook: its name with characters no file system takes replaced.
    static QString fileName(const CollectUnit &unit);
    /// Writes @p unit's workbook to @p path (replacing it only once complete).
    static Status write(const CollectSnapshot &plan, const CollectUnit &unit, const Options &options,
                        const QString &path);
};

} // namespace dx
