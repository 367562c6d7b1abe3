// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: search that ignores Vietnamese diacritics and case, as planners type without them:
// "so tt" finds "Sở TT&TT", "chinh quyen so" finds "chính quyền số".
#include <QString>

namespace dx {

/// Folds @p text for matching: NFD, drop combining marks, đ/Đ -> d, lower case, runs of spaces to one.
QString foldForSearch(const QString &text);

/// True when every word of @p query (folded) occurs in @p foldedText (already folded).
bool matchesFolded(const QString &foldedText, const QString &query);

} // namespace dx
