// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a person responsible for tasks.
#include "Ids.h"

#include <QString>

namespace dx {

struct Person
{
    Id id = 0;
    QString name;
    Id agencyId = 0;
    QString position;
    QString email;
    QString phone;
    bool retired = false;
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
