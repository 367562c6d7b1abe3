// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: imports returned workbooks and CSV files: a preview computed without writing, then the
// changes it settles on, written as one transaction.
#include "CollectPreview.h"
#include "CollectSnapshot.h"
#include "WorkbookLimits.h"
#include "domain/Measurement.h"
#include "domain/Result.h"
#include "domain/Task.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace dx {

class PlanStore;

/**
 * The import of returned collection workbooks (.xlsx made by CollectWorkbookWriter, as saved again by
 * Excel or LibreOffice), of CSV files in the long form the export writes, and of exported workbooks'
 * "Số liệu" sheet.
 *
 * preview() reads every file and compares it with the plan: nothing is written. changes() turns a
 * settled preview into the values, tasks and collection records to write; apply() writes them in one
 * store transaction (the window wraps that in one undo step, ui/collect/ImportCommand).
 */
class CollectImport
{
    Q_DECLARE_TR_FUNCTIONS(CollectImport)
public:
    struct Options
    {
        QString expectedPeriod; ///< refuse workbooks made for another period (empty: any)
        QString importedBy;     ///< who imports (provenance)
        WorkbookLimits limits;
    };
    struct Changes
    {
        QList<Measurement> values;
        QList<Task> tasks;
        QMap<QString, QString> settings; ///< collection records (CollectStatus)
        bool isEmpty() const { return values.isEmpty() && tasks.isEmpty() && settings.isEmpty(); }
    };

    /// Reads @p paths and compares them with @p plan. Never writes.
    static CollectPreview preview(const CollectSnapshot &plan, const QStringList &paths,
                                  const Options &options);
    /// Refused rows and files are left out when @p skipRefused, else any refusal fails; an unsettled
    /// conflict always fails.
    static Result<Changes> changes(const CollectPreview &preview, bool skipRefused);
    /// Writes @p changes in one transaction.
    static Status apply(PlanStore &store, const Changes &changes);
    /// The settings key of @p unit's return for @p period (CollectStatus reads it).
    static QString returnKey(const QString &period, const CollectUnit &unit);
};

} // namespace dx
