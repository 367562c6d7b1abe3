// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextSearch.h"

#include <QStringList>

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

bool matchesFolded(const QString &foldedText, const QString &query)
{
    const QStringList words = foldForSearch(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &w : words)
        if (!foldedText.contains(w))
            return false;
    return true;
}

} // namespace dx
