// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the words core computes for people (chart legends, captions, status words) in one language: the
// window's, or a report's own. A report in English can then be painted while the window is in Vietnamese
// (and the reverse) without touching the application's installed translator.
#include "ReportSettings.h"

#include <QLocale>
#include <QString>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTranslator;
QT_END_NAMESPACE

namespace dx {

/**
 * Translates strings marked in core with QT_TRANSLATE_NOOP(context, text) and formats numbers, either
 * in the user interface's language or in a fixed language.
 *
 * The fixed languages read the program's built-in catalogue (:/i18n/dxplanner_vi.qm, embedded by dxcore)
 * through a QTranslator of their own that is called directly and never installed, so nothing else in
 * the program changes language. Copies share the loaded catalogue.
 */
class Vocabulary
{
public:
    /// The user interface's language: QCoreApplication::translate() through the installed translators,
    /// numbers in the default QLocale, both as they are when a word is asked for (screens).
    Vocabulary();
    /// @p language whatever the window's: Vietnamese from the built-in catalogue, English the source
    /// text; numbers in vi_VN (1.234,5) or en_GB (1,234.5).
    explicit Vocabulary(ReportLanguage language);

    /// @p sourceText of @p context in this vocabulary's language; the source text when the catalogue
    /// has no translation for it.
    QString translate(const char *context, const char *sourceText) const;
    /// The locale of numbers and dates.
    QLocale locale() const;
    /// A value with at most @p decimals decimals, trailing zeros dropped ("1.234,5"; never "-0").
    QString number(double value, int decimals = 2) const;
    /// The fixed language; empty for the user interface's.
    std::optional<ReportLanguage> language() const { return m_language; }
    /// Whether the fixed language's catalogue was found (always true for English and for the interface).
    bool hasCatalogue() const;

private:
    std::optional<ReportLanguage> m_language;
    std::shared_ptr<const QTranslator> m_catalogue; ///< Vietnamese only
};

} // namespace dx
