// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: while a report is painted, makes the strings the chart builder translates with tr() (legends,
// captions) and the default number format follow the report's language, then puts the user's
// language back. The report's own words come from ReportText, which needs no catalogue.
#include "report/ReportSettings.h"

#include <QString>

namespace dx {

class ReportLanguageScope
{
public:
    explicit ReportLanguageScope(ReportLanguage language);
    ~ReportLanguageScope();
    ReportLanguageScope(const ReportLanguageScope &) = delete;
    ReportLanguageScope &operator=(const ReportLanguageScope &) = delete;

private:
    QString m_previous; ///< empty: nothing was switched
};

} // namespace dx
