// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog of the program fits a 1366x768 laptop screen (less a taskbar and the title bar), in
// Vietnamese and in English: what does not fit scrolls inside the dialog.
#include "collect/CollectStatusDialog.h"
#include "collect/ImportPreviewDialog.h"
#include "dialogs/BulkEditDialog.h"
#include "dialogs/DirectoryDialog.h"
#include "dialogs/GroupDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "i18n/Translations.h"
#include "indicators/IndicatorDialog.h"
#include "io/CollectPreview.h"
#include "print/PrintActions.h"
#include "print/ReportPeriodDialog.h"
#include "print/ReportSettingsDialog.h"
#include "report/ReportSettings.h"
#include "ui_fixture.h"

#include <functional>

namespace dx::test {
namespace {

// 768 px less a 40 px taskbar and about 30 px of window title: what a dialog may take.
constexpr int kMaxWidth = 1366;
constexpr int kMaxHeight = 768 - 40 - 30;

using DialogSizes = WindowFixture;

TEST_F(DialogSizes, EveryDialogFitsA1366x768Screen)
{
    const Indicator indicator = doc().indicators().first();
    const std::pair<const char *, std::function<QDialog *()>> dialogs[] = {
        {"report settings",
         [&] {
             return new ReportSettingsDialog(ReportSettings::fromMap(store().settings()), doc().plan().place,
                                             window.get());
         }},
        {"reporting period",
         [&] {
             return new ReportPeriodDialog(window->printActions()->reportingPeriods(),
                                           ReportSettings::fromMap(store().settings()), fixedAsOf(),
                                           window.get());
         }},
        {"preferences", [&] { return new PreferencesDialog(fixedAsOf(), window.get()); }},
        {"agencies and people", [&] { return new DirectoryDialog(doc(), window.get()); }},
        {"group", [&] { return new GroupDialog(doc(), doc().groups().first(), window.get()); }},
        {"bulk edit", [&] { return new BulkEditDialog(doc(), 3, window.get()); }},
        {"indicator", [&] { return new IndicatorDialog(doc(), indicator, {}, window.get()); }},
        {"collection status",
         [&] { return new CollectStatusDialog(store(), QStringLiteral("2025"), window.get()); }},
        {"import preview", [&] { return new ImportPreviewDialog(CollectPreview(), window.get()); }},
    };
    for (const char *language : {"vi", "en"}) {
        Translations::install(*QCoreApplication::instance(), QString::fromLatin1(language));
        for (const auto &[name, make] : dialogs) {
            std::unique_ptr<QDialog> d(make());
            d->show();
            QTest::qWait(10);
            const QSize size = d->frameGeometry().size();
            EXPECT_LE(size.width(), kMaxWidth) << name << " (" << language << ")";
            EXPECT_LE(size.height(), kMaxHeight)
                << name << " (" << language << "): " << size.height() << " px";
            EXPECT_LE(d->minimumSizeHint().height(), kMaxHeight) << name << " cannot shrink to fit";
        }
    }
    Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

} // namespace
} // namespace dx::test
