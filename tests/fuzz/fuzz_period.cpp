// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: period keys ("2024", "2024-H1", "2024-Q3") as typed in the window, on the command line
// (--period) and in imported files. A parsed period must print back to a key that parses to itself.
#include "domain/Period.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto p = dx::Period::parse(text);
    if (!p)
        return 0;
    const auto again = dx::Period::parse(p->key());
    if (!again || !(*again == *p))
        std::abort();
    return 0;
}
