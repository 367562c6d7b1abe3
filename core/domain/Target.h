// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: a target an indicator must reach in a year.
#include "Enums.h"
#include "Ids.h"

#include <QString>

namespace dx {

struct Target
{
    Id id = 0;
    Id indicatorId = 0;
    int year = 0;
    Comparison comparison = Comparison::AtLeast;
    double value = 0.0; ///< for a Stage indicator: the stage number each locality in scope must reach
    Id localityId = 0;  ///< 0: applies to the plan area, or to each locality in scope
    QString note;       ///< e.g. "by end of 2021"
};

} // namespace dx
