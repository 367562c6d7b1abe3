// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: an agency (unit) that leads or cooperates on tasks or owns indicators.
#include "Ids.h"

#include <QString>

namespace dx {

struct Agency
{
    Id id = 0;
    QString name;      ///< full name, e.g. "Sở Thông tin và Truyền thông"
    QString shortName; ///< what planners type, e.g. "Sở TT&TT"
    QString nameEn;
    Id localityId = 0;    ///< for local people's committees
    bool retired = false; ///< kept for history, hidden from pickers
    int sortOrder = 0;

    /// The short name when there is one, else the full name.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    /// The name an English document prints: the English name, else displayName().
    QString englishName() const { return nameEn.trimmed().isEmpty() ? displayName() : nameEn.trimmed(); }
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
