// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan document's own metadata (one per file).
#include <QDate>
#include <QList>
#include <QString>

namespace dx {

/// The resolution or programme a plan file tracks.
struct Plan
{
    QString code;    ///< document number, e.g. "06-NQ/TU"
    QString title;   ///< official title in the document's language
    QString titleEn; ///< English rendering (optional)
    QString docType; ///< e.g. "Nghị quyết"
    QString issuer;  ///< issuing body
    QDate issueDate;
    QString place;             ///< place name used in report headers, e.g. "Hải Dương"
    int startYear = 0;         ///< first year of the plan period
    int endYear = 0;           ///< last year of the orientation horizon
    QList<int> milestoneYears; ///< e.g. {2025, 2030}; ascending
    QString summary;
    QString legalRefs; ///< implementing documents, one per line
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
