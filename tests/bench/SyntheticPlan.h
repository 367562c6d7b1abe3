// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the large synthetic plan every benchmark measures against (deterministic: seeded).
#include "store/PlanStore.h"

#include <QTextStream>
#include <memory>

namespace dxbench {

struct SyntheticSize
{
    int tasks = 2000;     ///< spread over 8 groups; every tenth task is a sub-task
    int indicators = 300; ///< of every kind in turn, a third measured per locality
    int measurements = 150000;
};

/// Creates the plan file @p path of @p size; nullptr (after saying why on @p out) on failure.
std::unique_ptr<dx::PlanStore> syntheticPlan(const QString &path, const SyntheticSize &size,
                                             QTextStream &out);

/// Peak resident memory of this process so far, in MiB.
double peakMemoryMiB();

} // namespace dxbench
