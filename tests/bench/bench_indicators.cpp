// Benchmarks of indicator statuses and the dashboard on a large synthetic plan (docs/indicators.md):
// 300 indicators and 150,000 recorded values by default.
#include "BenchRegistry.h"

#include "dashboard/DashboardPanel.h"
#include "document/PlanDocument.h"
#include "domain/Period.h"
#include "indicators/IndicatorStatusCache.h"
#include "store/PlanStore.h"
#include "views/IndicatorPanel.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <memory>

using namespace dx;

namespace {

/// Builds the synthetic plan: 12 localities, 20 agencies, 8 groups of 25 tasks, @p indicators
/// indicators of every kind (a third measured per locality) and @p values values spread evenly.
std::unique_ptr<PlanStore> syntheticPlan(const QString &path, int indicators, int values, QTextStream &out)
{
    Plan plan;
    plan.code = QStringLiteral("BENCH/1");
    plan.title = QStringLiteral("Kế hoạch thử tải");
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
            localities << st.insertLocality(Locality{0, QString::number(i), QStringLiteral("Huyện %1").arg(i), {},
                                                     LocalityKind::District, 0, i}).value();
        for (int i = 0; i < 20; ++i)
            agencies << st.insertAgency(Agency{0, QStringLiteral("Sở %1").arg(i), {}, {}, 0, false, i}).value();
        for (int g = 0; g < 8; ++g) {
            groups << st.insertGroup(TaskGroup{0, g + 1, QStringLiteral("Nhóm %1").arg(g + 1), {}, {}, 0}).value();
            for (int t = 0; t < 25; ++t) {
                Task task;
                task.groupId = groups.last();
                task.title = QStringLiteral("Nhiệm vụ %1.%2").arg(g + 1).arg(t + 1);
                task.leadAgencyId = agencies.at(random.bounded(20));
                task.startDate = QDate(2021, 6, 1);
                task.deadline = QDate(2022, 1, 1).addDays(random.bounded(3000));
                task.status = TaskStatus(random.bounded(3));
                if (task.status == TaskStatus::Done)
                    task.completionDate = task.deadline.addDays(random.bounded(60) - 30);
                if (task.completionDate.isValid() && task.completionDate < task.startDate)
                    task.completionDate = task.startDate;
                task.percentComplete = task.status == TaskStatus::Done ? 100 : random.bounded(90);
                if (const auto r = st.insertTask(task); !r)
                    return Status(r.error());
            }
        }
        for (int i = 0; i < indicators; ++i) {
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
            const double t25 = ind.kind == IndicatorKind::Rank ? 20 : ind.kind == IndicatorKind::Stage ? 1 : 60;
            const double t30 = ind.kind == IndicatorKind::Rank ? 15 : ind.kind == IndicatorKind::Stage ? 2 : 80;
            const Comparison c = ind.kind == IndicatorKind::Rank ? Comparison::AtMost : Comparison::AtLeast;
            ind.targets = {Target{0, 0, 2025, c, t25, 0, {}}, Target{0, 0, 2030, c, t30, 0, {}}};
            const auto id = st.insertIndicator(ind);
            if (!id)
                return Status(id.error());
            indicatorIds << id.value();
        }
        // Values: per indicator, quarters, halves and years 2016-2024 for the plan area and each
        // locality, as many as needed to reach the total.
        QStringList periods;
        for (int y = 2016; y <= 2024; ++y) {
            periods << QString::number(y) << QStringLiteral("%1-H1").arg(y) << QStringLiteral("%1-H2").arg(y);
            for (int q = 1; q <= 4; ++q)
                periods << QStringLiteral("%1-Q%2").arg(y).arg(q);
        }
        const int perIndicator = values / indicators;
        QList<Measurement> batch;
        for (int i = 0; i < indicators; ++i) {
            const IndicatorKind kind = IndicatorKind(i % 5);
            for (int n = 0; n < perIndicator; ++n) {
                Measurement m;
                m.indicatorId = indicatorIds.at(i);
                const int slot = n % (localities.size() + 1);
                m.localityId = slot == 0 ? 0 : localities.at(slot - 1);
                m.period = periods.at((n / (localities.size() + 1)) % periods.size());
                m.value = kind == IndicatorKind::Rank    ? 1 + random.bounded(40)
                          : kind == IndicatorKind::Stage ? random.bounded(3)
                                                         : random.bounded(100.0);
                m.estimate = random.bounded(5) == 0;
                m.recordedBy = QStringLiteral("bench");
                batch << m;
            }
        }
        return st.upsertMeasurements(batch);
    });
    if (!s) {
        out << "cannot fill plan: " << s.error().message << "\n";
        return nullptr;
    }
    return store;
}

int benchIndicators(const QStringList &args)
{
    QTextStream out(stdout);
    const int indicators = dxbench::intOption(args, QStringLiteral("--indicators"), 300);
    const int values = dxbench::intOption(args, QStringLiteral("--measurements"), 150000);
    const int runs = dxbench::intOption(args, QStringLiteral("--runs"), 20);
    QTemporaryDir dir;
    QElapsedTimer timer;
    timer.start();
    auto store = syntheticPlan(dir.filePath(QStringLiteral("bench.dxplan")), indicators, values, out);
    if (!store)
        return 1;
    out << "synthetic plan: " << indicators << " indicators, " << store->allMeasurements().size() << " values, "
        << store->tasks().size() << " tasks (built in " << timer.elapsed() << " ms)\n";

    PlanDocument document(std::move(store), QDate(2024, 6, 30));
    timer.restart();
    IndicatorStatusCache &cache = IndicatorStatusCache::of(document);
    const double loadMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    DashboardPanel dashboard(document);
    dashboard.resize(1400, 900);
    const double dashboardBuildMs = timer.nsecsElapsed() / 1e6;
    IndicatorPanel panel(document);
    panel.resize(1400, 900);

    QList<double> full, edit, editAndFull, refresh;
    const Id first = cache.indicators().first().id;
    panel.selectIndicator(first);
    for (int r = 0; r < runs; ++r) {
        timer.restart();
        cache.reassessAll();
        full << timer.nsecsElapsed() / 1e6;

        // One edit, end to end: undo command, SQL transaction, store signal, the edited indicator's
        // values re-read and re-assessed, its table row, tile, headline and chart updated.
        Measurement m;
        m.indicatorId = cache.indicators().at(r % cache.indicators().size()).id;
        m.period = QStringLiteral("2024");
        m.value = 50 + r;
        if (cache.indicator(m.indicatorId)->kind == IndicatorKind::Stage)
            m.value = r % 3;
        timer.restart();
        if (!document.setMeasurements({m}, {}, QStringLiteral("bench")))
            return 1;
        edit << timer.nsecsElapsed() / 1e6;

        // The goal's worst case: after that edit, recompute every status and rebuild the whole dashboard.
        timer.restart();
        cache.reassessAll();
        dashboard.refresh();
        editAndFull << timer.nsecsElapsed() / 1e6;

        timer.restart();
        dashboard.refresh();
        refresh << timer.nsecsElapsed() / 1e6;
    }
    // How much of a full recompute is reading period keys ("2023-Q3") alone.
    QList<double> parse;
    for (int r = 0; r < 3; ++r) {
        timer.restart();
        int valid = 0;
        for (const Indicator &i : cache.indicators())
            for (const Measurement &m : cache.measurements(i.id))
                valid += Period::parse(m.period).has_value();
        parse << timer.nsecsElapsed() / 1e6;
        if (valid == 0)
            return 1;
    }
    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "load values and assess all (once):            " << loadMs << " ms\n";
    out << "build the dashboard (once, " << dashboard.tiles().size() << " tiles):          " << dashboardBuildMs << " ms\n";
    out << "median of " << runs << " runs:\n";
    out << "  recompute every status:                     " << dxbench::median(full) << " ms\n";
    out << "  one edit, end to end (incremental):         " << dxbench::median(edit) << " ms\n";
    out << "  every status + whole dashboard after edit:  " << dxbench::median(editAndFull) << " ms\n";
    out << "  whole dashboard refresh alone:              " << dxbench::median(refresh) << " ms\n";
    out << "  parsing every period key once (in the above): " << dxbench::median(parse) << " ms\n";
    const bool met = dxbench::median(editAndFull) < 100.0;
    out << "goal (< 100 ms for every status + dashboard): " << (met ? "met" : "NOT met") << "\n";
    return 0;
}

} // namespace

DX_BENCH("indicators", "statuses and dashboard with 300 indicators and 150,000 values "
                       "[--indicators N] [--measurements N] [--runs N]",
         benchIndicators);
