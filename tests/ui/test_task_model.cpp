// SPDX-License-Identifier: GPL-3.0-or-later
// TaskTableModel and NavigationModel: the model contract (QAbstractItemModelTester) and the exact signals
// of single edits: one row's dataChanged, never a reset.
#include "analysis/TaskState.h"
#include "document/PlanDocument.h"
#include "io/PlanImporter.h"
#include "models/NavigationModel.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskTableModel.h"
#include "store/PlanStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace dx;

namespace {

class TaskModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        auto store = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("p.dxplan")),
                                                      QStringLiteral("resolution-06"));
        ASSERT_TRUE(store.ok());
        doc = std::make_unique<PlanDocument>(std::move(store.value()), QDate(2026, 3, 1));
        model = std::make_unique<TaskTableModel>(*doc);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }
    QTemporaryDir dir;
    std::unique_ptr<PlanDocument> doc;
    std::unique_ptr<TaskTableModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(TaskModelTest, SingleEditEmitsOneRowDataChangedAndNoReset)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    const int row = 3;
    const QModelIndex title = model->index(row, TaskTableModel::TitleColumn);

    ASSERT_TRUE(model->setData(title, QStringLiteral("Tiêu đề mới"), Qt::EditRole));

    ASSERT_EQ(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    EXPECT_EQ(topLeft.row(), row);
    EXPECT_EQ(bottomRight.row(), row);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 0);
    EXPECT_EQ(inserted.count(), 0);
    EXPECT_EQ(model->index(row, TaskTableModel::TitleColumn).data(Qt::EditRole).toString(),
              QStringLiteral("Tiêu đề mới"));
    EXPECT_EQ(doc->store().task(model->taskAt(row).id)->title, QStringLiteral("Tiêu đề mới"));
}

TEST_F(TaskModelTest, RefusedEditEmitsNothing)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy errors(doc.get(), &PlanDocument::errorOccurred);
    const QModelIndex percent = model->index(0, TaskTableModel::PercentColumn);
    const int before = percent.data(Qt::EditRole).toInt();
    EXPECT_FALSE(model->setData(percent, 101, Qt::EditRole));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(model->index(0, TaskTableModel::PercentColumn).data(Qt::EditRole).toInt(), before);
}

TEST_F(TaskModelTest, AddAndUndoInsertAndRemoveOneRow)
{
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    const int rows = model->rowCount();
    Task t;
    t.groupId = doc->groups().first().id;
    t.title = QStringLiteral("Việc mới");
    Id id = 0;
    ASSERT_TRUE(doc->addTask(t, &id));
    ASSERT_EQ(inserted.count(), 1);
    // The new row stands where the plan's order puts it (its group, then its order), not at the end.
    const int row = inserted.at(0).at(1).toInt();
    EXPECT_EQ(model->taskAt(row).id, id);
    int expected = 0;
    while (doc->tasks().at(expected).id != id)
        ++expected;
    EXPECT_EQ(row, expected);
    EXPECT_EQ(model->rowCount(), rows + 1);
    doc->undoStack()->undo();
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(removed.at(0).at(1).toInt(), row);
    EXPECT_EQ(model->rowCount(), rows);
    EXPECT_EQ(reset.count(), 0);
}

TEST_F(TaskModelTest, AsOfChangeRefreshesOnlyTheStateColumn)
{
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    doc->setAsOf(QDate(2021, 1, 1));
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<QModelIndex>().column(), int(TaskTableModel::StateColumn));
    EXPECT_EQ(changed.at(0).at(1).value<QModelIndex>().column(), int(TaskTableModel::StateColumn));
    for (int r = 0; r < model->rowCount(); ++r)
        EXPECT_NE(model->index(r, 0).data(TaskTableModel::StateRole).toInt(), int(TaskState::Overdue))
            << "nothing is overdue on 1/1/2021";
}

TEST_F(TaskModelTest, OverdueRowsAreMarkedBeyondColour)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(TaskTableModel::StateRole).toInt() != int(TaskState::Overdue))
            continue;
        const QModelIndex state = model->index(r, TaskTableModel::StateColumn);
        EXPECT_TRUE(state.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("Overdue by")));
        EXPECT_TRUE(state.data(Qt::FontRole).value<QFont>().bold());
        EXPECT_FALSE(state.data(Qt::DecorationRole).isNull()) << "an icon, not only a colour";
        return;
    }
    FAIL() << "the bundled plan has overdue tasks on 1/3/2026";
}

TEST_F(TaskModelTest, ProxyFiltersAndSortsWithoutTouchingTheSource)
{
    TaskFilterProxy proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(model.get());
    proxy.setSearchText(QStringLiteral("chinh quyen so"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        EXPECT_TRUE(proxy.index(r, 0)
                        .data(TaskTableModel::SearchTextRole)
                        .toString()
                        .contains(QStringLiteral("chinh")));
    proxy.setSearchText({});
    proxy.sort(TaskTableModel::DeadlineColumn, Qt::AscendingOrder);
    QDate last;
    for (int r = 0; r < proxy.rowCount(); ++r) {
        const QDate d = proxy.index(r, 0).data(TaskTableModel::DeadlineRole).toDate();
        if (!d.isValid())
            continue;
        if (last.isValid()) {
            EXPECT_LE(last, d);
        }
        last = d;
    }
}

TEST(NavigationModelTest, GroupsShowCountsAndTasksEditInPlace)
{
    QTemporaryDir dir;
    auto store = PlanImporter::createFromTemplate(dir.filePath(QStringLiteral("p.dxplan")),
                                                  QStringLiteral("resolution-06"));
    ASSERT_TRUE(store.ok());
    PlanDocument doc(std::move(store.value()), QDate(2026, 3, 1));
    NavigationModel nav(doc);
    QAbstractItemModelTester tester(&nav, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex plan = nav.index(0, 0);
    ASSERT_EQ(nav.rowCount(plan), 8);
    const QModelIndex g1 = nav.index(0, 0, plan);
    EXPECT_TRUE(g1.data().toString().startsWith(QStringLiteral("1. Tăng cường sự lãnh đạo")));
    EXPECT_TRUE(g1.data().toString().contains(QStringLiteral("tasks")));

    const Task t = doc.store().tasks().first();
    QSignalSpy changed(&nav, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&nav, &QAbstractItemModel::modelReset);
    Task edited = t;
    edited.title = QStringLiteral("Tên mới");
    ASSERT_TRUE(doc.editTasks({edited}, TaskFields::all()));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(nav.indexOfTask(t.id).data().toString(), QStringLiteral("Tên mới"));
}
