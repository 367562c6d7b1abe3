// SPDX-License-Identifier: GPL-3.0-or-later
// dxcollect_dialogs: a test-only launcher (never installed) that opens the collection dialogs of the
// window on a plan, without going through the menus and file dialogs, so they can be looked at and
// screenshotted (docs/screenshots, docs/collecting-data.md):
//   dxcollect_dialogs preview PLAN RETURNED...   the import preview of the returned files
//   dxcollect_dialogs status PLAN PERIOD [agency|locality]   the collection status
// The language is the window's (DX_LANG=vi|en to choose); nothing is written to the plan.
#include "collect/CollectStatusDialog.h"
#include "collect/ImportPreviewDialog.h"
#include "i18n/Translations.h"
#include "io/CollectImport.h"
#include "io/CollectSnapshot.h"
#include "print/BundledFonts.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QComboBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DXPlanner"));
    QCoreApplication::setApplicationName(QStringLiteral("DXPlanner"));
    dx::registerBundledFonts();
    const QString language = qEnvironmentVariable("DX_LANG");
    dx::Translations::install(app, language.isEmpty() ? dx::Translations::preferredLanguage() : language);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    const QString what = args.value(1);
    if (args.size() < 4 || (what != QLatin1String("preview") && what != QLatin1String("status"))) {
        err << "usage: dxcollect_dialogs preview PLAN RETURNED... | status PLAN PERIOD [agency|locality]\n";
        return 1;
    }
    auto store = dx::PlanStore::open(args.at(2), dx::PlanStore::IntegrityCheck::BeforeOpening,
                                     dx::PlanStore::Access::ReadOnly);
    if (!store) {
        err << store.error().message << "\n";
        return 2;
    }
    if (what == QLatin1String("preview")) {
        dx::CollectImport::Options options;
        options.importedBy = qEnvironmentVariable("USER");
        dx::ImportPreviewDialog dialog(
            dx::CollectImport::preview(dx::CollectSnapshot::read(*store.value()), args.mid(3), options));
        return dialog.exec() == QDialog::Accepted ? 0 : 3;
    }
    dx::CollectStatusDialog dialog(*store.value(), args.at(3));
    if (args.value(4) == QLatin1String("locality"))
        if (auto *by = dialog.findChild<QComboBox *>())
            by->setCurrentIndex(1);
    return dialog.exec() == QDialog::Accepted ? 0 : 3;
}
