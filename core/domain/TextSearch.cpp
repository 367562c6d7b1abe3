// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include <QStringList>

#include <algorithm>

namespace dx {

QString foldForSearch(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool lastSpace = true;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
            cat == QChar::Mark_Enclosing)
            continue;
        // đ and Đ are letters of their own, not d plus a mark: NFD leaves them alone.
        QChar f = (c == QChar(0x0111) || c == QChar(0x0110)) ? QLatin1Char('d') : c.toLower();
        if (f.isSpace()) {
            if (lastSpace)
                continue;
            f = QLatin1Char(' ');
            lastSpace = true;
        } else {
            lastSpace = false;
        }
        out.append(f);
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

MatchRank matchRank(const QString &title, const QString &query)
{
    const QString t = foldForSearch(title), q = foldForSearch(query);
    if (q.isEmpty())
        return MatchRank::Elsewhere;
    if (t == q)
        return MatchRank::Exact;
    if (t.startsWith(q))
        return MatchRank::Prefix;
    if (t.contains(q))
        return MatchRank::Phrase;
    return matchesFolded(t, q) ? MatchRank::Words : MatchRank::Elsewhere;
}

QList<std::pair<int, int>> matchRanges(const QString &text, const QString &query)
{
    // Fold character by character, remembering where each folded character came from: folding drops
    // marks and joins spaces, so the folded text is shorter than the original.
    QString folded;
    QList<int> from; // folded index -> index in text
    for (int i = 0; i < text.size(); ++i) {
        int n = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            n = 2;
        const QString f = foldForSearch(text.mid(i, n));
        for (const QChar c : f) {
            folded.append(c);
            from.append(i);
        }
        if (f.isEmpty() && text.at(i).isSpace() && !folded.endsWith(QLatin1Char(' '))) {
            folded.append(QLatin1Char(' '));
            from.append(i);
        }
        i += n - 1;
    }
    QList<std::pair<int, int>> out;
    for (const QString &w : foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        for (int at = folded.indexOf(w); at >= 0; at = folded.indexOf(w, at + int(w.size()))) {
            const int start = from.at(at);
            const int lastFolded = at + int(w.size()) - 1;
            int end = from.at(lastFolded) + 1;
            // Take the combining marks that follow the last letter ("ề" typed decomposed) along.
            while (end < text.size() && text.at(end).category() == QChar::Mark_NonSpacing)
                ++end;
            out.append({start, end - start});
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool matchesFolded(const QString &foldedText, const QString &query)
{
    const QStringList words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!foldedText.contains(w))
            return false;
    return true;
}

} // namespace dx
