// SPDX-License-Identifier: GPL-3.0-or-later
// What a planner expects of a desktop program: Ctrl+P prints the view in front, a written PDF is named in
// the status bar with "Open folder", a whole date can be typed over a selected date, and a past reporting
// period is chosen directly, whatever the "as of" date.
#include "dialogs/DataCheckDialog.h"
#include "models/NavigationModel.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "print/PrintActions.h"
#include "ui_fixture.h"
#include "views/IndicatorPanel.h"
#include "views/NavigationPanel.h"
#include "views/OptionalDateEdit.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrintDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

namespace dx::test {
namespace {

using WindowHabits = WindowFixture;

QAction *actionWithShortcut(QWidget *window, const QKeySequence &keys)
{
    for (QAction *a : window->findChildren<QAction *>())
        if (a->shortcuts().contains(keys))
            return a;
    return nullptr;
}

TEST_F(WindowHabits, CtrlPPrintsTheViewInFront)
{
    QAction *print = actionWithShortcut(window.get(), QKeySequence(QKeySequence::Print));
    ASSERT_NE(print, nullptr) << "no action on Ctrl+P";
    for (PrintActions::View v :
         {PrintActions::View::Dashboard, PrintActions::View::Tasks, PrintActions::View::Indicators}) {
        if (v == PrintActions::View::Indicators)
            continue; // needs a chosen indicator: checked below
        EXPECT_TRUE(bool(window->printActions()->pagesOf(v)));
    }
    // The print dialog opens for the view in front; cancelled here.
    bool dialogShown = false;
    QTimer::singleShot(300, [&] {
        if (auto *d = qobject_cast<QPrintDialog *>(QApplication::activeModalWidget())) {
            dialogShown = true;
            d->reject();
        }
    });
    window->findChild<QTabWidget *>()->setCurrentWidget(window->taskPanel());
    print->trigger();
    EXPECT_TRUE(dialogShown);
}

TEST_F(WindowHabits, AWrittenPdfIsNamedInTheStatusBarWithOpenFolder)
{
    const QString path = dir.filePath(QStringLiteral("báo cáo.pdf"));
    emit window->printActions()->pdfWritten(path);
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("báo cáo.pdf")))
        << window->statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(dir.path())));
    ASSERT_NE(window->openFolderButton(), nullptr);
    EXPECT_TRUE(window->openFolderButton()->isVisible());
    window->statusBar()->clearMessage();
    EXPECT_FALSE(window->openFolderButton()->isVisible()) << "the button goes with its message";
}

TEST_F(WindowHabits, AWholeDateCanBeTypedOverASelectedDate)
{
    OptionalDateEdit edit;
    edit.setDate(QDate(2025, 12, 31), QDate(2025, 12, 31));
    edit.show();
    QDateEdit *date = edit.dateEdit();
    date->setFocus();
    QApplication::setActiveWindow(&edit);
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("30062024"));
    EXPECT_EQ(edit.date(), QDate(2024, 6, 30));
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("01/02/2023"));
    EXPECT_EQ(edit.date(), QDate(2023, 2, 1));
    QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(date, QStringLiteral("3/6/2024"));
    EXPECT_EQ(edit.date(), QDate(2024, 6, 3));
}

TEST_F(WindowHabits, APastReportingPeriodIsChosenDirectly)
{
    const auto periods = window->printActions()->reportingPeriods();
    ASSERT_FALSE(periods.isEmpty());
    EXPECT_EQ(periods.first().first, Period::year(fixedAsOf().year())) << "the as-of year first";
    QStringList keys;
    for (const auto &p : periods)
        keys << p.first.key();
    // Resolution 06 starts in 2021: every year, half and quarter since, without moving "as of".
    for (const char *k : {"2021", "2021-H1", "2022-Q3", "2024-H2", "2025"})
        EXPECT_TRUE(keys.contains(QLatin1String(k))) << k;
    EXPECT_FALSE(keys.contains(QStringLiteral("2027"))) << "no period after the as-of year";
    EXPECT_EQ(keys.size(), (fixedAsOf().year() - doc().plan().startYear + 1) * 7);
}

/// The ids in the order @p model shows them (rows of the top level and, for a tree, their children).
QList<Id> order(const QAbstractItemModel *model, int idRole, const QModelIndex &parent = {})
{
    QList<Id> out;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        out << i.data(idRole).toLongLong();
        out << order(model, idRole, i);
    }
    return out;
}

TEST_F(WindowHabits, UndoPutsADeletedTaskBackAtItsPlaceInEveryView)
{
    const QAbstractItemModel *view = window->taskPanel()->proxy();
    const QAbstractItemModel *tree = window->navigationPanel()->model();
    const QList<Id> tableBefore = order(view, TaskTableModel::IdRole);
    const QList<Id> treeBefore = order(tree, NavigationModel::IdRole);
    QList<Id> cacheBefore;
    for (const Task &t : doc().tasks())
        cacheBefore << t.id;
    // A task in the middle of the second group, not its first.
    Id victim = 0;
    const Id group = doc().groups().value(1).id;
    int seen = 0;
    for (const Task &t : doc().tasks())
        if (t.groupId == group && t.parentId == 0 && ++seen == 2)
            victim = t.id;
    ASSERT_NE(victim, 0);
    ASSERT_TRUE(doc().removeTasks({victim}));
    EXPECT_FALSE(order(view, TaskTableModel::IdRole).contains(victim));
    doc().undoStack()->undo();
    EXPECT_EQ(order(view, TaskTableModel::IdRole), tableBefore) << "the task table";
    EXPECT_EQ(order(tree, NavigationModel::IdRole), treeBefore) << "the navigation tree";
    QList<Id> cacheAfter;
    for (const Task &t : doc().tasks())
        cacheAfter << t.id;
    EXPECT_EQ(cacheAfter, cacheBefore) << "the document's order";

    // The restored task's history names the delete once: the line keeping its whole row (for reports of
    // earlier dates) is not shown.
    window->detailsPanel()->showTask(victim);
    const QTreeWidget *history = window->detailsPanel()->historyView();
    int deletes = 0;
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QString text = history->topLevelItem(i)->text(0);
        EXPECT_FALSE(text.contains(QLatin1Char('{'))) << text.toStdString();
        if (history->topLevelItem(i)->data(0, TaskDetailsPanel::FieldRole).toString() ==
            TaskDetailsPanel::tr("Deleted"))
            ++deletes;
    }
    EXPECT_EQ(deletes, 1);
}

TEST_F(WindowHabits, SearchFindsGroupNamesAndRanksExactTitlesFirst)
{
    TaskFilterProxy *proxy = window->taskPanel()->proxy();
    // A group title: every task of the group is found, typed without diacritics.
    TaskGroup g;
    g.title = QStringLiteral("Phát triển chính quyền số");
    Id group = 0;
    ASSERT_TRUE(doc().addGroup(g, &group));
    for (const char *title : {"Số hóa hồ sơ chính quyền", "Xây dựng chính quyền số cấp xã", "Chính quyền số",
                              "Kho dữ liệu dùng chung", "Chính quyền số cấp huyện"}) {
        Task t;
        t.groupId = group;
        t.title = QString::fromUtf8(title);
        ASSERT_TRUE(doc().addTask(t));
    }
    proxy->setSearchText(QStringLiteral("kho du lieu dung chung phat trien chinh quyen"));
    QStringList found;
    for (int r = 0; r < proxy->rowCount(); ++r)
        found << proxy->index(r, TaskTableModel::TitleColumn).data(Qt::EditRole).toString();
    EXPECT_TRUE(found.contains(QStringLiteral("Kho dữ liệu dùng chung")))
        << "words from the title and from the group's name";
    proxy->setSearchText(QStringLiteral("chinh quyen so"));
    ASSERT_GE(proxy->rowCount(), 5);
    const auto title = [&](int row) {
        return proxy->index(row, TaskTableModel::TitleColumn).data(Qt::EditRole).toString();
    };
    EXPECT_EQ(title(0), QStringLiteral("Chính quyền số")) << "the exact title first";
    EXPECT_EQ(title(1), QStringLiteral("Chính quyền số cấp huyện")) << "then the prefix";
    EXPECT_EQ(title(2), QStringLiteral("Xây dựng chính quyền số cấp xã")) << "then the phrase";
    // Sorted by a column, the best matches still come first.
    proxy->sort(TaskTableModel::TitleColumn, Qt::DescendingOrder);
    EXPECT_EQ(title(0), QStringLiteral("Chính quyền số"));
    // Cleared: the plan's order again.
    proxy->sort(-1);
    proxy->setSearchText(QString());
    QList<Id> plan;
    for (const Task &t : doc().tasks())
        plan << t.id;
    EXPECT_EQ(order(proxy, TaskTableModel::IdRole), plan);
    // The highlighted cell paints without trouble (the delegate lays the matches out itself).
    proxy->setSearchText(QStringLiteral("chinh quyen"));
    window->taskPanel()->view()->viewport()->grab();
}

TEST_F(WindowHabits, ImplausibleDataIsWarnedInTheRowAndListedNeverRefused)
{
    Task t;
    t.groupId = doc().groups().first().id;
    t.title = QStringLiteral("Việc chưa triển khai mà đã làm 40%");
    t.status = TaskStatus::NotStarted;
    t.percentComplete = 40;
    Id id = 0;
    ASSERT_TRUE(doc().addTask(t, &id)) << "a warning, not a refusal";
    // A value falling from 86 to 12.5.
    const Indicator share = [&] {
        for (const Indicator &i : doc().indicators())
            if (i.kind == IndicatorKind::Share && i.scope == Scope::Plan)
                return i;
        return Indicator{};
    }();
    ASSERT_NE(share.id, 0);
    Measurement a, b;
    a.indicatorId = b.indicatorId = share.id;
    a.period = QStringLiteral("2022");
    a.value = 86;
    b.period = QStringLiteral("2023");
    b.value = 12.5;
    ASSERT_TRUE(doc().setMeasurements({a, b}, {}, QStringLiteral("test")));

    // In the row: the percent cell carries a warning icon and says why.
    TaskTableModel *model = window->taskPanel()->model();
    const QModelIndex percent = model->index(model->rowOf(id), TaskTableModel::PercentColumn);
    EXPECT_FALSE(percent.data(Qt::DecorationRole).isNull());
    EXPECT_TRUE(percent.data(Qt::ToolTipRole).toString().contains(QStringLiteral("40")));

    // In the list: both, and it follows a correction.
    window->showDataCheck();
    DataCheckDialog *check = window->dataCheckDialog();
    ASSERT_NE(check, nullptr);
    const auto lines = [&] {
        QStringList out;
        for (int i = 0; i < check->list()->topLevelItemCount(); ++i)
            out << check->list()->topLevelItem(i)->text(0) + QStringLiteral(" | ") +
                       check->list()->topLevelItem(i)->text(1);
        return out.join(QLatin1Char('\n'));
    };
    EXPECT_TRUE(lines().contains(t.title)) << lines().toStdString();
    EXPECT_TRUE(lines().contains(share.code)) << lines().toStdString();
    ASSERT_TRUE(doc().setTaskField({id}, TaskField::Status, int(TaskStatus::InProgress)));
    EXPECT_FALSE(lines().contains(t.title)) << "corrected: gone from the list";
    // Double-click on the value's line goes to the indicator.
    for (int i = 0; i < check->list()->topLevelItemCount(); ++i)
        if (check->list()->topLevelItem(i)->text(0).startsWith(share.code))
            emit check->list()->itemActivated(check->list()->topLevelItem(i), 0);
    EXPECT_EQ(window->indicatorPanel()->currentIndicator(), share.id);
}

} // namespace
} // namespace dx::test
