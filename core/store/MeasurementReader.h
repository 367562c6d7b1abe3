// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: reads a plan's recorded values in bulk through SQLite's C API, on a read-only connection of
// its own to the file behind a QtSql connection.
#include "domain/Measurement.h"

#include <functional>

class QSqlDatabase;

namespace dx {

/**
 * The bulk read of every value (status, the window's status cache, the report, exports): by indicator,
 * then period, then locality, which is the order of the key index (schema version 6), so SQLite walks
 * the index and sorts nothing.
 *
 * Why the C API and not QtSql: at 1.5 million values QtSql's per-row cost (a QVariant per column, every
 * text column converted to UTF-16 by SQLite, then copied) was most of `dxplanner status`. Here each text
 * column is decoded from UTF-8 once per distinct run: a value with the same text as the row before (the
 * same source, the same person, the same import) shares that string, which also keeps a large plan's
 * values smaller in memory. libsqlite3 is a packaged non-GUI library (docs/architecture.md §1).
 *
 * Its own connection, not QtSql's handle: where Qt's SQLite driver carries SQLite compiled in (Windows),
 * that handle belongs to another copy of the library than the one linked here. The connection is opened
 * with the same file name and flags as the QtSql one (read-only, URI, immutable), so it sees the same file.
 */
class MeasurementReader
{
public:
    enum class Outcome
    {
        Done,         ///< every row was visited (or @p visit asked to stop)
        NotAvailable, ///< the file could not be read this way; nothing was visited: read it through QtSql
    };
    /// Calls @p visit with each value of the file behind @p db in key order until it returns false.
    /// Sees what is committed: never call it inside a write transaction of @p db.
    static Outcome forEach(const QSqlDatabase &db, const std::function<bool(const Measurement &)> &visit);
};

} // namespace dx
