// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of collection through workbooks (docs/collecting-data.md): making the workbooks of 32 units of
// the 300-indicator synthetic plan, and importing them back filled (preview, then one transaction).
// Every indicator is measured per locality over 32 localities, so 32 locality workbooks ask for
// 300 values each (9,600 in all). The workbooks are filled by openpyxl (python3-openpyxl), not timed.
//
// The two steps are measured apart, each in a process of its own (this program started again with
// --step), so that each peak memory is that step's alone and not the synthetic plan's building:
//   dxbench collect [--scale N] [--units 32] [--indicators 300]   prepare, make, fill, import
//   dxbench collect --step prepare|make|import --dir DIR ...       one step on the plan in DIR
// --scale multiplies the synthetic plan (tasks, indicators, values); the units stay 32.
#include "BenchRegistry.h"
#include "SyntheticPlan.h"

#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectWorkbookWriter.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

using namespace dx;

namespace {

/// User plus system CPU time of this process so far, in ms: the machine these run on is shared, and
/// wall time then says little.
double cpuMs()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
            double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0);
#else
    return 0.0;
#endif
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

QString planPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("bench.dxplan"));
}

QString workbookDir(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("workbooks"));
}

/// The synthetic plan, scaled, with as many localities as units and every indicator measured in each.
int prepare(const QString &dir, int scale, int indicators, int units, QTextStream &out)
{
    auto store =
        dxbench::syntheticPlan(planPath(dir), {2000 * scale, indicators * scale, 150000 * scale}, out);
    if (!store)
        return 1;
    const Status prepared = store->bulkWrite([&](PlanStore &st) {
        QList<Locality> places = st.localities();
        for (int i = int(places.size()); i < units; ++i) {
            const auto id = st.insertLocality(Locality{
                0, QString::number(i), QStringLiteral("Huyện %1").arg(i), {}, LocalityKind::District, 0, i});
            if (!id)
                return Status(id.error());
        }
        QList<Id> all;
        for (const Locality &l : st.localities())
            all << l.id;
        for (Indicator ind : st.indicators()) {
            ind.scope = Scope::Localities;
            ind.localityIds = all;
            if (const Status s = st.updateIndicator(ind); !s)
                return s;
        }
        return success();
    });
    if (!prepared) {
        out << "cannot prepare the plan: " << prepared.error().message << "\n";
        return 1;
    }
    out << "synthetic plan x" << scale << ": " << store->indicators().size() << " indicators, "
        << store->localities().size() << " localities, " << store->allMeasurements().size()
        << " values; peak " << dxbench::peakMemoryMiB() << " MiB\n";
    return 0;
}

std::unique_ptr<PlanStore> openPlan(const QString &dir, QTextStream &out)
{
    auto opened = PlanStore::open(planPath(dir));
    if (!opened) {
        out << opened.error().message << "\n";
        return nullptr;
    }
    return std::move(opened.value());
}

/// The workbooks of @p units localities, timed from opening the plan; then filled by openpyxl (not
/// timed, another process).
int make(const QString &dir, int units, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    const QString load = loadAverage();
    auto store = openPlan(dir, out);
    if (!store)
        return 1;
    const QString workbooks = workbookDir(dir);
    QDir(workbooks).removeRecursively();
    QDir().mkpath(workbooks);
    const CollectSnapshot plan = CollectSnapshot::read(*store);
    QList<CollectUnit> chosen = plan.units(CollectUnit::Kind::Locality).mid(0, units);
    CollectWorkbookWriter::Options options;
    options.period = Period::year(2026);
    options.made = QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
    int rows = 0;
    for (const CollectUnit &u : chosen) {
        const Status s = CollectWorkbookWriter::write(
            plan, u, options, QDir(workbooks).filePath(CollectWorkbookWriter::fileName(u)));
        if (!s) {
            out << s.error().message << "\n";
            return 1;
        }
        rows += int(plan.rows(u).size());
    }
    out << "collect: " << chosen.size() << " workbooks, " << rows << " rows in " << timer.elapsed()
        << " ms wall, " << cpuMs() - cpu0 << " ms CPU (user+sys; opening the plan and its snapshot "
        << "included); peak " << dxbench::peakMemoryMiB() << " MiB (whole process); load " << load << "\n";
    out.flush();

    const QString script = QDir(qEnvironmentVariable("DX_SOURCE_DIR", QStringLiteral(".")))
                               .filePath(QStringLiteral("tests/data/collect/fill_bench.py"));
    QProcess fill;
    fill.start(QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                     : QStringLiteral("python3"),
               {script, workbooks});
    if (!fill.waitForFinished(1800000) || fill.exitCode() != 0) {
        out << "filling with openpyxl failed (set DX_SOURCE_DIR to the source tree): "
            << QString::fromUtf8(fill.readAllStandardError()) << "\n";
        return 1;
    }
    return 0;
}

/// The import of every workbook in the folder: opening the plan, the preview and one transaction.
int import(const QString &dir, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuMs();
    const QString load = loadAverage();
    auto store = openPlan(dir, out);
    if (!store)
        return 1;
    QStringList files;
    for (const QFileInfo &f :
         QDir(workbookDir(dir)).entryInfoList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
        files << f.filePath();
    CollectImport::Options importOptions;
    importOptions.importedBy = QStringLiteral("bench");
    const CollectPreview preview =
        CollectImport::preview(CollectSnapshot::read(*store), files, importOptions);
    const qint64 previewMs = timer.elapsed();
    const double previewCpu = cpuMs() - cpu0;
    auto changes = CollectImport::changes(preview, false);
    if (!changes) {
        out << changes.error().message << "\n" << preview.toText().left(2000) << "\n";
        return 1;
    }
    const Status written = CollectImport::apply(*store, changes.value());
    if (!written) {
        out << written.error().message << "\n";
        return 1;
    }
    out << "import: " << files.size() << " workbooks, " << changes->values.size() << " values: preview "
        << previewMs << " ms wall, " << previewCpu << " ms CPU; with one transaction " << timer.elapsed()
        << " ms wall, " << cpuMs() - cpu0 << " ms CPU (user+sys; opening the plan included); peak "
        << dxbench::peakMemoryMiB() << " MiB (whole process); load " << load << "\n";
    return 0;
}

int benchCollect(const QStringList &args)
{
    QTextStream out(stdout);
    const int scale = qMax(1, dxbench::intOption(args, QStringLiteral("--scale"), 1));
    const int indicators = dxbench::intOption(args, QStringLiteral("--indicators"), 300);
    const int units = dxbench::intOption(args, QStringLiteral("--units"), 32);
    const QString step = dxbench::option(args, QStringLiteral("--step"));
    const QString given = dxbench::option(args, QStringLiteral("--dir"));
    if (step == QLatin1String("prepare"))
        return prepare(given, scale, indicators, units, out);
    if (step == QLatin1String("make"))
        return make(given, units, out);
    if (step == QLatin1String("import"))
        return import(given, out);
    if (!step.isEmpty()) {
        out << "--step takes prepare, make or import\n";
        return 2;
    }
    // Every step in a process of its own, so that each peak is its own.
    QTemporaryDir temporary;
    const QString dir = given.isEmpty() ? temporary.path() : given;
    for (const char *s : {"prepare", "make", "import"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("collect"), QStringLiteral("--step"), QString::fromLatin1(s),
                     QStringLiteral("--dir"), dir, QStringLiteral("--scale"), QString::number(scale),
                     QStringLiteral("--indicators"), QString::number(indicators), QStringLiteral("--units"),
                     QString::number(units)});
        if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            return 1;
    }
    return 0;
}

} // namespace

DX_BENCH("collect",
         "collect workbooks for 32 units and import them back filled, each step in its own process "
         "(--scale, --units, --indicators, --step, --dir)",
         benchCollect);
