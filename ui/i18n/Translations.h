// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: loads the Vietnamese or English catalogues (ours and the Qt strings we show) and switches
// language at run time.
#include <QString>

class QCoreApplication;

namespace dx {

class Translations
{
public:
    /// "vi" or "en": the language chosen in Preferences, else the system's (Vietnamese if the system
    /// language is Vietnamese, English otherwise).
    static QString preferredLanguage();
    /// Remembers the choice for the next start.
    static void setPreferredLanguage(const QString &language);
    /// Installs the catalogues of @p language ("vi" or "en"): ours, and for Vietnamese also the one of Qt's
    /// own dialogs and menus (qtbase_vi); replaces any installed before, and sets the default QLocale so
    /// numbers and dates follow (vi: 1.234,5 and dd/MM/yyyy).
    static void install(QCoreApplication &app, const QString &language);
    static QString currentLanguage();
};

} // namespace dx
