// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks of the foundation and the workspace (docs/performance.md):
//   dxbench make-plan FILE            writes the synthetic plan (2,000 tasks, 300 indicators, 150,000 values)
//   dxbench open FILE                 opening it up to the first window's data being ready, and peak memory
//                                     (--until-ready stops there, for profiling)
//   dxbench workspace FILE            one task edit (command -> committed -> displayed) and one filter
//                                     keystroke, each 100 times: median and worst
// Run make-plan and open as separate processes so the peak memory is the opening's alone.
#include "BenchRegistry.h"
#include "SyntheticPlan.h"

#include "app/MainWindow.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorStatusCache.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "views/TaskTablePanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <cstdlib>

using namespace dx;

namespace {

void report(QTextStream &out, const QString &what, QList<double> samples)
{
    const auto worst = std::max_element(samples.cbegin(), samples.cend());
    QList<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    out << what << ": median " << QString::number(dxbench::median(samples), 'f', 2) << " ms, 95th percentile "
        << QString::number(sorted.at(int(sorted.size() * 0.95) - 1), 'f', 2) << " ms, worst "
        << QString::number(*worst, 'f', 2) << " ms (run " << (worst - samples.cbegin()) + 1 << ") over "
        << samples.size() << " runs\n";
}

int makePlan(const QStringList &args)
{
    QTextStream out(stdout);
    const QString path = args.value(0);
    if (path.isEmpty() || QFileInfo::exists(path)) {
        out << "usage: dxbench make-plan NEW_FILE [--tasks N] [--indicators N] [--measurements N]\n";
        return 2;
    }
    dxbench::SyntheticSize size;
    size.tasks = dxbench::intOption(args, QStringLiteral("--tasks"), size.tasks);
    size.indicators = dxbench::intOption(args, QStringLiteral("--indicators"), size.indicators);
    size.measurements = dxbench::intOption(args, QStringLiteral("--measurements"), size.measurements);
    QElapsedTimer timer;
    timer.start();
    auto store = dxbench::syntheticPlan(path, size, out);
    if (!store)
        return 1;
    out << "wrote " << path << ": " << store->tasks().size() << " tasks, " << store->indicators().size()
        << " indicators, " << store->allMeasurements().size() << " values in " << timer.elapsed() << " ms ("
        << QFileInfo(path).size() / 1024 << " KiB)\n";
    return 0;
}

int openPlan(const QStringList &args)
{
    QTextStream out(stdout);
    const QString path = args.value(0);
    QElapsedTimer timer;
    timer.start();
    // As the application opens it: header, application id and version checked here, quick_check in a
    // worker thread while the window is built and after. The window is ready (usable) once painted: the
    // planner reads, navigates and filters while the check runs, and the store holds any write until it
    // passed (PlanStore::write), so the check is off the critical path (issue 13). When it passed is
    // printed too.
    auto store = PlanStore::open(path, PlanStore::IntegrityCheck::InBackground);
    if (!store) {
        out << store.error().message << "\n";
        return 2;
    }
    const double opened = double(timer.nsecsElapsed()) / 1e6;
    MainWindow window;
    window.setPlan(std::move(store.value()), QDate(2024, 6, 30));
    const double built = double(timer.nsecsElapsed()) / 1e6;
    window.show();
    QApplication::processEvents(); // first paint: the window's data is on screen
    const double painted = double(timer.nsecsElapsed()) / 1e6;
    const double ready = painted;
    if (args.contains(QStringLiteral("--until-ready"))) { // for profiling the opening alone
        out << "first window ready in " << QString::number(ready, 'f', 1) << " ms\n";
        out.flush();
        std::_Exit(0);
    }
    const bool sound = window.document()->store().waitForIntegrity().ok(); // the quick_check passed
    const double checked = double(timer.nsecsElapsed()) / 1e6;
    out << "window built in " << QString::number(built - opened, 'f', 1) << " ms, shown and painted in "
        << QString::number(painted - built, 'f', 1) << " ms, quick_check done "
        << QString::number(checked - painted, 'f', 1) << " ms after that" << (sound ? "" : " (DAMAGED)")
        << "\n";
    IndicatorStatusCache::of(*window.document()).waitForLoad();
    QApplication::processEvents();
    const double statuses = double(timer.nsecsElapsed()) / 1e6;
    out << "open " << path << ": file opened in " << QString::number(opened, 'f', 1)
        << " ms; first window ready in " << QString::number(ready, 'f', 1)
        << " ms; every indicator status in " << QString::number(statuses, 'f', 1)
        << " ms; quick_check passed in " << QString::number(checked, 'f', 1) << " ms; "
        << window.taskPanel()->model()->rowCount() << " tasks shown; peak memory "
        << QString::number(dxbench::peakMemoryMiB(), 'f', 1) << " MiB\n";
    return 0;
}

int workspace(const QStringList &args)
{
    QTextStream out(stdout);
    auto store = PlanStore::open(args.value(0));
    if (!store) {
        out << store.error().message << "\n";
        return 2;
    }
    const int runs = dxbench::intOption(args, QStringLiteral("--runs"), 100);
    MainWindow window;
    window.setPlan(std::move(store.value()), QDate(2024, 6, 30));
    PlanDocument &doc = *window.document();
    window.show();
    TaskTablePanel *panel = window.taskPanel();
    if (auto *tabs = window.findChild<QTabWidget *>()) // the table is on screen: "displayed" is real
        tabs->setCurrentWidget(panel);
    IndicatorStatusCache::of(doc).waitForLoad(); // the statuses arrive once after opening: not an edit's cost
    QApplication::processEvents();

    // One edit: command -> one BEGIN IMMEDIATE transaction with its change-log line -> store signal ->
    // one row's dataChanged -> the table repainted.
    const QList<Task> tasks = doc.store().tasks();
    QList<double> edits, commits, repaints;
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        Task t = tasks.at((i * 37) % tasks.size());
        t.percentComplete = (t.percentComplete + 7) % 100;
        if (t.status == TaskStatus::Done)
            t.percentComplete = 100;
        t.notes = QStringLiteral("bench %1").arg(i);
        panel->selectTask(t.id);
        QApplication::processEvents();
        timer.start();
        doc.editTasks({t}, {TaskField::PercentComplete, TaskField::Notes});
        const double committed = double(timer.nsecsElapsed()) / 1e6;
        QApplication::processEvents(); // the event loop paints what changed, as in the application
        edits << double(timer.nsecsElapsed()) / 1e6;
        commits << committed;
        timer.start();
        panel->view()->viewport()->repaint();
        repaints << double(timer.nsecsElapsed()) / 1e6;
    }
    report(out, QStringLiteral("task edit, committed and displayed (%1 tasks)").arg(tasks.size()), edits);
    report(out, QStringLiteral("  of which committed, models and panels updated, before painting"), commits);
    report(out, QStringLiteral("  for comparison: repainting the whole visible table"), repaints);

    // One filter keystroke: the search box text grows by a letter, the proxy refilters 2,000 rows and
    // the table repaints.
    const QString query = QStringLiteral("chinh quyen so cap xa ");
    QList<double> keys;
    for (int i = 0; i < runs; ++i) {
        const int len = i % query.size() + 1;
        timer.start();
        panel->proxy()->setSearchText(query.left(len));
        panel->view()->viewport()->repaint();
        keys << double(timer.nsecsElapsed()) / 1e6;
    }
    report(out, QStringLiteral("filter keystroke (%1 rows)").arg(panel->model()->rowCount()), keys);
    return 0;
}

} // namespace

DX_BENCH("make-plan", "write the synthetic plan: make-plan FILE [--tasks N --indicators N --measurements N]",
         makePlan);
DX_BENCH("open", "open FILE up to the first window's data, with peak memory", openPlan);
DX_BENCH("workspace", "workspace FILE: one task edit and one filter keystroke, median and worst of 100",
         workspace);
