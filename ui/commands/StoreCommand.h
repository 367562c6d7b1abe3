// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: base of every undo command: redo and undo each call the store (one transaction each); a
// command whose first redo is refused marks itself obsolete, so QUndoStack::push() drops it and
// nothing reaches the history.
#include "domain/Result.h"

#include <QUndoCommand>

#include <functional>

namespace dx {

class PlanDocument;

class StoreCommand : public QUndoCommand
{
public:
    StoreCommand(PlanDocument &document, const QString &text);
    /// @p describe words the step in the current language; called again by retranslate().
    StoreCommand(PlanDocument &document, std::function<QString()> describe);

    /// Words the step again in the language now installed (the undo history follows a language switch).
    void retranslate();

    void redo() final;
    void undo() final;

    /// Why the first redo was refused (translated), empty if it succeeded.
    QString error() const { return m_error; }

protected:
    /// Replaces how the step is worded (a merge changes what it does) and words it now.
    void setDescription(std::function<QString()> describe);
    virtual Status apply() = 0;  ///< do (or redo) the change
    virtual Status revert() = 0; ///< undo it
    PlanDocument &document() const { return m_document; }

private:
    PlanDocument &m_document;
    std::function<QString()> m_describe;
    QString m_error;
    bool m_done = false;
};

} // namespace dx
