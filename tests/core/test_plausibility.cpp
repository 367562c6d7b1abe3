// SPDX-License-Identifier: GPL-3.0-or-later
// Plausibility warnings: allowed but unlikely data is pointed out, never refused (table-driven).
#include "analysis/Plausibility.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

struct TaskCase
{
    const char *name;
    TaskStatus status;
    int percent;
    QDate completion;
    QList<PlausibilityWarning::Kind> expected;
};

using K = PlausibilityWarning::Kind;
const QDate kAsOf(2025, 6, 30);

const TaskCase kTaskCases[] = {
    {"not started at 40 %", TaskStatus::NotStarted, 40, {}, {K::StatusVsPercent}},
    {"not started at 0 %", TaskStatus::NotStarted, 0, {}, {}},
    {"in progress at 40 %", TaskStatus::InProgress, 40, {}, {}},
    {"in progress at 100 %", TaskStatus::InProgress, 100, {}, {K::StatusVsPercent}},
    {"done at 100 % on time", TaskStatus::Done, 100, QDate(2025, 3, 1), {}},
    {"done at 80 %", TaskStatus::Done, 80, QDate(2025, 3, 1), {K::StatusVsPercent}},
    {"done after the as-of date", TaskStatus::Done, 100, QDate(2025, 9, 1), {K::CompletionAfterAsOf}},
    {"a completion date but in progress",
     TaskStatus::InProgress,
     50,
     QDate(2025, 3, 1),
     {K::CompletionVsStatus}},
};

TEST(Plausibility, TaskRules)
{
    for (const TaskCase &c : kTaskCases) {
        Task t;
        t.id = 7;
        t.status = c.status;
        t.percentComplete = c.percent;
        t.completionDate = c.completion;
        QList<K> kinds;
        for (const PlausibilityWarning &w : Plausibility::task(t, kAsOf)) {
            kinds << w.kind;
            EXPECT_EQ(w.taskId, 7);
            EXPECT_FALSE(w.message.isEmpty());
        }
        EXPECT_EQ(kinds, c.expected) << c.name;
    }
}

Measurement value(const char *period, double v, Id locality = 0)
{
    Measurement m;
    m.indicatorId = 3;
    m.localityId = locality;
    m.period = QString::fromLatin1(period);
    m.value = v;
    return m;
}

TEST(Plausibility, AValueFallingFrom86To12Point5IsPointedOut)
{
    Indicator share;
    share.id = 3;
    share.code = QStringLiteral("CQS-01");
    share.kind = IndicatorKind::Share;
    // Given out of order: compared with the previous period of the same length and locality.
    const auto warnings =
        Plausibility::values(share, {value("2024", 12.5), value("2023", 86), value("2022", 80),
                                     value("2024-Q1", 10), value("2023", 40, 5), value("2024", 45, 5)});
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings[0].kind, K::ValueJump);
    EXPECT_EQ(warnings[0].period, QStringLiteral("2024"));
    EXPECT_EQ(warnings[0].indicatorId, 3);
    EXPECT_TRUE(warnings[0].message.contains(QStringLiteral("86"))) << warnings[0].message.toStdString();
    // Within the share: nothing.
    EXPECT_TRUE(Plausibility::values(share, {value("2023", 86), value("2024", 60)}).isEmpty());
    EXPECT_EQ(Plausibility::values(share, {value("2023", 86), value("2024", 60)}, 0.2).size(), 1);
    // Ranks move in steps: 40 -> 15 is progress, not an error.
    Indicator rank = share;
    rank.kind = IndicatorKind::Rank;
    EXPECT_TRUE(Plausibility::values(rank, {value("2022", 40), value("2023", 15)}).isEmpty());
}

} // namespace
} // namespace dx
