// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: an ordered group of tasks and solutions of a plan.
#include "Ids.h"

#include <QString>

namespace dx {

struct TaskGroup
{
    Id id = 0;
    int sortOrder = 0;
    QString title;
    QString titleEn;
    QString description;
    Id leadAgencyId = 0;
    /// The row's version in the file when this copy was read (0: not read from a file). A write of a
    /// copy whose version is no longer the stored one is refused (PlanStore, docs/architecture.md §4.1).
    qint64 version{};
};

} // namespace dx
