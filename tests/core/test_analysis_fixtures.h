// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: small builders shared by the analysis tests, so each table row reads like the plan.
#include "domain/Enums.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Measurement.h"
#include "domain/Target.h"
#include "domain/Task.h"

#include <gtest/gtest.h>

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <string>
#include <utility>

namespace dx::analysis_test {

constexpr Id kIndicatorId = 1;

inline Target target(int year, Comparison comparison, double value, Id localityId = 0)
{
    Target t;
    t.indicatorId = kIndicatorId;
    t.year = year;
    t.comparison = comparison;
    t.value = value;
    t.localityId = localityId;
    return t;
}

/// A plan-scope indicator with id kIndicatorId. @p baselinePeriod empty: no baseline.
inline Indicator indicator(IndicatorKind kind, Direction direction, const char *baselinePeriod,
                           std::optional<double> baselineValue, QList<Target> targets)
{
    Indicator i;
    i.id = kIndicatorId;
    i.code = QStringLiteral("KTS-01");
    i.kind = kind;
    i.direction = direction;
    i.baselinePeriod = QString::fromLatin1(baselinePeriod);
    i.baselineValue = baselineValue;
    i.targets = std::move(targets);
    return i;
}

inline Measurement measurement(const char *period, double value, bool estimate = false, Id localityId = 0,
                               Id indicatorId = kIndicatorId)
{
    Measurement m;
    m.indicatorId = indicatorId;
    m.localityId = localityId;
    m.period = QString::fromLatin1(period);
    m.value = value;
    m.estimate = estimate;
    return m;
}

inline Task task(TaskStatus status, QDate deadline, QDate completion = {}, int percent = 0)
{
    Task t;
    t.status = status;
    t.deadline = deadline;
    t.completionDate = completion;
    t.percentComplete = percent;
    return t;
}

/// Names parameterised cases after their row's `name` field (gtest's own lambda parameter would
/// shadow one in a test's lambda under -Wshadow=local).
struct CaseName
{
    template <typename Row> std::string operator()(const ::testing::TestParamInfo<Row> &row) const
    {
        return row.param.name;
    }
};

} // namespace dx::analysis_test
