// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: search that ignores Vietnamese diacritics and case, as planners type without them:
// "so tt" finds "Sở TT&TT", "chinh quyen so" finds "chính quyền số".
#include <QList>
#include <QString>

#include <utility>

namespace dx {

/// Folds @p text for matching: NFD, drop combining marks, đ/Đ -> d, lower case, runs of spaces to one.
QString foldForSearch(const QString &text);

/// True when every word of @p query (folded) occurs in @p foldedText (already folded).
bool matchesFolded(const QString &foldedText, const QString &query);

/// How well @p title matches @p query, both compared folded; lower is better. Exact and prefix matches
/// rank first, then the whole query as a phrase, then every word in the title; 4 for a match elsewhere
/// (in the notes, the agency, the group...).
enum class MatchRank
{
    Exact = 0,
    Prefix = 1,
    Phrase = 2,
    Words = 3,
    Elsewhere = 4
};
MatchRank matchRank(const QString &title, const QString &query);

/// Where the words of @p query occur in @p text, as (start, length) in @p text itself (not folded):
/// "chinh quyen" in "Xây dựng chính quyền số" gives the range of "chính quyền"'s two words.
QList<std::pair<int, int>> matchRanges(const QString &text, const QString &query);

} // namespace dx
