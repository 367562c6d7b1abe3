// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundledFonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QStringList>

namespace dx {

bool registerBundledFonts()
{
    static const char *const files[] = {
        "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",    "NotoSerif-BoldItalic.ttf",
        "NotoSans-Regular.ttf",  "NotoSans-Bold.ttf",  "NotoSansMath-Regular.ttf"};
    bool ok = true;
    for (const char *file : files)
        ok = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/") + QLatin1String(file)) >= 0 && ok;
    // Noto Serif and Noto Sans lack the mathematical operators of targets ("≥ 80", "≤ 20"): fall back to
    // the bundled Noto Sans Math before any system font, so every PDF embeds only fonts we ship.
    for (const QString &family : {documentFontFamily(), chartFontFamily()})
        if (!QFont::substitutes(family).contains(QStringLiteral("Noto Sans Math")))
            QFont::insertSubstitution(family, QStringLiteral("Noto Sans Math"));
    return ok;
}

QString documentFontFamily()
{
    return QStringLiteral("Noto Serif");
}

QString chartFontFamily()
{
    return QStringLiteral("Noto Sans");
}

} // namespace dx
