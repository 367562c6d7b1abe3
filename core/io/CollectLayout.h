// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: where things are in a collection workbook: the 0-based columns of its two data sheets.
// Written by CollectWorkbookWriter, read back by CollectImport; one place so the two cannot drift.

namespace dx::collect_layout {

/// Row 0 of each data sheet holds the headers; data rows start at 1.
constexpr int kHeaderRow = 0;

namespace values {
constexpr int Code = 0, Name = 1, Unit = 2, Locality = 3, LastValue = 4, LastPeriod = 5, Target = 6;
constexpr int Value = 7, Estimate = 8, Source = 9, Note = 10; ///< the cells the unit fills
constexpr int Count = 11;
} // namespace values

namespace tasks {
constexpr int Title = 0, Group = 1, Role = 2, Deadline = 3, CurrentStatus = 4, CurrentPercent = 5;
constexpr int Status = 6, Percent = 7, CompletionDate = 8, Output = 9, Note = 10; ///< filled by the unit
constexpr int Count = 11;
} // namespace tasks

} // namespace dx::collect_layout
