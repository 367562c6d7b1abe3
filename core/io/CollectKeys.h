// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the hidden keys sheet of a collection workbook: which plan, unit and period it was made for,
// and for each row its ids and the plan's version of it then.
#include "CollectRow.h"
#include "CollectUnit.h"
#include "WorkbookSheet.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace dx {

/**
 * The keys that make the import exact and safe: rows are found by id, never by title, and a row the
 * plan changed after the workbook was made is a conflict. Written as a hidden, protected sheet
 * (WorkbookText::keysSheet()): a first column of names, then "row" lines:
 * `row | sheet | sheet row | kind | indicator | locality | task | version`.
 */
class CollectKeys
{
    Q_DECLARE_TR_FUNCTIONS(CollectKeys)
public:
    static constexpr int kFormat = 1; ///< bumped when the layout of the workbooks changes

    int format = kFormat;
    QString program;      ///< DX_VERSION that made it
    QString planIdentity; ///< CollectSnapshot::planIdentity()
    QString planTitle;
    CollectUnit unit;
    QString period; ///< period key
    QDateTime made; ///< UTC
    QList<CollectRow> rows;

    /// The sheet's cells.
    QList<QStringList> toCells() const;
    /// Reads the keys sheet of @p fileName's workbook; a sentence naming the file when they are unusable.
    static Result<CollectKeys> fromSheet(const WorkbookSheet &sheet, const QString &fileName);
};

} // namespace dx
