// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace dx {
namespace {

// The installed translators (ours, and Qt's for Vietnamese) live as long as the application; replaced on a
// language switch. They are owned by the QCoreApplication object (parented), not by global state.
const char *const kTranslatorName = "dx-translator";

void installCatalogue(QCoreApplication &app, const QString &path)
{
    auto translator = std::make_unique<QTranslator>(&app);
    translator->setObjectName(QString::fromLatin1(kTranslatorName));
    if (translator->load(path))
        QCoreApplication::installTranslator(translator.release());
}

} // namespace

QString Translations::preferredLanguage()
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    if (chosen == QLatin1String("vi") || chosen == QLatin1String("en"))
        return chosen;
    return QLocale::system().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

void Translations::setPreferredLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
}

void Translations::install(QCoreApplication &app, const QString &language)
{
    // Both catalogues go and come together, so a switch never leaves Qt's dialogs in the other language.
    for (QTranslator *old : app.findChildren<QTranslator *>(QString::fromLatin1(kTranslatorName))) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QString lang = language == QLatin1String("vi") ? QStringLiteral("vi") : QStringLiteral("en");
    installCatalogue(app, QStringLiteral(":/i18n/dxplanner_%1.qm").arg(lang));
    // Qt's own buttons, menus and dialogs. Qt 6.4 has no qtbase_vi, so the program carries one
    // (resources/translations/qtbase_vi.ts); Qt's strings are English already, so English needs none.
    // Installed last, it is asked first, and it answers only in Qt's contexts.
    if (lang == QLatin1String("vi"))
        installCatalogue(app, QStringLiteral(":/i18n/qtbase_vi.qm"));
    QLocale::setDefault(lang == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString Translations::currentLanguage()
{
    return QLocale().language() == QLocale::Vietnamese ? QStringLiteral("vi") : QStringLiteral("en");
}

} // namespace dx
