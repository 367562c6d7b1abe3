// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: base of every undo command: redo and undo each call the store (one transaction each); a
// command whose first redo is refused marks itself obsolete, so QUndoStack::push() drops it and
// nothing reaches the history.
#include "domain/Result.h"

#include <QUndoCommand>

namespace dx {

class PlanDocument;

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(PlanDocument &document, const QString &text);

    void redo() final;
    void undo() final;

    /// Why the first redo was refused (translated), empty if it succeeded.
    QString error() const { return m_error; }

protected:
    virtual Status apply() = 0;  ///< do (or redo) the change
    virtual Status revert() = 0; ///< undo it
    PlanDocument &document() const { return m_document; }

private:
    PlanDocument &m_document;
    QString m_error;
    bool m_done = false;
};

} // namespace dx
