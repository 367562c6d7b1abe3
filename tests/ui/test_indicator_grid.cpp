// SPDX-License-Identifier: GPL-3.0-or-later
// The values grid: typing, pasting, refusing bad cells, undo; the status and the chart follow.
#include "test_indicator_fixture.h"

#include "indicators/IndicatorChartView.h"
#include "indicators/ValuesGridModel.h"
#include "indicators/ValuesGridPanel.h"
#include "models/IndicatorTableModel.h"
#include "views/IndicatorPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace dx;

namespace {

class IndicatorGrid : public dxtest::IndicatorFixture
{
protected:
    int rowOf(const ValuesGridModel &m, const QString &period) const
    {
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.periodAt(r).key() == period)
                return r;
        return -1;
    }
    std::optional<Measurement> value(Id indicator, const QString &period, Id locality = 0) const
    {
        for (const Measurement &m : document->store().measurements(indicator))
            if (m.period == period && m.localityId == locality)
                return m;
        return std::nullopt;
    }
};

TEST_F(IndicatorGrid, RowsAreTheYearsOfThePlanAndColumnsTheLocalitiesInScope)
{
    ValuesGridModel model(cache());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setIndicator(idOf(QStringLiteral("KTS-01")));
    EXPECT_EQ(model.columnCount(), 1);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Plan area"));
    EXPECT_EQ(model.periodAt(0).key(), QStringLiteral("2020"));
    EXPECT_EQ(model.periodAt(model.rowCount() - 1).key(), QStringLiteral("2030"));
    EXPECT_EQ(model.rowCount(), 11);
    model.setGranularity(ValuesGridModel::Granularity::Halves);
    EXPECT_EQ(model.rowCount(), 33);
    EXPECT_EQ(model.periodAt(1).key(), QStringLiteral("2020-H1"));
    model.setGranularity(ValuesGridModel::Granularity::Quarters);
    EXPECT_EQ(model.rowCount(), 55);

    model.setIndicator(idOf(QStringLiteral("XHS-02")));
    EXPECT_EQ(model.columnCount(), 9);
    EXPECT_EQ(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Huyện Bình Giang"));
}

TEST_F(IndicatorGrid, TypingAValueRecordsItAndUpdatesStatusAndChartOfThatRowOnly)
{
    IndicatorPanel panel(*document);
    const Id kts04 = idOf(QStringLiteral("KTS-04"));
    panel.selectIndicator(kts04);
    ValuesGridModel *grid = panel.grid()->model();
    ASSERT_EQ(grid->indicatorId(), kts04);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester gridTester(grid, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(cache().assessment(kts04).status, IndicatorStatus::NoData);
    const int builds = panel.chartView()->builds();

    QSignalSpy resets(panel.model(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
    QSignalSpy gridResets(grid, &QAbstractItemModel::modelReset);
    const int row = rowOf(*grid, QStringLiteral("2023"));
    ASSERT_GE(row, 0);
    ASSERT_TRUE(grid->setData(grid->index(row, 0), QStringLiteral("650")));

    EXPECT_EQ(value(kts04, QStringLiteral("2023"))->value, 650.0);
    EXPECT_EQ(grid->index(row, 0).data().toString(), QStringLiteral("650"));
    EXPECT_EQ(resets.count(), 0);
    EXPECT_EQ(gridResets.count(), 0);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.first().at(0).toModelIndex().row(), panel.model()->rowOf(kts04));
    EXPECT_EQ(changed.first().at(1).toModelIndex().row(), panel.model()->rowOf(kts04));
    // One value against "> 700 by 2025": judged on its own path, it is where it should be.
    EXPECT_NE(cache().assessment(kts04).status, IndicatorStatus::NoData);
    EXPECT_GT(panel.chartView()->builds(), builds);
    ASSERT_EQ(panel.chartView()->chartData().actual.size(), 1);
    EXPECT_EQ(panel.chartView()->chartData().actual.first().x, 2023.0);
    EXPECT_EQ(panel.chartView()->chartData().actual.first().y, 650.0);
    EXPECT_TRUE(panel.summaryLabel()->text().contains(QStringLiteral("650")));

    // A second figure above the 2025 target: achieved, in the table, the chart and the summary.
    ASSERT_TRUE(grid->setData(grid->index(rowOf(*grid, QStringLiteral("2024")), 0), QStringLiteral("720")));
    EXPECT_EQ(cache().assessment(kts04).status, IndicatorStatus::Achieved);
    EXPECT_EQ(panel.model()
                  ->index(panel.model()->rowOf(kts04), IndicatorTableModel::StatusColumn)
                  .data()
                  .toString(),
              QStringLiteral("Achieved"));
    EXPECT_EQ(panel.chartView()->chartData().actual.size(), 2);

    document->undoStack()->undo();
    EXPECT_FALSE(value(kts04, QStringLiteral("2024")));
    EXPECT_NE(cache().assessment(kts04).status, IndicatorStatus::Achieved);
    EXPECT_EQ(panel.chartView()->chartData().actual.size(), 1);
    document->undoStack()->undo();
    EXPECT_EQ(cache().assessment(kts04).status, IndicatorStatus::NoData);
    EXPECT_TRUE(panel.chartView()->chartData().actual.isEmpty());
}

TEST_F(IndicatorGrid, PastingABlockIsOneUndoStep)
{
    IndicatorPanel panel(*document);
    const Id kts01 = idOf(QStringLiteral("KTS-01"));
    panel.selectIndicator(kts01);
    ValuesGridModel *grid = panel.grid()->model();
    const int before = document->undoStack()->count();
    const int row = rowOf(*grid, QStringLiteral("2020"));
    // As LibreOffice copies a column: values, a decimal comma, an estimate marked '*', a final newline.
    QApplication::clipboard()->setText(QStringLiteral("10\n12,5\n14.5\n16*\n"));
    panel.grid()->view()->setCurrentIndex(grid->index(row, 0));
    ASSERT_TRUE(panel.grid()->pasteClipboard());
    EXPECT_EQ(document->undoStack()->count(), before + 1);
    EXPECT_EQ(value(kts01, QStringLiteral("2020"))->value, 10.0);
    EXPECT_EQ(value(kts01, QStringLiteral("2021"))->value, 12.5);
    EXPECT_EQ(value(kts01, QStringLiteral("2022"))->value, 14.5);
    // 2023 held the template's estimate 17.5: the pasted 16 replaces it, still an estimate.
    EXPECT_EQ(value(kts01, QStringLiteral("2023"))->value, 16.0);
    EXPECT_TRUE(value(kts01, QStringLiteral("2023"))->estimate);
    EXPECT_FALSE(value(kts01, QStringLiteral("2021"))->estimate);
    EXPECT_EQ(panel.chartView()->chartData().actual.size(), 4);
    EXPECT_FALSE(panel.chartView()->chartData().forecast.isEmpty()); // three or more points: a trend

    document->undoStack()->undo();
    EXPECT_FALSE(value(kts01, QStringLiteral("2020")));
    EXPECT_FALSE(value(kts01, QStringLiteral("2022")));
    EXPECT_EQ(value(kts01, QStringLiteral("2023"))->value, 17.5);
    EXPECT_EQ(panel.chartView()->chartData().actual.size(), 1);
    EXPECT_TRUE(panel.chartView()->chartData().forecast.isEmpty());
    document->undoStack()->redo();
    EXPECT_EQ(value(kts01, QStringLiteral("2021"))->value, 12.5);
}

TEST_F(IndicatorGrid, PastingAcrossLocalitiesFillsARow)
{
    ValuesGridModel grid(cache());
    const Id xhs02 = idOf(QStringLiteral("XHS-02"));
    grid.setIndicator(xhs02);
    const int row = rowOf(grid, QStringLiteral("2024"));
    ASSERT_TRUE(grid.paste(grid.index(row, 0), QStringLiteral("1\t0\t2\t1\t0\t0\t1\t1\t1")));
    EXPECT_EQ(document->store().measurements(xhs02).size(), 9);
    EXPECT_EQ(cache().assessment(xhs02).localitiesReached, 6);
}

struct BadCell
{
    const char *code;
    const char *text;
    const char *reason;
};

class IndicatorGridBadCells : public IndicatorGrid, public ::testing::WithParamInterface<BadCell>
{
};

TEST_P(IndicatorGridBadCells, AreRefusedWithTheReasonAndNothingChanges)
{
    IndicatorPanel panel(*document);
    const Id id = idOf(QString::fromUtf8(GetParam().code));
    panel.selectIndicator(id);
    ValuesGridModel *grid = panel.grid()->model();
    const QList<Measurement> before = document->store().measurements(id);
    const int undoBefore = document->undoStack()->count();
    QSignalSpy errors(document.get(), &PlanDocument::errorOccurred);
    const int row = rowOf(*grid, QStringLiteral("2021"));
    // The good cells before and after the bad one are not recorded either.
    const QString block = QStringLiteral("20\n%1\n30").arg(QString::fromUtf8(GetParam().text));
    EXPECT_FALSE(grid->paste(grid->index(row, 0), block));
    EXPECT_EQ(document->store().measurements(id).size(), before.size());
    EXPECT_EQ(document->undoStack()->count(), undoBefore);
    ASSERT_EQ(errors.count(), 1);
    const QString message = errors.first().first().toString();
    EXPECT_TRUE(message.contains(QString::fromUtf8(GetParam().reason))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("2022"))) << "names the cell: " << message.toStdString();
    EXPECT_TRUE(panel.grid()->errorLabel()->isVisibleTo(&panel));
    EXPECT_EQ(panel.grid()->errorLabel()->text(), message);
    // Typing the same into one cell is refused the same way.
    EXPECT_FALSE(grid->setData(grid->index(row, 0), QString::fromUtf8(GetParam().text)));
    EXPECT_EQ(document->store().measurements(id).size(), before.size());
}

INSTANTIATE_TEST_SUITE_P(Values, IndicatorGridBadCells,
                         ::testing::Values(BadCell{"KTS-01", "abc", "is not a number"},
                                           BadCell{"KTS-01", "12,5,3", "is not a number"},
                                           BadCell{"KTS-01", "120", "between 0 and 100"},
                                           BadCell{"TQ-01", "0", "rank must be 1 or more"},
                                           BadCell{"KTS-04", "-3", "cannot be negative"}));

TEST_F(IndicatorGrid, ABlockTooLargeForTheGridIsRefused)
{
    ValuesGridModel grid(cache());
    grid.setIndicator(idOf(QStringLiteral("KTS-01")));
    EXPECT_FALSE(grid.paste(grid.index(0, 0), QStringLiteral("1\t2")));
    EXPECT_TRUE(grid.lastError().contains(QStringLiteral("does not fit")));
}

TEST_F(IndicatorGrid, ClearingAndDetailsAreOneUndoStepEach)
{
    IndicatorPanel panel(*document);
    const Id tq01 = idOf(QStringLiteral("TQ-01"));
    panel.selectIndicator(tq01);
    ValuesGridPanel *gridPanel = panel.grid();
    ValuesGridModel *grid = gridPanel->model();
    const int r2020 = rowOf(*grid, QStringLiteral("2020")), r2022 = rowOf(*grid, QStringLiteral("2022"));
    gridPanel->view()->selectionModel()->select(QItemSelection(grid->index(r2020, 0), grid->index(r2022, 0)),
                                                QItemSelectionModel::ClearAndSelect);
    const int undoBefore = document->undoStack()->count();
    gridPanel->findChild<QLineEdit *>(QStringLiteral("sourceEdit"))->setText(QStringLiteral("dti.gov.vn"));
    gridPanel->findChild<QCheckBox *>(QStringLiteral("estimateCheck"))->setChecked(true);
    ASSERT_TRUE(gridPanel->applyDetails());
    EXPECT_EQ(document->undoStack()->count(), undoBefore + 1);
    for (const Measurement &m : document->store().measurements(tq01)) {
        EXPECT_TRUE(m.estimate);
        EXPECT_EQ(m.source, QStringLiteral("dti.gov.vn"));
    }
    EXPECT_TRUE(grid->index(rowOf(*grid, QStringLiteral("2021")), 0)
                    .data()
                    .toString()
                    .contains(QStringLiteral("est.")));
    ASSERT_TRUE(gridPanel->clearSelection());
    EXPECT_TRUE(document->store().measurements(tq01).isEmpty());
    document->undoStack()->undo();
    EXPECT_EQ(document->store().measurements(tq01).size(), 3);
    document->undoStack()->undo();
    EXPECT_FALSE(document->store().measurements(tq01).first().estimate);
}

// Issue 15 item 8: a long source or note shows its beginning (and all of it in the tooltip), not its end.
TEST_F(IndicatorGrid, ALongSourceShowsItsBeginning)
{
    IndicatorPanel panel(*document);
    const Id tq01 = idOf(QStringLiteral("TQ-01"));
    panel.selectIndicator(tq01);
    ValuesGridPanel *gridPanel = panel.grid();
    ValuesGridModel *grid = gridPanel->model();
    const int r2020 = rowOf(*grid, QStringLiteral("2020"));
    gridPanel->view()->selectionModel()->setCurrentIndex(grid->index(r2020, 0),
                                                         QItemSelectionModel::ClearAndSelect);
    auto *source = gridPanel->findChild<QLineEdit *>(QStringLiteral("sourceEdit"));
    ASSERT_TRUE(source->text().startsWith(QStringLiteral("Bộ TT&TT"))) << source->text().toStdString();
    EXPECT_EQ(source->cursorPosition(), 0);
    EXPECT_EQ(source->toolTip(), source->text());
}

} // namespace
