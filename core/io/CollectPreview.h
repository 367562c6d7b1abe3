// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the dry run of an import of returned files: per file and per row what would change, computed
// without writing (CollectImport::preview).
#include "CollectPreviewFile.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace dx {

class CollectPreview
{
    Q_DECLARE_TR_FUNCTIONS(CollectPreview)
public:
    QList<CollectPreviewFile> files;

    int count(CollectPreviewRow::Outcome outcome) const;
    int refusedFiles() const;
    /// Conflicts nobody settled yet.
    int undecidedConflicts() const;
    int writes() const;

    /// Every conflict not yet settled is settled @p resolution.
    void settleAll(CollectPreviewRow::Resolution resolution);

    /// The summary for a terminal: one line per file, then each conflict and refusal with its address.
    QString toText() const;
    /// The same as JSON (stable keys, for scripts).
    QJsonObject toJson() const;
    /// A row's outcome in words (translated).
    static QString outcomeName(CollectPreviewRow::Outcome outcome);
    /// The outcome's stable key for JSON ("new", "changed", "unchanged", "conflict", "refused").
    static QString outcomeKey(CollectPreviewRow::Outcome outcome);
};

} // namespace dx
