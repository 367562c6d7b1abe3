// SPDX-License-Identifier: GPL-3.0-or-later
// The directory of agencies and people, and the preferences, through their real widgets (issue 3).
#include "ui_fixture.h"

#include "dialogs/DirectoryDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "i18n/Translations.h"
#include "models/TaskTableModel.h"
#include "views/AgencyPicker.h"
#include "views/TaskTablePanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace dx;
using dx::test::WindowFixture;

namespace {

int rowOfAgency(QTableWidget *table, const QString &shortName)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->text() == shortName)
            return r;
    return -1;
}

} // namespace

TEST_F(WindowFixture, RenamingAnAgencyShowsInEveryTaskAndUndoes)
{
    DirectoryDialog dialog(doc(), window.get());
    QTableWidget *table = dialog.agencyTable();
    const int row = rowOfAgency(table, QStringLiteral("Sở TT&TT"));
    ASSERT_GE(row, 0);
    const Id id = table->item(row, 0)->data(Qt::UserRole).toLongLong();
    table->item(row, 1)->setText(QStringLiteral("Sở KH&CN (cũ TT&TT)")); // the short name shown in tables

    TaskTableModel *model = window->taskPanel()->model();
    int shown = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->taskAt(r).leadAgencyId == id) {
            EXPECT_EQ(model->index(r, TaskTableModel::LeadAgencyColumn).data().toString(),
                      QStringLiteral("Sở KH&CN (cũ TT&TT)"));
            ++shown;
        }
    EXPECT_GT(shown, 5);
    for (const Agency &a : reopen()->agencies()) {
        if (a.id == id) {
            EXPECT_EQ(a.shortName, QStringLiteral("Sở KH&CN (cũ TT&TT)"));
        }
    }

    doc().undoStack()->undo();
    EXPECT_EQ(doc().agencyName(id), QStringLiteral("Sở TT&TT"));
}

TEST_F(WindowFixture, MergingDuplicateAgenciesMovesTheirTasksAndUndoRestoresThem)
{
    Id duplicate = 0;
    Agency dup;
    dup.name = QStringLiteral("Sở Thông tin & Truyền thông");
    ASSERT_TRUE(doc().addAgency(dup, &duplicate));
    Task t = store().tasks().at(2);
    const Id originalLead = t.leadAgencyId;
    t.leadAgencyId = duplicate;
    ASSERT_TRUE(doc().editTasks({t}, TaskFields::all()));

    DirectoryDialog dialog(doc(), window.get());
    const int kept = rowOfAgency(dialog.agencyTable(), QStringLiteral("Sở TT&TT"));
    int dupRow = -1;
    for (int r = 0; r < dialog.agencyTable()->rowCount(); ++r)
        if (dialog.agencyTable()->item(r, 0)->data(Qt::UserRole).toLongLong() == duplicate)
            dupRow = r;
    ASSERT_GE(kept, 0);
    ASSERT_GE(dupRow, 0);
    const Id keptId = dialog.agencyTable()->item(kept, 0)->data(Qt::UserRole).toLongLong();
    ASSERT_TRUE(dialog.mergeRows(kept, dupRow));

    auto file = reopen();
    EXPECT_EQ(file->task(t.id)->leadAgencyId, keptId);
    for (const Agency &a : file->agencies())
        EXPECT_NE(a.id, duplicate) << "the duplicate is gone";

    doc().undoStack()->undo(); // the merge
    file = reopen();
    EXPECT_EQ(file->task(t.id)->leadAgencyId, duplicate);
    doc().undoStack()->undo(); // the task edit
    EXPECT_EQ(reopen()->task(t.id)->leadAgencyId, originalLead);
}

TEST_F(WindowFixture, TypingAnUnknownAgencyOffersToAddIt)
{
    AgencyPicker picker(doc(), AgencyPicker::Kind::Agency);
    picker.setCurrentText(QStringLiteral("Ban Quản lý dự án chuyển đổi số"));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_TRUE(box->text().contains(QStringLiteral("Ban Quản lý dự án chuyển đổi số")));
        box->button(QMessageBox::Yes)->click();
    });
    const Id id = picker.resolve();
    ASSERT_NE(id, 0);
    EXPECT_EQ(doc().agencyName(id), QStringLiteral("Ban Quản lý dự án chuyển đổi số"));
    bool inFile = false;
    for (const Agency &a : reopen()->agencies())
        inFile |= a.id == id;
    EXPECT_TRUE(inFile);
    // Without diacritics, an existing short name is found, no question asked.
    picker.setCurrentText(QStringLiteral("so noi vu"));
    EXPECT_EQ(doc().agencyName(picker.resolve(false)), QStringLiteral("Sở Nội vụ"));
}

TEST_F(WindowFixture, LanguageSwitchRetranslatesWithoutLosingWork)
{
    Task t = store().tasks().first();
    t.notes = QStringLiteral("ghi chú chưa mất");
    ASSERT_TRUE(doc().editTasks({t}, TaskFields::all()));
    const int steps = doc().undoStack()->count();

    PreferencesDialog prefs(doc().asOf(), window.get());
    prefs.languageBox()->setCurrentIndex(prefs.languageBox()->findData(QStringLiteral("vi")));
    prefs.apply(doc());
    QCoreApplication::processEvents();
    EXPECT_EQ(Translations::currentLanguage(), QStringLiteral("vi"));
    EXPECT_EQ(window->menuBar()->actions().first()->text(), QStringLiteral("&Tệp"));
    EXPECT_EQ(
        window->taskPanel()->model()->headerData(TaskTableModel::DeadlineColumn, Qt::Horizontal).toString(),
        QStringLiteral("Thời hạn"));
    EXPECT_EQ(doc().undoStack()->count(), steps) << "the undo history survives the switch";
    EXPECT_EQ(reopen()->task(t.id)->notes, QStringLiteral("ghi chú chưa mất"));

    prefs.languageBox()->setCurrentIndex(prefs.languageBox()->findData(QStringLiteral("en")));
    prefs.apply(doc());
    QCoreApplication::processEvents();
    EXPECT_EQ(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
}
