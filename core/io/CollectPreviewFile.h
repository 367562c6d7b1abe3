// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the preview of one returned file: which unit and period it is for, or why it is refused, and
// its rows.
#include "CollectPreviewRow.h"
#include "CollectUnit.h"

#include <QDate>
#include <QList>
#include <QString>

namespace dx {

struct CollectPreviewFile
{
    QString path;
    QString fileName;
    CollectUnit unit;  ///< from the keys; id 0 for a CSV or an exported workbook
    QString period;    ///< the period the workbook was made for
    QDate received;    ///< the file's date (when it was saved by the unit)
    QString refusal;   ///< the file as a whole is refused: one sentence; rows is empty then
    int blankRows = 0; ///< rows left empty (not counted as anything else)
    QList<CollectPreviewRow> rows;

    int count(CollectPreviewRow::Outcome outcome) const
    {
        int n = 0;
        for (const CollectPreviewRow &r : rows)
            n += r.outcome == outcome ? 1 : 0;
        return n;
    }
    bool refused() const { return !refusal.isEmpty() || count(CollectPreviewRow::Outcome::Refused) > 0; }
};

} // namespace dx
