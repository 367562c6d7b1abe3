// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a unit asked for figures and progress: an agency (department) or a locality (district).
#include "domain/Ids.h"

#include <QString>

namespace dx {

struct CollectUnit
{
    enum class Kind
    {
        Agency,
        Locality
    };
    Kind kind = Kind::Agency;
    Id id = 0;
    QString name; ///< full name, also the workbook's file name

    /// "agency" or "locality": the key written to the workbook and to the plan's settings.
    QString kindKey() const
    {
        return kind == Kind::Agency ? QStringLiteral("agency") : QStringLiteral("locality");
    }
    friend bool operator==(const CollectUnit &a, const CollectUnit &b)
    {
        return a.kind == b.kind && a.id == b.id;
    }
};

} // namespace dx
