// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguageScope.h"

#include "i18n/Translations.h"

#include <QCoreApplication>

namespace dx {

ReportLanguageScope::ReportLanguageScope(ReportLanguage language)
{
    const QString wanted = ReportSettings::toKey(language);
    const QString current = Translations::currentLanguage();
    if (wanted == current || !QCoreApplication::instance())
        return;
    m_previous = current;
    Translations::install(*QCoreApplication::instance(), wanted);
}

ReportLanguageScope::~ReportLanguageScope()
{
    if (!m_previous.isEmpty() && QCoreApplication::instance())
        Translations::install(*QCoreApplication::instance(), m_previous);
}

} // namespace dx
