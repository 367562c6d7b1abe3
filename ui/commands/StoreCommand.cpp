// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommand.h"

#include "document/PlanDocument.h"

namespace dx {

StoreCommand::StoreCommand(PlanDocument &document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void StoreCommand::redo()
{
    const Status s = apply();
    if (s) {
        m_done = true;
        return;
    }
    if (!m_done) {
        // Refused on first execution: nothing was stored; QUndoStack::push() drops an obsolete command.
        m_error = s.error().message;
        setObsolete(true);
    }
    m_document.reportError(s.error().message);
}

void StoreCommand::undo()
{
    const Status s = revert();
    if (!s)
        m_document.reportError(s.error().message);
}

} // namespace dx
