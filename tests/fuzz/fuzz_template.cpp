// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a template/JSON export file as the planner gives it to `dxplanner new --template`. Parsed,
// read strictly and imported into one plan, always rolled back so every input starts from the same plan.
#include "FuzzSupport.h"
#include "domain/Plan.h"
#include "io/PlanImporter.h"
#include "store/PlanStore.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

dx::PlanStore &store()
{
    static std::unique_ptr<dx::PlanStore> s = [] {
        dx::Plan p;
        p.code = QStringLiteral("FUZZ");
        p.title = QStringLiteral("Fuzz");
        auto r = dx::PlanStore::create(dx::fuzz::scratch().filePath(QStringLiteral("fuzz.dxplan")), p);
        if (!r)
            std::abort();
        return std::move(r).value();
    }();
    return *s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dx::fuzz::ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto doc = dx::PlanImporter::parse(bytes, QStringLiteral("fuzz.json"));
    if (!doc)
        return 0;
    const auto plan = dx::PlanImporter::planOf(doc.value());
    if (!plan)
        return 0;
    (void)store().bulkWrite([&](dx::PlanStore &s) {
        (void)dx::PlanImporter::import(doc.value(), s);
        return dx::Status::fail(dx::Error::Code::Invalid, QStringLiteral("rolled back"));
    });
    return 0;
}
