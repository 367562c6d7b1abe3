// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: compares a plan file's schema (every table, column, index, trigger and view) with the one this
// build makes for the same version, so a dropped table or a foreign trigger is found before anything runs.
#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace dx {

/**
 * The expected schema of version N is not a second list kept by hand: it is read from a private in-memory
 * database built by running schema::migrationStatements(1..N), the very statements that create and
 * migrate plan files. A new migration is therefore checked as soon as it is added to Schema.cpp.
 */
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)
public:
    /// Empty when the schema of @p db is exactly the one of @p version, else one translated phrase naming
    /// the first difference, e.g. "the table measurement is missing" or "it has a foreign trigger x".
    /// Entries SQLite makes itself (sqlite_stat1 from ANALYZE) are allowed.
    static QString problem(const QSqlDatabase &db, int version);
};

} // namespace dx
