// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of collection through workbooks (docs/collecting-data.md): making the workbooks of 32 units of
// the 300-indicator synthetic plan, and importing them back filled (preview, then one transaction).
// Every indicator is measured per locality over 32 localities, so 32 locality workbooks ask for
// 300 values each (9,600 in all). The workbooks are filled by openpyxl (python3-openpyxl), not timed.
#include "BenchRegistry.h"
#include "SyntheticPlan.h"

#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "io/CollectWorkbookWriter.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace dx;

namespace {

int benchCollect(const QStringList &args)
{
    QTextStream out(stdout);
    const int indicators = dxbench::intOption(args, QStringLiteral("--indicators"), 300);
    const int units = dxbench::intOption(args, QStringLiteral("--units"), 32);
    QTemporaryDir dir;
    auto store =
        dxbench::syntheticPlan(dir.filePath(QStringLiteral("bench.dxplan")), {2000, indicators, 150000}, out);
    if (!store)
        return 1;
    // As many localities as units, and every indicator measured in each of them.
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
    out << "synthetic plan: " << store->indicators().size() << " indicators, " << store->localities().size()
        << " localities, " << store->allMeasurements().size() << " values; peak so far "
        << dxbench::peakMemoryMiB() << " MiB\n";

    const QString workbooks = dir.filePath(QStringLiteral("workbooks"));
    QDir().mkpath(workbooks);
    QElapsedTimer timer;
    timer.start();
    // CPU time beside wall time: the machine these run on is shared, and wall time then says little.
    std::clock_t cpu = std::clock();
    auto cpuMs = [&cpu] { return double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC; };
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
        << " ms wall, " << cpuMs() << " ms CPU (snapshot included); peak " << dxbench::peakMemoryMiB()
        << " MiB\n";

    const QString script = QDir(qEnvironmentVariable("DX_SOURCE_DIR", QStringLiteral(".")))
                               .filePath(QStringLiteral("tests/data/collect/fill_bench.py"));
    QProcess fill;
    fill.start(QFileInfo::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                     : QStringLiteral("python3"),
               {script, workbooks});
    if (!fill.waitForFinished(600000) || fill.exitCode() != 0) {
        out << "filling with openpyxl failed (set DX_SOURCE_DIR to the source tree): "
            << QString::fromUtf8(fill.readAllStandardError()) << "\n";
        return 1;
    }

    QStringList files;
    for (const QFileInfo &f :
         QDir(workbooks).entryInfoList({QStringLiteral("*.xlsx")}, QDir::Files, QDir::Name))
        files << f.filePath();
    timer.restart();
    cpu = std::clock();
    CollectImport::Options importOptions;
    importOptions.importedBy = QStringLiteral("bench");
    const CollectPreview preview =
        CollectImport::preview(CollectSnapshot::read(*store), files, importOptions);
    const qint64 previewMs = timer.elapsed();
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
        << previewMs << " ms, preview + one transaction " << timer.elapsed() << " ms wall, " << cpuMs()
        << " ms CPU; peak " << dxbench::peakMemoryMiB() << " MiB\n";
    return 0;
}

} // namespace

DX_BENCH("collect", "collect workbooks for 32 units and import them back filled (--units, --indicators)",
         benchCollect);
