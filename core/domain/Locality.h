// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a place of the plan area (province, city, town, district, commune), in a hierarchy.
#include "Enums.h"
#include "Ids.h"

#include <QString>

namespace dx {

struct Locality
{
    Id id = 0;
    QString code;
    QString name; ///< e.g. "Thành phố Hải Dương"
    QString nameEn;
    LocalityKind kind = LocalityKind::Other;
    Id parentId = 0;
    int sortOrder = 0;
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
