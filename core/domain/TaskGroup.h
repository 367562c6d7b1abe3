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
};

} // namespace dx
