// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the collection status of a period: which units returned their workbook, when, and which
// must be chased (the follow-up list).
#include "CollectSnapshot.h"
#include "CollectUnit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dx {

struct CollectStatusRow
{
    CollectUnit unit;
    int rows = 0; ///< rows the unit is asked to fill
    bool returned = false;
    QDate received;   ///< when its workbook was received (the file's date)
    QString fileName; ///< the file imported last
};

class CollectStatus
{
    Q_DECLARE_TR_FUNCTIONS(CollectStatus)
public:
    /// Every unit of @p kind asked for figures, with its return for @p period (from the plan's records
    /// written by CollectImport).
    static QList<CollectStatusRow> rows(const CollectSnapshot &plan, CollectUnit::Kind kind,
                                        const QString &period);
    /// The printable follow-up list: who has not returned, then who has and when.
    static QString toText(const QList<CollectStatusRow> &rows, const QString &period);
};

} // namespace dx
