// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

#include <QCoreApplication>
#include <QTranslator>

namespace dx {

Vocabulary::Vocabulary() = default;

Vocabulary::Vocabulary(ReportLanguage language) : m_language(language)
{
    if (language != ReportLanguage::Vietnamese)
        return; // English is the source language: no catalogue needed
    auto catalogue = std::make_shared<QTranslator>();
    if (catalogue->load(QStringLiteral(":/i18n/dxplanner_vi.qm")))
        m_catalogue = std::move(catalogue);
}

QString Vocabulary::translate(const char *context, const char *sourceText) const
{
    if (!m_language)
        return QCoreApplication::translate(context, sourceText);
    if (m_catalogue) {
        const QString translated = m_catalogue->translate(context, sourceText);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(sourceText);
}

QLocale Vocabulary::locale() const
{
    if (!m_language)
        return QLocale();
    return *m_language == ReportLanguage::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                     : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString Vocabulary::number(double value, int decimals) const
{
    const QLocale l = locale();
    QString text = l.toString(value, 'f', decimals);
    const QString point = l.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    if (text == QLatin1String("-0"))
        text = QStringLiteral("0");
    return text;
}

bool Vocabulary::hasCatalogue() const
{
    return m_language != ReportLanguage::Vietnamese || m_catalogue != nullptr;
}

} // namespace dx
