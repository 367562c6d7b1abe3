// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the import of returned workbooks as one undo step: values, task progress and the collection
// records in one transaction, and back.
#include "commands/StoreCommand.h"
#include "domain/Measurement.h"
#include "domain/Task.h"
#include "io/CollectImport.h"

#include <QMap>

namespace dx {

class ImportCommand : public StoreCommand
{
public:
    ImportCommand(PlanDocument &document, CollectImport::Changes changes, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    CollectImport::Changes m_changes;
    QList<Measurement> m_previous; ///< values replaced, with their provenance, to put back
    QList<Measurement> m_added;    ///< keys that had no value, to clear on undo
    QList<Task> m_previousTasks;
    QMap<QString, QString> m_previousSettings;
    // What the import left in the plan, which undo expects to find there (PlanStore, no lost update).
    QList<Measurement> m_writtenValues;
    QList<Task> m_writtenTasks;
    bool m_applied = false; ///< m_previous... are those of the first execution
    void rememberWritten();
};

} // namespace dx
