// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettingsCommand.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QObject>

namespace dx {

ReportSettingsCommand::ReportSettingsCommand(PlanDocument &document, QMap<QString, QString> before,
                                             QMap<QString, QString> after)
    : StoreCommand(document, [] { return QObject::tr("Change the report settings"); }),
      m_before(std::move(before)), m_after(std::move(after))
{
}

Status ReportSettingsCommand::apply()
{
    return document().store().setSettings(m_after);
}
Status ReportSettingsCommand::revert()
{
    return document().store().setSettings(m_before);
}

} // namespace dx
