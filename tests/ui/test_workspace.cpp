// SPDX-License-Identifier: GPL-3.0-or-later
// The planner's workspace driven through its real widgets (issue 3): each test checks what the screen
// shows and what the file holds.
#include "ui_fixture.h"

#include "analysis/TaskState.h"
#include "dashboard/DashboardPanel.h"
#include "dialogs/BulkEditDialog.h"
#include "domain/TextSearch.h"
#include "models/NavigationModel.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "views/AgencyPicker.h"
#include "views/IndicatorPanel.h"
#include "views/MessageBanner.h"
#include "views/NavigationPanel.h"
#include "views/OptionalDateEdit.h"
#include "views/TaskActions.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace dx;
using dx::test::WindowFixture;

namespace {

/// Runs @p act on the next modal dialog as soon as it opens.
template <typename Act> void onNextModal(Act act)
{
    QTimer::singleShot(0, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) { // not open yet: try again shortly
            QTimer::singleShot(20, [act] {
                if (QWidget *m = QApplication::activeModalWidget())
                    act(m);
            });
            return;
        }
        act(modal);
    });
}

Id agencyIdByShortName(const PlanDocument &doc, const QString &shortName)
{
    for (const Agency &a : doc.agencies())
        if (a.shortName == shortName)
            return a.id;
    return 0;
}

int taskCountIn(PlanStore &store, Id groupId)
{
    int n = 0;
    for (const Task &t : store.tasks())
        n += t.groupId == groupId ? 1 : 0;
    return n;
}

} // namespace

TEST_F(WindowFixture, AddTaskWithKeyboardSetAgencyAndDeadlineThenUndoRedo)
{
    TaskTablePanel *panel = window->taskPanel();
    const int before = int(store().tasks().size());
    const Id firstGroup = doc().groups().first().id;
    window->navigationPanel()->selectGroup(firstGroup);

    // Ctrl+N adds a task and opens its title for typing.
    panel->view()->setFocus();
    QTest::keyClick(panel->view(), Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(int(store().tasks().size()), before + 1);
    QWidget *editor = QApplication::focusWidget();
    ASSERT_TRUE(qobject_cast<QLineEdit *>(editor)) << "the title editor should have the focus";
    qobject_cast<QLineEdit *>(editor)->selectAll();
    dx::test::typeText(editor, QStringLiteral("Triển khai nền tảng số cấp xã"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits through a queued call

    const Id id = panel->currentTaskId();
    ASSERT_NE(id, 0);
    EXPECT_EQ(store().task(id)->title, QStringLiteral("Triển khai nền tảng số cấp xã"));
    EXPECT_EQ(store().task(id)->groupId, firstGroup);
    const QModelIndex shown = panel->view()->currentIndex();
    EXPECT_EQ(shown.siblingAtColumn(TaskTableModel::TitleColumn).data().toString().trimmed(),
              QStringLiteral("Triển khai nền tảng số cấp xã"));

    // The details pane: type the agency's short name without diacritics, and pick a deadline.
    TaskDetailsPanel *details = window->detailsPanel();
    ASSERT_EQ(details->taskId(), id);
    QLineEdit *agencyText = details->leadPicker()->lineEdit();
    agencyText->setFocus();
    agencyText->selectAll();
    QTest::keyClicks(agencyText, QStringLiteral("so tt&tt"));
    QTest::keyClick(agencyText, Qt::Key_Return);
    const Id stttt = agencyIdByShortName(doc(), QStringLiteral("Sở TT&TT"));
    ASSERT_NE(stttt, 0);
    EXPECT_EQ(store().task(id)->leadAgencyId, stttt);
    EXPECT_EQ(
        panel->view()->currentIndex().siblingAtColumn(TaskTableModel::LeadAgencyColumn).data().toString(),
        QStringLiteral("Sở TT&TT"));

    OptionalDateEdit *deadline = details->deadlineEdit();
    deadline->findChild<QCheckBox *>()->click();
    deadline->dateEdit()->setDate(QDate(2026, 9, 30));
    emit deadline->edited();
    EXPECT_EQ(store().task(id)->deadline, QDate(2026, 9, 30));
    EXPECT_EQ(panel->view()->currentIndex().siblingAtColumn(TaskTableModel::DeadlineColumn).data().toString(),
              QLocale().toString(QDate(2026, 9, 30), QLocale::ShortFormat));
    EXPECT_EQ(reopen()->task(id)->deadline, QDate(2026, 9, 30)) << "committed to the file at once";

    // Undo the deadline (ticked, then picked: two steps), the agency, the title and the addition,
    // one step at a time (Ctrl+Z).
    QUndoStack *undo = doc().undoStack();
    ASSERT_EQ(undo->count(), 5);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(store().task(id)->deadline, QDate(2026, 9, 30));
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(store().task(id)->deadline.isValid());
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(store().task(id)->leadAgencyId, 0);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_FALSE(store().task(id).has_value());
    EXPECT_EQ(int(reopen()->tasks().size()), before);
    EXPECT_EQ(panel->model()->rowCount(), before);

    // Redo everything (Ctrl+Shift+Z and Ctrl+Y): the same task, same id, same values.
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(window.get(), Qt::Key_Y, Qt::ControlModifier);
    const auto again = reopen()->task(id);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->title, QStringLiteral("Triển khai nền tảng số cấp xã"));
    EXPECT_EQ(again->leadAgencyId, stttt);
    EXPECT_EQ(again->deadline, QDate(2026, 9, 30));
    EXPECT_EQ(panel->model()->rowCount(), before + 1);
}

TEST_F(WindowFixture, RefusedEditSaysWhyAndStoresNothing)
{
    TaskTablePanel *panel = window->taskPanel();
    const Task t = store().tasks().first();
    panel->selectTask(t.id);
    TaskDetailsPanel *details = window->detailsPanel();
    ASSERT_EQ(details->taskId(), t.id);
    ASSERT_TRUE(t.startDate.isValid());
    const int steps = doc().undoStack()->count();

    details->deadlineEdit()->dateEdit()->setDate(t.startDate.addDays(-1));
    emit details->deadlineEdit()->edited();

    EXPECT_EQ(store().task(t.id)->deadline, t.deadline) << "nothing stored";
    EXPECT_EQ(reopen()->task(t.id)->deadline, t.deadline);
    EXPECT_EQ(doc().undoStack()->count(), steps) << "a refused edit is no undo step";
    EXPECT_TRUE(window->banner()->isVisible());
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("deadline cannot be before the start")));
    EXPECT_EQ(details->deadlineEdit()->date(), t.deadline) << "the editor shows the stored value again";

    details->titleEdit()->setText(QStringLiteral("   "));
    emit details->titleEdit()->editingFinished();
    EXPECT_EQ(store().task(t.id)->title, t.title);
    EXPECT_TRUE(window->banner()->text().contains(QStringLiteral("needs a title")));
}

TEST_F(WindowFixture, MoveTaskToAnotherGroupByMenuAndDrop)
{
    const QList<TaskGroup> groups = doc().groups();
    Task t;
    for (const Task &x : store().tasks())
        if (x.groupId == groups[0].id && x.parentId == 0)
            t = x;
    ASSERT_NE(t.id, 0);
    window->taskPanel()->selectTask(t.id);

    // Move through the menu command (Ctrl+M asks for the group).
    onNextModal([](QWidget *dialog) {
        auto *combo = dialog->findChild<QComboBox *>();
        ASSERT_NE(combo, nullptr);
        combo->setCurrentIndex(4); // group 5
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window->taskActions()->moveToGroup->trigger();
    EXPECT_EQ(store().task(t.id)->groupId, groups[4].id);
    EXPECT_EQ(reopen()->task(t.id)->groupId, groups[4].id);
    const int row = window->taskPanel()->model()->rowOf(t.id);
    EXPECT_EQ(window->taskPanel()->model()->index(row, TaskTableModel::GroupColumn).data().toString(),
              groups[4].title);

    // Drag and drop onto group 7 in the navigation tree.
    NavigationModel *nav = window->navigationPanel()->model();
    QMimeData *mime = window->taskPanel()->model()->mimeData({window->taskPanel()->model()->index(row, 0)});
    const QModelIndex target = nav->indexOfGroup(groups[6].id);
    ASSERT_TRUE(nav->canDropMimeData(mime, Qt::MoveAction, -1, -1, target));
    nav->dropMimeData(mime, Qt::MoveAction, -1, -1, target);
    delete mime;
    EXPECT_EQ(reopen()->task(t.id)->groupId, groups[6].id);
    EXPECT_TRUE(nav->indexOfTask(t.id).parent() == nav->indexOfGroup(groups[6].id))
        << "the tree shows it there";

    doc().undoStack()->undo();
    doc().undoStack()->undo();
    EXPECT_EQ(reopen()->task(t.id)->groupId, groups[0].id);
}

TEST_F(WindowFixture, DeleteGroupWithTasksAsksThenUndoRestoresEverything)
{
    const TaskGroup g = doc().groups().at(1);
    const int tasksInGroup = taskCountIn(store(), g.id);
    ASSERT_GT(tasksInGroup, 0);
    const int totalBefore = int(store().tasks().size());
    window->navigationPanel()->selectGroup(g.id);

    // Cancel first: nothing happens.
    QString question;
    onNextModal([&question](QWidget *box) {
        question = qobject_cast<QMessageBox *>(box)->text();
        qobject_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
    });
    EXPECT_FALSE(window->taskActions()->confirmAndDeleteGroup(g.id));
    EXPECT_TRUE(question.contains(QString::number(tasksInGroup))) << "says how many tasks go with it";
    EXPECT_TRUE(store().group(g.id).has_value());

    onNextModal([](QWidget *box) { qobject_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
    EXPECT_TRUE(window->taskActions()->confirmAndDeleteGroup(g.id));
    EXPECT_FALSE(reopen()->group(g.id).has_value());
    EXPECT_EQ(int(reopen()->tasks().size()), totalBefore - tasksInGroup);
    EXPECT_EQ(window->taskPanel()->model()->rowCount(), totalBefore - tasksInGroup);
    EXPECT_FALSE(window->navigationPanel()->model()->indexOfGroup(g.id).isValid());

    doc().undoStack()->undo();
    EXPECT_TRUE(reopen()->group(g.id).has_value());
    EXPECT_EQ(int(reopen()->tasks().size()), totalBefore);
    EXPECT_EQ(window->taskPanel()->model()->rowCount(), totalBefore);
    EXPECT_TRUE(window->navigationPanel()->model()->indexOfGroup(g.id).isValid());
}

TEST_F(WindowFixture, EmptyGroupIsDeletedAtOnce)
{
    Id id = 0;
    TaskGroup g;
    g.title = QStringLiteral("Nhóm thử");
    ASSERT_TRUE(doc().addGroup(g, &id));
    EXPECT_TRUE(window->taskActions()->confirmAndDeleteGroup(id)); // no dialog: would block here
    EXPECT_FALSE(reopen()->group(id).has_value());
}

TEST_F(WindowFixture, BulkEditThreeTasksIsOneUndoStep)
{
    TaskTablePanel *panel = window->taskPanel();
    QList<Id> ids;
    for (const Task &t : store().tasks())
        if (t.status != TaskStatus::Done && ids.size() < 3)
            ids << t.id;
    ASSERT_EQ(ids.size(), 3);
    panel->view()->clearSelection();
    for (Id id : ids) {
        const QModelIndex i =
            panel->proxy()->mapFromSource(panel->model()->index(panel->model()->rowOf(id), 0));
        panel->view()->selectionModel()->select(i, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    ASSERT_EQ(panel->selectedTaskIds().size(), 3);
    const Id sonv = agencyIdByShortName(doc(), QStringLiteral("Sở Nội vụ"));
    const int steps = doc().undoStack()->count();

    onNextModal([](QWidget *w) {
        auto *dialog = qobject_cast<BulkEditDialog *>(w);
        ASSERT_NE(dialog, nullptr);
        dialog->leadPicker()->setCurrentText(QStringLiteral("Sở Nội vụ"));
        dialog->leadCheck()->setChecked(true);
        dialog->deadlineEdit()->setDate(QDate(2026, 12, 31));
        dialog->deadlineCheck()->setChecked(true);
        dialog->statusBox()->setCurrentIndex(dialog->statusBox()->findData(int(TaskStatus::InProgress)));
        dialog->statusCheck()->setChecked(true);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(panel->view(), Qt::Key_B, Qt::ControlModifier);

    EXPECT_EQ(doc().undoStack()->count(), steps + 1);
    auto file = reopen();
    for (Id id : ids) {
        const auto t = file->task(id);
        EXPECT_EQ(t->leadAgencyId, sonv);
        EXPECT_EQ(t->deadline, QDate(2026, 12, 31));
        EXPECT_EQ(t->status, TaskStatus::InProgress);
        const int row = panel->model()->rowOf(id);
        EXPECT_EQ(panel->model()->index(row, TaskTableModel::LeadAgencyColumn).data().toString(),
                  QStringLiteral("Sở Nội vụ"));
    }
    doc().undoStack()->undo();
    file = reopen();
    for (Id id : ids)
        EXPECT_NE(file->task(id)->deadline, QDate(2026, 12, 31));
}

TEST_F(WindowFixture, SearchWithoutDiacriticsAndFilters)
{
    TaskTablePanel *panel = window->taskPanel();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), panel->searchBox());
    QTest::keyClicks(panel->searchBox(), QStringLiteral("trung tam dieu hanh"));
    ASSERT_GE(panel->proxy()->rowCount(), 1);
    for (int r = 0; r < panel->proxy()->rowCount(); ++r)
        EXPECT_TRUE(foldForSearch(panel->proxy()->index(r, 0).data().toString())
                        .contains(QStringLiteral("dieu hanh")))
            << panel->proxy()->index(r, 0).data().toString().toStdString();

    // "so tt" finds the tasks whose lead or cooperating agency is Sở TT&TT.
    panel->searchBox()->clear();
    QTest::keyClicks(panel->searchBox(), QStringLiteral("so tt"));
    const int withAgency = panel->proxy()->rowCount();
    EXPECT_GT(withAgency, 5);
    panel->searchBox()->clear();
    EXPECT_EQ(panel->proxy()->rowCount(), panel->model()->rowCount());

    // Overdue only: every row shown is overdue on the fixed date, and says so in words.
    panel->findChild<QCheckBox *>()->setChecked(true);
    ASSERT_GE(panel->proxy()->rowCount(), 1);
    for (int r = 0; r < panel->proxy()->rowCount(); ++r) {
        EXPECT_EQ(panel->proxy()->index(r, 0).data(TaskTableModel::StateRole).toInt(),
                  int(TaskState::Overdue));
        EXPECT_TRUE(panel->proxy()
                        ->index(r, TaskTableModel::StateColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Overdue")));
    }
}

TEST_F(WindowFixture, HistoryShowsWhoWhenOldAndNew)
{
    const Task t = store().tasks().first();
    Task changed = t;
    changed.percentComplete = t.percentComplete == 55 ? 56 : 55;
    ASSERT_TRUE(doc().editTasks({changed}, TaskFields::all()));
    window->taskPanel()->selectTask(t.id);
    QTreeWidget *history = window->detailsPanel()->historyView();
    ASSERT_GE(history->topLevelItemCount(), 2); // created + this change
    QTreeWidgetItem *latest = history->topLevelItem(0);
    EXPECT_EQ(latest->data(0, TaskDetailsPanel::FieldRole).toString(), QStringLiteral("Percent done"));
    EXPECT_EQ(latest->data(0, TaskDetailsPanel::OldRole).toString(),
              QStringLiteral("%1%").arg(t.percentComplete));
    EXPECT_EQ(latest->data(0, TaskDetailsPanel::NewRole).toString(),
              QStringLiteral("%1%").arg(changed.percentComplete));
    EXPECT_EQ(latest->data(0, TaskDetailsPanel::WhoRole).toString(), store().userName());
    EXPECT_FALSE(store().userName().isEmpty()) << "the change log names who made the change";
    // What the planner reads: one entry saying who changed which field from what to what.
    EXPECT_TRUE(latest->text(0).contains(
        QStringLiteral("Percent done: %1% → %2%").arg(t.percentComplete).arg(changed.percentComplete)))
        << latest->text(0).toStdString();
}

TEST_F(WindowFixture, MarkDoneFillsCompletionDateAndHundredPercent)
{
    Task open;
    for (const Task &t : store().tasks())
        if (t.status == TaskStatus::InProgress)
            open = t;
    ASSERT_NE(open.id, 0);
    window->taskPanel()->selectTask(open.id);
    QTest::keyClick(window->taskPanel()->view(), Qt::Key_D, Qt::ControlModifier);
    const auto t = reopen()->task(open.id);
    EXPECT_EQ(t->status, TaskStatus::Done);
    EXPECT_EQ(t->percentComplete, 100);
    EXPECT_EQ(t->completionDate, dx::test::fixedAsOf());
}

// The task details pane belongs to the Tasks tab: the dashboard and the indicators get its width. The
// planner's own choice (closed or open) is kept across tabs and saved.
TEST_F(WindowFixture, TaskDetailsShowBesideTheTasksTabOnly)
{
    auto *dock = window->findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    auto *tabs = window->findChild<QTabWidget *>();
    ASSERT_TRUE(dock && tabs);
    tabs->setCurrentWidget(window->taskPanel());
    EXPECT_TRUE(dock->isVisible());
    tabs->setCurrentWidget(window->indicatorPanel());
    EXPECT_FALSE(dock->isVisible()) << "the indicators get the width";
    tabs->setCurrentWidget(window->dashboardPanel());
    EXPECT_FALSE(dock->isVisible());
    tabs->setCurrentWidget(window->taskPanel());
    EXPECT_TRUE(dock->isVisible());

    // Closed by the planner on the Tasks tab: it stays closed there, and the choice is saved.
    dock->close();
    tabs->setCurrentWidget(window->indicatorPanel());
    tabs->setCurrentWidget(window->taskPanel());
    EXPECT_FALSE(dock->isVisible());
    window->close();
    EXPECT_FALSE(QSettings().value(QStringLiteral("window/taskDetails")).toBool());

    // Opened again from the View menu: shown, and saved as wanted for the next start.
    window->show();
    dock->toggleViewAction()->trigger();
    EXPECT_TRUE(dock->isVisible());

    // Tabbed with the undo history, behind it: still wanted, so it comes back with the Tasks tab.
    auto *undoDock = window->findChild<QDockWidget *>(QStringLiteral("undoDock"));
    ASSERT_TRUE(undoDock);
    undoDock->show();
    window->tabifyDockWidget(dock, undoDock);
    undoDock->raise();
    QCoreApplication::processEvents();
    tabs->setCurrentWidget(window->indicatorPanel());
    tabs->setCurrentWidget(window->taskPanel());
    EXPECT_FALSE(dock->isHidden());
    window->close();
    EXPECT_TRUE(QSettings().value(QStringLiteral("window/taskDetails")).toBool());
}
