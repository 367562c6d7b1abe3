// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the plan file's schema as an ordered list of migrations, and its identifying marks.
#include <QStringList>

namespace dx::schema {

/// PRAGMA application_id of every plan file: "DXP1". Lets us tell a plan from any other SQLite file.
constexpr int kApplicationId = 0x44585031;

/// The schema version this build writes. Files with a higher version are refused, never modified.
constexpr int kCurrentVersion = 7;

/// The statements that take a database from version @p toVersion - 1 to @p toVersion
/// (version 0 is an empty file). Each migration runs in one transaction.
QStringList migrationStatements(int toVersion);

} // namespace dx::schema
