// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommand.h"

#include "document/PlanDocument.h"

namespace dx {

StoreCommand::StoreCommand(PlanDocument &document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

StoreCommand::StoreCommand(PlanDocument &document, std::function<QString()> describe)
    : QUndoCommand(describe()), m_document(document), m_describe(std::move(describe))
{
}

void StoreCommand::retranslate()
{
    if (m_describe)
        setText(m_describe());
}

void StoreCommand::setDescription(std::function<QString()> describe)
{
    m_describe = std::move(describe);
    setText(m_describe());
}

void StoreCommand::redo()
{
    const Status s = apply();
    if (s) {
        m_done = true;
        return;
    }
    const bool stale = s.error().code == Error::Code::Stale;
    QString message = s.error().message;
    if (!m_done) {
        // Refused on first execution: nothing was stored; QUndoStack::push() drops an obsolete command.
        m_error = message;
        setObsolete(true);
    } else if (stale) {
        // Another program changed what this step would redo: the step cannot be redone any more, and the
        // stack drops it (QUndoStack::redo() removes a command that became obsolete).
        setObsolete(true);
        message = QObject::tr("Cannot redo “%1”: %2").arg(text(), message);
    }
    if (stale)
        m_document.refreshFromFile(); // show what the other program wrote
    m_document.reportError(message);
}

void StoreCommand::undo()
{
    const Status s = revert();
    if (s)
        return;
    QString message = s.error().message;
    if (s.error().code == Error::Code::Stale) {
        // Another program changed what this step would undo: refused like any stale write, and the step
        // leaves the history (QUndoStack::undo() removes a command that became obsolete), so the stack
        // never claims a state the file does not hold.
        setObsolete(true);
        message = QObject::tr("Cannot undo “%1”: %2").arg(text(), message);
        m_document.refreshFromFile();
    }
    m_document.reportError(message);
}

} // namespace dx
