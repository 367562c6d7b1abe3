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
};

} // namespace dx
