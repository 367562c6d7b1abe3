// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a file the planner opens as a plan (a USB stick, an e-mail attachment). Inspected, and when
// it passes, opened read-only and read through every reader the window and the commands use.
#include "FuzzSupport.h"
#include "io/PlanExporter.h"
#include "io/PlanImporter.h"
#include "store/PlanFile.h"
#include "store/PlanStore.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    dx::fuzz::ensureApplication();
    // DX_FUZZ_WRITE_SEED=<path>: write a sound plan made from the bundled template there and exit
    // (tests/fuzz/run.sh seeds the corpus with it).
    const QString seed = qEnvironmentVariable("DX_FUZZ_WRITE_SEED");
    if (!seed.isEmpty())
        std::exit(dx::PlanImporter::createFromTemplate(seed, QStringLiteral("resolution-06")) ? 0 : 1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = dx::fuzz::scratch().filePath(QStringLiteral("input.dxplan"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    if (!dx::PlanFile::inspect(path))
        return 0;
    auto store = dx::PlanStore::open(path, dx::PlanStore::IntegrityCheck::BeforeOpening,
                                     dx::PlanStore::Access::ReadOnly);
    if (!store)
        return 0;
    (void)store.value()->checkIntegrity();
    (void)dx::PlanExporter::toJson(*store.value());
    (void)store.value()->allMeasurements();
    (void)store.value()->changeLog();
    return 0;
}
