// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the undo step that changes the report settings kept in the plan (agencies, number, signer,
// recipients, format, language, sections, chart layout).
#include "StoreCommand.h"

#include <QMap>
#include <QString>

namespace dx {

class ReportSettingsCommand : public StoreCommand
{
public:
    /// @p before and @p after: the settings keys the command writes (PlanStore::settings() form).
    ReportSettingsCommand(PlanDocument &document, QMap<QString, QString> before,
                          QMap<QString, QString> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    QMap<QString, QString> m_before;
    QMap<QString, QString> m_after;
};

} // namespace dx
