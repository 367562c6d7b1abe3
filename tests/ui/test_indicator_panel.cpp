// SPDX-License-Identifier: GPL-3.0-or-later
// The indicator list and editor: add, edit, reorder, delete, each one undo step; the editor refuses bad
// input.
#include "test_indicator_fixture.h"

#include "indicators/IndicatorChartView.h"
#include "indicators/IndicatorDialog.h"
#include "models/IndicatorTableModel.h"
#include "views/IndicatorPanel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QXYSeries>

using namespace dx;

namespace {

using IndicatorPanelTest = dxtest::IndicatorFixture;

TEST_F(IndicatorPanelTest, ListsEveryIndicatorWithItsStatus)
{
    IndicatorPanel panel(*document);
    IndicatorTableModel *model = panel.model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model->rowCount(), document->store().indicators().size());
    const int tq01 = model->rowOf(idOf(QStringLiteral("TQ-01")));
    // DTI rank 13 in 2022 meets "<= 20 by 2025".
    EXPECT_EQ(model->index(tq01, IndicatorTableModel::StatusColumn).data().toString(),
              QStringLiteral("Achieved"));
    EXPECT_EQ(model->index(tq01, IndicatorTableModel::FirstTargetColumn).data().toString(),
              QStringLiteral("≤ 20"));
    EXPECT_EQ(model->index(tq01, IndicatorTableModel::LatestColumn).data().toString(),
              QStringLiteral("13 (2022)"));
    EXPECT_EQ(model->headerData(IndicatorTableModel::FirstTargetColumn + 1, Qt::Horizontal).toString(),
              QStringLiteral("Target 2030"));
}

// In English the list names an indicator as its chart does: by its English name where the plan has one.
TEST_F(IndicatorPanelTest, TheEnglishListUsesThePlansEnglishNames)
{
    IndicatorPanel panel(*document);
    IndicatorTableModel *model = panel.model();
    const Id tq01 = idOf(QStringLiteral("TQ-01"));
    const int row = model->rowOf(tq01);
    QString nameEn;
    for (const Indicator &i : document->store().indicators())
        if (i.id == tq01)
            nameEn = i.nameEn;
    ASSERT_FALSE(nameEn.isEmpty());
    EXPECT_EQ(model->index(row, IndicatorTableModel::NameColumn).data().toString(), nameEn);
    EXPECT_TRUE(panel.chartView()->chartData().title.contains(nameEn));
}

// A hidden panel keeps its chart data current but builds the QChart only when shown (a large plan opens
// faster); once shown, the chart is that of the current indicator with what changed while hidden.
TEST_F(IndicatorPanelTest, HiddenChartIsBuiltWhenShownWithCurrentData)
{
    IndicatorPanel panel(*document);
    const Id kts04 = idOf(QStringLiteral("KTS-04"));
    panel.selectIndicator(kts04);
    EXPECT_TRUE(panel.chartView()->chart()->series().isEmpty()) << "nothing built while hidden";
    EXPECT_TRUE(panel.chartView()->chart()->title().isEmpty());
    Measurement m;
    m.indicatorId = kts04;
    m.period = QStringLiteral("2023");
    m.value = 650;
    ASSERT_TRUE(document->store().upsertMeasurements({m}).ok());
    ASSERT_EQ(panel.chartView()->chartData().actual.size(), 1);

    panel.show();
    ASSERT_NE(panel.chartView()->chart(), nullptr);
    QStringList names;
    int points = 0;
    for (QAbstractSeries *series : panel.chartView()->chart()->series()) {
        names << series->name();
        if (auto *xy = qobject_cast<QXYSeries *>(series))
            points += int(xy->count());
    }
    EXPECT_GE(points, 1) << names.join(QLatin1String(", ")).toStdString();
    EXPECT_TRUE(panel.chartView()->chart()->title().contains(QStringLiteral("KTS-04")))
        << panel.chartView()->chart()->title().toStdString();
}

// Undoing a move re-sorts the list: the planner stays on the indicator, not on the row.
TEST_F(IndicatorPanelTest, ChosenIndicatorFollowsItsRowWhenTheListChanges)
{
    IndicatorPanel panel(*document);
    const Id chosen = panel.model()->idAt(2);
    panel.selectIndicator(chosen);
    panel.moveUpAction->trigger();
    ASSERT_EQ(panel.model()->rowOf(chosen), 1);
    EXPECT_EQ(panel.currentIndicator(), chosen);
    document->undoStack()->undo();
    ASSERT_EQ(panel.model()->rowOf(chosen), 2);
    EXPECT_EQ(panel.currentIndicator(), chosen);
    EXPECT_EQ(panel.chartView()->indicatorId(), chosen);
}

TEST_F(IndicatorPanelTest, AddEditMoveDeleteAreEachOneUndoStep)
{
    IndicatorPanel panel(*document);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QUndoStack *undo = document->undoStack();
    const int rows = panel.model()->rowCount();

    Indicator added;
    added.code = QStringLiteral("CQS-99");
    added.name = QStringLiteral("Tỷ lệ người dân có tài khoản định danh điện tử");
    added.unit = QStringLiteral("%");
    added.targets << Target{0, 0, 2025, Comparison::AtLeast, 60.0, 0, {}};
    const Id task = document->store().tasks().first().id;
    ASSERT_TRUE(panel.applyIndicator(added, {task}));
    EXPECT_EQ(undo->count(), 1);
    EXPECT_EQ(panel.model()->rowCount(), rows + 1);
    const Id id = idOf(QStringLiteral("CQS-99"));
    EXPECT_EQ(panel.currentIndicator(), id);
    EXPECT_EQ(panel.linkedTasks(id), QList<Id>{task});

    Indicator edited = *cache().indicator(id);
    edited.name = QStringLiteral("Tỷ lệ dân số trưởng thành có tài khoản định danh điện tử");
    edited.targets << Target{0, id, 2030, Comparison::AtLeast, 90.0, 0, {}};
    QSignalSpy resets(panel.model(), &QAbstractItemModel::modelReset);
    ASSERT_TRUE(panel.applyIndicator(edited, {}));
    EXPECT_EQ(resets.count(), 0); // an edit changes its row only
    EXPECT_EQ(undo->count(), 2);
    EXPECT_EQ(cache().indicator(id)->targets.size(), 2);
    EXPECT_TRUE(panel.linkedTasks(id).isEmpty());

    ASSERT_TRUE(document->moveIndicator(id, -1));
    EXPECT_EQ(panel.model()->rowOf(id), rows - 1);
    EXPECT_EQ(undo->count(), 3);
    ASSERT_TRUE(panel.deleteIndicator(id, false));
    EXPECT_EQ(panel.model()->rowCount(), rows);
    EXPECT_EQ(undo->count(), 4);

    undo->undo(); // delete
    EXPECT_EQ(panel.model()->rowCount(), rows + 1);
    undo->undo(); // move
    EXPECT_EQ(panel.model()->rowOf(id), rows);
    undo->undo(); // edit, with its task links
    EXPECT_EQ(cache().indicator(id)->targets.size(), 1);
    EXPECT_EQ(panel.linkedTasks(id), QList<Id>{task});
    undo->undo(); // add
    EXPECT_EQ(panel.model()->rowCount(), rows);
    EXPECT_EQ(cache().indicator(id), nullptr);
}

TEST_F(IndicatorPanelTest, ADuplicateCodeIsRefusedAndLeavesNoUndoStep)
{
    IndicatorPanel panel(*document);
    Indicator copy = *cache().indicator(idOf(QStringLiteral("KTS-01")));
    copy.id = 0;
    copy.sortOrder = 0;
    QSignalSpy errors(document.get(), &PlanDocument::errorOccurred);
    EXPECT_FALSE(panel.applyIndicator(copy, {}));
    EXPECT_GE(errors.count(), 1);
    EXPECT_EQ(document->undoStack()->index(), 0);
}

TEST_F(IndicatorPanelTest, TheEditorRefusesBadInputAndBuildsTheIndicator)
{
    const Indicator original = *cache().indicator(idOf(QStringLiteral("TQ-01")));
    IndicatorDialog dialog(*document, original, {});
    Indicator out;
    ASSERT_TRUE(dialog.collect(&out).isEmpty());
    EXPECT_EQ(out.targets.size(), 2);
    EXPECT_EQ(out.kind, IndicatorKind::Rank);
    EXPECT_EQ(out.rankOutOf, 63);
    EXPECT_EQ(out.baselineValue, std::optional<double>(14.0));

    dialog.targetTable()->item(0, 2)->setText(QStringLiteral("hai mươi"));
    EXPECT_TRUE(dialog.collect(&out).contains(QStringLiteral("not a number")));
    dialog.targetTable()->item(0, 2)->setText(QStringLiteral("0"));
    EXPECT_TRUE(dialog.collect(&out).contains(QStringLiteral("rank must be 1 or more")));
    dialog.targetTable()->item(0, 2)->setText(QStringLiteral("18"));
    dialog.nameEdit()->clear();
    dialog.accept();
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_FALSE(dialog.errorLabel()->text().isEmpty());
    dialog.nameEdit()->setText(QStringLiteral("Thứ hạng DTI"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), int(QDialog::Accepted));
    EXPECT_EQ(dialog.indicator().targets.first().value, 18.0);
}

} // namespace
