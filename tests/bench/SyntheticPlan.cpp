// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticPlan.h"

#include <QRandomGenerator>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace dx;

namespace dxbench {

std::unique_ptr<PlanStore> syntheticPlan(const QString &path, const SyntheticSize &size, QTextStream &out)
{
    Plan plan;
    plan.code = QStringLiteral("BENCH/1");
    plan.title = QStringLiteral("Kế hoạch thử tải");
    plan.place = QStringLiteral("Hải Dương");
    plan.startYear = 2021;
    plan.endYear = 2030;
    plan.milestoneYears = {2025, 2030};
    auto created = PlanStore::create(path, plan);
    if (!created) {
        out << "cannot create plan: " << created.error().message << "\n";
        return nullptr;
    }
    std::unique_ptr<PlanStore> store = std::move(created.value());
    QRandomGenerator random(42);
    QList<Id> localities, agencies, groups, indicatorIds;
    const Status s = store->bulkWrite([&](PlanStore &st) {
        for (int i = 0; i < 12; ++i)
            localities << st.insertLocality(Locality{0,
                                                     QString::number(i),
                                                     QStringLiteral("Huyện %1").arg(i),
                                                     {},
                                                     LocalityKind::District,
                                                     0,
                                                     i})
                              .value();
        for (int i = 0; i < 40; ++i)
            agencies
                << st
                       .insertAgency(Agency{
                           0, QStringLiteral("Sở %1").arg(i), QStringLiteral("S%1").arg(i), {}, 0, false, i})
                       .value();
        for (int g = 0; g < 8; ++g)
            groups << st.insertGroup(
                            TaskGroup{0, g + 1, QStringLiteral("Nhóm nhiệm vụ %1").arg(g + 1), {}, {}, 0})
                          .value();
        Id lastTop = 0;
        for (int n = 0; n < size.tasks; ++n) {
            Task task;
            task.groupId = groups.at(n % 8);
            const bool sub = n % 10 == 9 && lastTop != 0;
            task.parentId = sub ? lastTop : 0;
            if (sub)
                task.groupId = st.task(lastTop)->groupId;
            task.sortOrder = n / 8 + 1;
            task.title =
                QStringLiteral("Nhiệm vụ %1: xây dựng chính quyền số, chuyển đổi số cấp xã").arg(n + 1);
            task.leadAgencyId = agencies.at(random.bounded(int(agencies.size())));
            task.cooperatingAgencyIds = {agencies.at(random.bounded(int(agencies.size())))};
            task.startDate = QDate(2021, 6, 1);
            task.deadline = QDate(2022, 1, 1).addDays(random.bounded(3000));
            task.status = TaskStatus(random.bounded(3));
            if (task.status == TaskStatus::Done)
                task.completionDate =
                    std::max(task.startDate, task.deadline.addDays(random.bounded(60) - 30));
            task.percentComplete = task.status == TaskStatus::Done ? 100 : random.bounded(90);
            task.output = QStringLiteral("Báo cáo, văn bản hướng dẫn");
            const auto id = st.insertTask(task);
            if (!id)
                return Status(id.error());
            if (!sub)
                lastTop = id.value();
        }
        for (int i = 0; i < size.indicators; ++i) {
            Indicator ind;
            ind.code = QStringLiteral("CT-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            ind.name = QStringLiteral("Chỉ tiêu %1").arg(i + 1);
            ind.unit = QStringLiteral("%");
            ind.sortOrder = i + 1;
            ind.kind = IndicatorKind(i % 5);
            ind.direction = ind.kind == IndicatorKind::Rank ? Direction::Decrease : Direction::Increase;
            ind.baselinePeriod = QStringLiteral("2020");
            ind.baselineValue = ind.kind == IndicatorKind::Rank ? 30.0 : 10.0;
            ind.rankOutOf = 63;
            ind.stageNames = {QStringLiteral("Cơ bản"), QStringLiteral("Hoàn thành")};
            const bool local = ind.kind == IndicatorKind::Stage || i % 3 == 0;
            ind.scope = local ? Scope::Localities : Scope::Plan;
            if (local)
                ind.localityIds = localities;
            const double t25 = ind.kind == IndicatorKind::Rank    ? 20
                               : ind.kind == IndicatorKind::Stage ? 1
                                                                  : 60;
            const double t30 = ind.kind == IndicatorKind::Rank    ? 15
                               : ind.kind == IndicatorKind::Stage ? 2
                                                                  : 80;
            const Comparison c = ind.kind == IndicatorKind::Rank ? Comparison::AtMost : Comparison::AtLeast;
            ind.targets = {Target{0, 0, 2025, c, t25, 0, {}}, Target{0, 0, 2030, c, t30, 0, {}}};
            const auto id = st.insertIndicator(ind);
            if (!id)
                return Status(id.error());
            indicatorIds << id.value();
        }
        QStringList periods;
        for (int y = 2016; y <= 2024; ++y) {
            periods << QString::number(y) << QStringLiteral("%1-H1").arg(y) << QStringLiteral("%1-H2").arg(y);
            for (int q = 1; q <= 4; ++q)
                periods << QStringLiteral("%1-Q%2").arg(y).arg(q);
        }
        const int perIndicator = size.indicators ? size.measurements / size.indicators : 0;
        QList<Measurement> batch;
        batch.reserve(size.measurements);
        for (int i = 0; i < size.indicators; ++i) {
            const IndicatorKind kind = IndicatorKind(i % 5);
            for (int n = 0; n < perIndicator; ++n) {
                Measurement m;
                m.indicatorId = indicatorIds.at(i);
                const int slot = n % int(localities.size() + 1);
                m.localityId = slot == 0 ? 0 : localities.at(slot - 1);
                m.period = periods.at((n / int(localities.size() + 1)) % periods.size());
                m.value = kind == IndicatorKind::Rank    ? 1 + random.bounded(40)
                          : kind == IndicatorKind::Stage ? random.bounded(3)
                                                         : random.bounded(100.0);
                m.estimate = random.bounded(5) == 0;
                m.recordedBy = QStringLiteral("bench");
                batch << m;
            }
        }
        return batch.isEmpty() ? success() : st.upsertMeasurements(batch);
    });
    if (!s) {
        out << "cannot fill plan: " << s.error().message << "\n";
        return nullptr;
    }
    return store;
}

double peakMemoryMiB()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
#else
    return 0.0;
#endif
}

} // namespace dxbench
