// SPDX-License-Identifier: GPL-3.0-or-later
// The one notifier (PlanDocument's batch signals): a bulk edit, deleting a group or a task with sub-tasks,
// and undoing either each send exactly one signal per kind, carrying every row, and the models follow row
// by row (QAbstractItemModelTester attached, no reset). Undo texts and the history name the field and who.
#include "commands/TaskCommands.h"
#include "dialogs/PreferencesDialog.h"
#include "models/NavigationModel.h"
#include "models/TaskTableModel.h"
#include "ui_fixture.h"
#include "views/NavigationPanel.h"
#include "views/OptionalDateEdit.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUndoStack>

namespace dx::test {
namespace {

/// Counts every batch signal of a document, and the resets and row changes of the two task models.
class NotifierTest : public WindowFixture
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        if (HasFatalFailure())
            return;
        table = window->taskPanel()->model();
        tree = window->navigationPanel()->model();
        tableTester = std::make_unique<QAbstractItemModelTester>(
            table, QAbstractItemModelTester::FailureReportingMode::Fatal);
        treeTester = std::make_unique<QAbstractItemModelTester>(
            tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        PlanDocument *d = &doc();
        spies.emplace_back(QStringLiteral("tasksChanged"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::tasksChanged));
        spies.emplace_back(QStringLiteral("tasksInserted"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::tasksInserted));
        spies.emplace_back(QStringLiteral("tasksRemoved"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::tasksRemoved));
        spies.emplace_back(QStringLiteral("groupsInserted"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::groupsInserted));
        spies.emplace_back(QStringLiteral("groupsRemoved"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::groupsRemoved));
        spies.emplace_back(QStringLiteral("groupsChanged"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::groupsChanged));
        spies.emplace_back(QStringLiteral("reloaded"),
                           std::make_unique<QSignalSpy>(d, &PlanDocument::reloaded));
        tableReset = std::make_unique<QSignalSpy>(table, &QAbstractItemModel::modelReset);
        treeReset = std::make_unique<QSignalSpy>(tree, &QAbstractItemModel::modelReset);
    }

    QSignalSpy &spy(const QString &name)
    {
        for (auto &[n, s] : spies)
            if (n == name)
                return *s;
        throw std::logic_error("no such spy");
    }
    /// "tasksChanged=1 tasksRemoved=0 ..." for every signal that was sent, then clears the spies.
    QString counts()
    {
        QStringList out;
        for (auto &[n, s] : spies) {
            if (s->count())
                out << QStringLiteral("%1=%2").arg(n).arg(s->count());
        }
        return out.join(QLatin1Char(' '));
    }
    void clearSpies()
    {
        for (auto &[n, s] : spies)
            s->clear();
    }
    static QList<Id> idsOf(const QSignalSpy &s, int i = 0) { return s.at(i).at(0).value<QList<Id>>(); }

    /// Adds a task with @p children sub-tasks to @p group; returns the parent's id.
    Id addFamily(Id group, int children)
    {
        Task parent;
        parent.groupId = group;
        parent.title = QStringLiteral("Nhiệm vụ cha");
        parent.sortOrder = 900;
        Id id = 0;
        EXPECT_TRUE(doc().addTask(parent, &id));
        for (int i = 0; i < children; ++i) {
            Task c;
            c.groupId = group;
            c.parentId = id;
            c.sortOrder = i + 1;
            c.title = QStringLiteral("Nhiệm vụ con %1").arg(i + 1);
            EXPECT_TRUE(doc().addTask(c));
        }
        return id;
    }

    TaskTableModel *table = nullptr;
    NavigationModel *tree = nullptr;
    std::unique_ptr<QAbstractItemModelTester> tableTester, treeTester;
    std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>> spies;
    std::unique_ptr<QSignalSpy> tableReset, treeReset;
};

TEST_F(NotifierTest, BulkEditOfFiftyTasksIsOneSignalAndNoReset)
{
    for (int i = 0; doc().tasks().size() < 60; ++i) {
        Task t;
        t.groupId = doc().groups().at(i % doc().groups().size()).id;
        t.title = QStringLiteral("Nhiệm vụ thêm %1").arg(i);
        ASSERT_TRUE(doc().addTask(t));
    }
    QList<Task> changed;
    for (const Task &t : doc().tasks()) {
        if (changed.size() == 50)
            break;
        Task c = t;
        c.notes = QStringLiteral("Ghi chú hàng loạt");
        changed << c;
    }
    ASSERT_EQ(changed.size(), 50);
    clearSpies();
    ASSERT_TRUE(doc().editTasks(changed, TaskField::Notes, QStringLiteral("bulk")));
    EXPECT_EQ(counts(), QStringLiteral("tasksChanged=1"));
    EXPECT_EQ(idsOf(spy(QStringLiteral("tasksChanged"))).size(), 50);
    EXPECT_EQ(spy(QStringLiteral("tasksChanged")).at(0).at(1).value<TaskFields>(),
              TaskFields(TaskField::Notes));
    EXPECT_EQ(table->index(table->rowOf(changed.first().id), 0)
                  .data(Qt::ToolTipRole)
                  .toString()
                  .contains(QStringLiteral("Ghi chú hàng loạt")),
              true);

    clearSpies();
    doc().undoStack()->undo();
    EXPECT_EQ(counts(), QStringLiteral("tasksChanged=1"));
    EXPECT_EQ(idsOf(spy(QStringLiteral("tasksChanged"))).size(), 50);
    EXPECT_EQ(doc().task(changed.first().id)->notes, store().task(changed.first().id)->notes);
    EXPECT_NE(doc().task(changed.first().id)->notes, QStringLiteral("Ghi chú hàng loạt"));
    EXPECT_EQ(tableReset->count(), 0);
    EXPECT_EQ(treeReset->count(), 0);
}

TEST_F(NotifierTest, DeletingATaskWithFiveSubTasksIsOneSignalAndUndoPutsThemBack)
{
    const Id group = doc().groups().first().id;
    const Id parent = addFamily(group, 5);
    const int rows = table->rowCount();
    const int groupRows = tree->rowCount(tree->indexOfGroup(group));
    clearSpies();
    ASSERT_TRUE(doc().removeTasks({parent}));
    EXPECT_EQ(counts(), QStringLiteral("tasksRemoved=1"));
    const QList<Id> removed = idsOf(spy(QStringLiteral("tasksRemoved")));
    ASSERT_EQ(removed.size(), 6);
    EXPECT_EQ(removed.first(), parent) << "parents before their sub-tasks";
    EXPECT_EQ(table->rowCount(), rows - 6);
    EXPECT_EQ(tree->rowCount(tree->indexOfGroup(group)), groupRows - 1);

    clearSpies();
    doc().undoStack()->undo();
    EXPECT_EQ(counts(), QStringLiteral("tasksInserted=1"));
    EXPECT_EQ(idsOf(spy(QStringLiteral("tasksInserted"))).size(), 6);
    EXPECT_EQ(table->rowCount(), rows);
    EXPECT_EQ(tree->rowCount(tree->indexOfGroup(group)), groupRows);
    EXPECT_EQ(tree->rowCount(tree->indexOfTask(parent)), 5) << "the sub-tasks are back under their parent";
    EXPECT_EQ(tableReset->count(), 0);
    EXPECT_EQ(treeReset->count(), 0);
}

TEST_F(NotifierTest, DeletingAGroupWithSubTasksIsOneSignalPerKindAndUndoRestoresEveryRow)
{
    const Id group = doc().groups().at(1).id;
    addFamily(group, 3);
    int tasksInGroup = 0;
    for (const Task &t : doc().tasks())
        tasksInGroup += t.groupId == group ? 1 : 0;
    const int rows = table->rowCount();
    const int groups = tree->rowCount(tree->index(0, 0));
    const int groupRows = tree->rowCount(tree->indexOfGroup(group));
    clearSpies();
    ASSERT_TRUE(doc().removeGroup(group));
    EXPECT_EQ(counts(), QStringLiteral("tasksRemoved=1 groupsRemoved=1"));
    EXPECT_EQ(idsOf(spy(QStringLiteral("tasksRemoved"))).size(), tasksInGroup);
    EXPECT_EQ(table->rowCount(), rows - tasksInGroup);
    EXPECT_EQ(tree->rowCount(tree->index(0, 0)), groups - 1);

    clearSpies();
    doc().undoStack()->undo();
    EXPECT_EQ(counts(), QStringLiteral("tasksInserted=1 groupsInserted=1"));
    EXPECT_EQ(idsOf(spy(QStringLiteral("tasksInserted"))).size(), tasksInGroup);
    EXPECT_EQ(table->rowCount(), rows);
    EXPECT_EQ(tree->rowCount(tree->index(0, 0)), groups);
    EXPECT_EQ(tree->rowCount(tree->indexOfGroup(group)), groupRows);
    EXPECT_EQ(tree->indexOfGroup(group).row(), 1) << "the group is back in its place";
    EXPECT_EQ(tableReset->count(), 0);
    EXPECT_EQ(treeReset->count(), 0);
}

TEST_F(NotifierTest, UndoHistoryNamesTheFieldAndTheValues)
{
    const Task t = doc().tasks().first();
    const QDate before = t.deadline;
    const QDate after = QDate(2027, 12, 31);
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::Deadline, after));
    const QString text = doc().undoStack()->text(doc().undoStack()->count() - 1);
    EXPECT_TRUE(text.contains(fieldLabel(TaskField::Deadline).toLower())) << text.toStdString();
    EXPECT_TRUE(text.contains(QLocale().toString(after, QLocale::ShortFormat))) << text.toStdString();
    if (before.isValid()) {
        EXPECT_TRUE(text.contains(QLocale().toString(before, QLocale::ShortFormat))) << text.toStdString();
    }
    // The change log names the field by its key and the person by the history name.
    const ChangeLogEntry e = store().changeLog(QStringLiteral("task"), t.id).first();
    EXPECT_EQ(e.field, fieldKey(TaskField::Deadline));
    EXPECT_EQ(e.newValue, after.toString(Qt::ISODate));
    EXPECT_EQ(e.who, PreferencesDialog::historyName());
    EXPECT_FALSE(e.who.isEmpty());
}

TEST_F(NotifierTest, ThePlannersNameFromPreferencesIsWrittenToTheHistory)
{
    QSettings().setValue(QStringLiteral("historyName"), QStringLiteral("Nguyễn Văn An"));
    store().setUserName(PreferencesDialog::historyName());
    const Task t = doc().tasks().first();
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::PercentComplete, t.percentComplete == 40 ? 41 : 40));
    window->taskPanel()->selectTask(t.id);
    QTreeWidget *history = window->detailsPanel()->historyView();
    ASSERT_GE(history->topLevelItemCount(), 1);
    EXPECT_EQ(history->topLevelItem(0)->data(0, TaskDetailsPanel::WhoRole).toString(),
              QStringLiteral("Nguyễn Văn An"));
    EXPECT_EQ(history->topLevelItem(0)->data(0, TaskDetailsPanel::FieldRole).toString(),
              fieldLabel(TaskField::PercentComplete));
    EXPECT_TRUE(history->topLevelItem(0)->text(0).contains(QStringLiteral("Nguyễn Văn An")));
}

TEST_F(NotifierTest, TypingInOneFieldIsOneUndoStep)
{
    const Task t = doc().tasks().first();
    const int steps = doc().undoStack()->count();
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::PercentComplete, 1));
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::PercentComplete, 15));
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::PercentComplete, 55));
    EXPECT_EQ(doc().undoStack()->count(), steps + 1);
    doc().undoStack()->undo();
    EXPECT_EQ(store().task(t.id)->percentComplete, t.percentComplete);
}

TEST_F(NotifierTest, TheTableAndTheDetailsPaneShareOnePathAndOneNormalisation)
{
    // Both normalise through the store: NFC, one line, trimmed; a value that normalises to the stored
    // one is no undo step.
    const Task t = doc().tasks().first();
    QAbstractItemModel *m = table;
    const QModelIndex legal = m->index(table->rowOf(t.id), TaskTableModel::LegalRefColumn);
    const QString decomposed =
        QStringLiteral("  Điều 5,\tkhoản 2  ").normalized(QString::NormalizationForm_D);
    ASSERT_TRUE(m->setData(legal, decomposed));
    EXPECT_EQ(store().task(t.id)->legalRef, QStringLiteral("Điều 5, khoản 2"));
    const int steps = doc().undoStack()->count();
    window->taskPanel()->selectTask(t.id);
    auto *edit = window->detailsPanel()->findChild<QLineEdit *>(fieldKey(TaskField::LegalRef));
    ASSERT_NE(edit, nullptr);
    edit->setText(QStringLiteral("Điều 5, khoản 2 "));
    emit edit->editingFinished();
    EXPECT_EQ(doc().undoStack()->count(), steps) << "the same value after normalisation is no edit";
}

// Another program (a second window, another PC on the same file) commits: the window shows it within a
// second, without a restart.
TEST_F(NotifierTest, AnotherProgramsCommitAppearsWithinASecond)
{
    auto other = reopen();
    ASSERT_NE(other, nullptr);
    const Task t = doc().tasks().first();
    Task changed = t;
    changed.title = QStringLiteral("Sửa từ cửa sổ khác");
    ASSERT_TRUE(other->updateTask(changed, TaskField::Title).ok());
    QElapsedTimer clock;
    clock.start();
    while (spy(QStringLiteral("reloaded")).isEmpty() && clock.elapsed() < 3000)
        QTest::qWait(20);
    EXPECT_LE(clock.elapsed(), 1000 + PlanDocument::kExternalPollMs);
    ASSERT_EQ(spy(QStringLiteral("reloaded")).count(), 1);
    EXPECT_EQ(doc().task(t.id)->title, changed.title);
    EXPECT_EQ(table->index(table->rowOf(t.id), TaskTableModel::TitleColumn).data(Qt::EditRole).toString(),
              changed.title);
    // Our own commits are not taken for another program's.
    clearSpies();
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::Notes, QStringLiteral("của mình")));
    QTest::qWait(2 * PlanDocument::kExternalPollMs + 100);
    EXPECT_EQ(spy(QStringLiteral("reloaded")).count(), 0);
}

/// A task still under way (not done, below 100 %): its percent can be set to anything below 100.
Task openTask(PlanDocument &d)
{
    for (const Task &t : d.tasks())
        if (t.status != TaskStatus::Done && t.percentComplete < 30)
            return t;
    return {};
}

// No lost update in the window: an edit made on a copy another program changed meanwhile (before the poll
// showed it) is refused with the other value and who made it, and the window shows the current value.
TEST_F(NotifierTest, AnEditOverAnotherProgramsUnseenChangeIsRefusedAndTheWindowRefreshes)
{
    auto other = reopen();
    ASSERT_NE(other, nullptr);
    other->setUserName(QStringLiteral("Bình"));
    const Task t = openTask(doc());
    ASSERT_NE(t.id, 0);
    Task changed = *other->task(t.id);
    changed.percentComplete = 37;
    ASSERT_TRUE(other->updateTask(changed, TaskField::PercentComplete).ok());
    // At once, before the 500 ms poll: the window still holds the old figure.
    ASSERT_NE(doc().task(t.id)->percentComplete, 37);
    QSignalSpy errors(&doc(), &PlanDocument::errorOccurred);
    const int steps = doc().undoStack()->count();
    EXPECT_FALSE(doc().setTaskField({t.id}, TaskField::PercentComplete, 90));
    ASSERT_EQ(errors.count(), 1);
    const QString message = errors.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("Bình"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("37"))) << message.toStdString();
    EXPECT_EQ(doc().undoStack()->count(), steps) << "a refused edit is no undo step";
    EXPECT_EQ(other->task(t.id)->percentComplete, 37);
    EXPECT_EQ(doc().task(t.id)->percentComplete, 37) << "the window shows the current value at once";
    EXPECT_EQ(table->index(table->rowOf(t.id), TaskTableModel::PercentColumn).data(Qt::EditRole).toInt(), 37);
    // Another field of the same task is not in conflict: the window's edit goes through.
    EXPECT_TRUE(doc().setTaskField({t.id}, TaskField::Notes, QStringLiteral("ghi chú")));
}

TEST_F(NotifierTest, UndoOfAChangeAnotherProgramChangedSinceIsRefusedAndLeavesTheHistory)
{
    auto other = reopen();
    ASSERT_NE(other, nullptr);
    other->setUserName(QStringLiteral("Bình"));
    const Task t = openTask(doc());
    ASSERT_NE(t.id, 0);
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::PercentComplete, 50));
    ASSERT_TRUE(doc().setTaskField({t.id}, TaskField::Notes, QStringLiteral("của An")));
    Task changed = *other->task(t.id);
    changed.percentComplete = 60;
    ASSERT_TRUE(other->updateTask(changed, TaskField::PercentComplete).ok());
    QSignalSpy errors(&doc(), &PlanDocument::errorOccurred);
    const int steps = doc().undoStack()->count();
    doc().undoStack()->undo(); // the notes: Bình did not touch them, so this undo goes through
    EXPECT_EQ(errors.count(), 0);
    EXPECT_EQ(other->task(t.id)->notes, t.notes);
    EXPECT_EQ(other->task(t.id)->percentComplete, 60);
    doc().undoStack()->undo(); // the percent: Bình's 60 is not overwritten with the old figure
    ASSERT_EQ(errors.count(), 1);
    EXPECT_TRUE(errors.first().first().toString().contains(QStringLiteral("Bình")));
    EXPECT_EQ(other->task(t.id)->percentComplete, 60);
    EXPECT_EQ(doc().task(t.id)->percentComplete, 60);
    EXPECT_EQ(doc().undoStack()->count(), steps - 1) << "the refused step left the history";
    EXPECT_EQ(doc().undoStack()->index(), steps - 2);
    // Redo of the notes still works on top of Bình's figure.
    doc().undoStack()->redo();
    EXPECT_EQ(other->task(t.id)->notes, QStringLiteral("của An"));
    EXPECT_EQ(other->task(t.id)->percentComplete, 60);
}

// Every field the details pane edits, driven through its editor: the store holds the new value, the change
// log names the field by its key, and the JSON export carries it under the same key.
TEST_F(NotifierTest, EveryTaskFieldOfTheDetailsPaneReachesTheStoreAndTheChangeLog)
{
    for (const QString &name : {QStringLiteral("Lê Văn Cường"), QStringLiteral("Phạm Thị Dung")}) {
        Person p;
        p.name = name;
        ASSERT_TRUE(doc().addPerson(p));
    }
    Task t;
    t.groupId = doc().groups().first().id;
    t.title = QStringLiteral("Việc để đi qua từng trường");
    t.startDate = QDate(2022, 1, 1);
    Id id = 0;
    ASSERT_TRUE(doc().addTask(t, &id));
    window->taskPanel()->selectTask(id);
    TaskDetailsPanel *panel = window->detailsPanel();
    panel->showTask(id);
    for (TaskField f : TaskFields::all().toList()) {
        QWidget *w = panel->findChild<QWidget *>(fieldKey(f));
        if (!w)
            continue; // parent, order, indicators: edited elsewhere (move, reorder, indicator dialog)
        SCOPED_TRACE(fieldKey(f).toStdString());
        const Task before = *doc().task(id);
        if (auto *line = qobject_cast<QLineEdit *>(w)) {
            line->setText(QStringLiteral("Giá trị mới cho %1").arg(fieldKey(f)));
            emit line->editingFinished();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            const int next = (combo->currentIndex() + 1) % combo->count();
            combo->setCurrentIndex(next);
            emit combo->activated(next);
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            list->item(0)->setCheckState(list->item(0)->checkState() == Qt::Checked ? Qt::Unchecked
                                                                                    : Qt::Checked);
        } else if (auto *date = qobject_cast<OptionalDateEdit *>(w)) {
            date->setDate(QDate(2024, 6, 30), QDate(2024, 6, 30));
            emit date->edited();
        } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
            spin->setValue(spin->value() == 37 ? 38 : 37);
            emit spin->editingFinished();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            text->setPlainText(QStringLiteral("Dòng một\nDòng hai"));
            QFocusEvent out(QEvent::FocusOut);
            QApplication::sendEvent(text, &out);
        } else {
            ADD_FAILURE() << "no way to drive " << w->metaObject()->className();
            continue;
        }
        const Task after = *store().task(id);
        EXPECT_TRUE(differingFields(before, after).contains(f)) << "the field changed in the file";
        EXPECT_EQ(fieldLogText(*doc().task(id), f), fieldLogText(after, f)) << "the cache follows";
        bool logged = false;
        for (const ChangeLogEntry &e : store().changeLog(QStringLiteral("task"), id))
            logged = logged || (e.field == fieldKey(f) && e.newValue == fieldLogText(after, f));
        EXPECT_TRUE(logged);
    }
}

} // namespace
} // namespace dx::test
