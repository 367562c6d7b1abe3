// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing a planner needs to read is cut at 1366x768 or 1440x900, in Vietnamese (the longer language)
// and English: the details pane beside the table, the group titles of the tree and their tooltip, the
// lead agency field, the change history, and the deadline and status columns of the task table.
#include "i18n/Translations.h"
#include "models/IndicatorTableModel.h"
#include "models/TaskTableModel.h"
#include "ui_fixture.h"
#include "views/AgencyPicker.h"
#include "views/IndicatorPanel.h"
#include "views/NavigationPanel.h"
#include "views/OptionalDateEdit.h"
#include "views/TaskDetailsPanel.h"
#include "views/TaskTablePanel.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

namespace dx::test {
namespace {

/// Whether @p index's text, as @p view paints it wrapped in its row, needs more height than the row has.
/// The text rectangle is the style's own (SE_ItemViewItemText: the row less icon and margins).
int missingHeight(QAbstractItemView *view, const QModelIndex &index)
{
    QStyleOptionViewItem opt;
    opt.initFrom(view);
    opt.rect = view->visualRect(index);
    opt.text = index.data().toString();
    opt.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::WrapText;
    if (!index.data(Qt::DecorationRole).isNull()) {
        opt.features |= QStyleOptionViewItem::HasDecoration;
        const int extent = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        opt.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(extent, extent);
    }
    const QRect text = view->style()->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
    const QRect needed =
        view->fontMetrics().boundingRect(QRect(0, 0, text.width(), 100000), Qt::TextWordWrap, opt.text);
    return needed.height() - text.height();
}

class Clipping : public WindowFixture, public ::testing::WithParamInterface<std::tuple<const char *, QSize>>
{
protected:
    void SetUp() override
    {
        WindowFixture::SetUp();
        Translations::install(*QCoreApplication::instance(), QString::fromLatin1(std::get<0>(GetParam())));
        window->resize(std::get<1>(GetParam()));
        window->findChild<QTabWidget *>()->setCurrentWidget(window->taskPanel());
        QTest::qWait(50);
    }
    void TearDown() override
    {
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        WindowFixture::TearDown();
    }
    /// A task whose lead agency has a name longer than the field, with some history.
    Task longNamedTask()
    {
        for (const Task &t : doc().tasks())
            if (t.leadAgencyId != 0 && doc().agencyName(t.leadAgencyId).size() > 20)
                return t;
        return doc().tasks().first();
    }
    std::string where() const
    {
        return std::string(std::get<0>(GetParam())) + " at " +
               std::to_string(std::get<1>(GetParam()).width());
    }
};

TEST_P(Clipping, TheDetailsPaneShowsEveryFieldWhole)
{
    const Task t = longNamedTask();
    window->taskPanel()->selectTask(t.id);
    QTest::qWait(20);
    TaskDetailsPanel *details = window->detailsPanel();
    auto *scroll = details->findChild<QScrollArea *>();
    ASSERT_NE(scroll, nullptr);
    const QWidget *viewport = scroll->viewport();
    // Nothing sideways: the form fits the pane's width.
    EXPECT_EQ(scroll->horizontalScrollBar()->maximum(), 0) << where();
    for (QWidget *editor :
         {static_cast<QWidget *>(details->titleEdit()), static_cast<QWidget *>(details->leadPicker()),
          static_cast<QWidget *>(details->deadlineEdit()), static_cast<QWidget *>(details->statusBox()),
          static_cast<QWidget *>(details->percentBox()), static_cast<QWidget *>(details->historyView())}) {
        const QRect r(editor->mapTo(viewport, QPoint(0, 0)), editor->size());
        EXPECT_GE(r.left(), 0) << editor->objectName().toStdString() << " " << where();
        EXPECT_LE(r.right(), viewport->width())
            << editor->objectName().toStdString() << " cut at the right, " << where();
        EXPECT_GE(editor->width(), editor->minimumSizeHint().width())
            << editor->objectName().toStdString() << " squeezed, " << where();
    }
}

TEST_P(Clipping, TheLeadAgencyFieldShowsTheBeginningOfTheName)
{
    const Task t = longNamedTask();
    window->taskPanel()->selectTask(t.id);
    QTest::qWait(20);
    AgencyPicker *lead = window->detailsPanel()->leadPicker();
    ASSERT_GT(lead->currentText().size(), 20);
    EXPECT_EQ(lead->lineEdit()->cursorPosition(), 0)
        << "the field scrolled to the end of " << lead->currentText().toStdString();
    EXPECT_EQ(lead->toolTip(), lead->currentText());
    QLineEdit *title = window->detailsPanel()->titleEdit();
    EXPECT_EQ(title->cursorPosition(), 0) << "the title field scrolled to its end";
    EXPECT_EQ(title->toolTip(), t.title);
}

TEST_P(Clipping, HistoryEntriesWrapAtThePanesWidth)
{
    const Task t = longNamedTask();
    Task changed = t;
    changed.notes =
        QStringLiteral("Đã họp với các sở, ngành; đang hoàn thiện dự thảo để trình Ủy ban nhân dân tỉnh "
                       "xem xét, phê duyệt trong quý tới.");
    ASSERT_TRUE(doc().editTasks({changed}, TaskFields{TaskField::Notes}));
    window->taskPanel()->selectTask(t.id);
    QTest::qWait(50);
    QTreeWidget *history = window->detailsPanel()->historyView();
    ASSERT_GE(history->topLevelItemCount(), 1);
    EXPECT_EQ(history->horizontalScrollBar()->maximum(), 0) << where();
    EXPECT_GE(history->height(), history->fontMetrics().lineSpacing() * 10)
        << "room for more than three rows";
    for (int i = 0; i < history->topLevelItemCount(); ++i) {
        const QModelIndex index = history->model()->index(i, 0);
        EXPECT_LE(history->visualRect(index).right(), history->viewport()->width()) << where();
        EXPECT_LE(missingHeight(history, index), 0)
            << "entry " << i << " cut: " << index.data().toString().toStdString();
    }
}

TEST_P(Clipping, GroupTitlesWrapInTheTreeAndTheTooltipHasTheCounts)
{
    QTreeView *tree = window->navigationPanel()->view();
    const QModelIndex plan = tree->model()->index(0, 0);
    ASSERT_GT(tree->model()->rowCount(plan), 0);
    for (int row = 0; row < tree->model()->rowCount(plan); ++row) {
        const QModelIndex group = tree->model()->index(row, 0, plan);
        const QString text = group.data().toString();
        EXPECT_LE(missingHeight(tree, group), 0) << "cut: " << text.toStdString() << ", " << where();
        const QString tip = group.data(Qt::ToolTipRole).toString();
        EXPECT_EQ(tip, text) << "the tooltip repeats the title with its counts";
    }
}

TEST_P(Clipping, DeadlineAndStatusAreInViewWithoutScrolling)
{
    QTableView *table = window->taskPanel()->view();
    const int width = table->viewport()->width();
    for (const int column : {int(TaskTableModel::TitleColumn), int(TaskTableModel::DeadlineColumn),
                             int(TaskTableModel::StateColumn), int(TaskTableModel::PercentColumn)}) {
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        EXPECT_LE(right, width) << "column " << column << " needs horizontal scrolling, " << where();
    }
    // The status filter's words are short: they show whole.
    auto *state = window->taskPanel()->findChild<QComboBox *>(QStringLiteral("stateFilter"));
    ASSERT_NE(state, nullptr);
    EXPECT_GE(state->width(), state->sizeHint().width()) << where();
}

TEST_P(Clipping, TheIndicatorsTabGivesTheNamesRoom)
{
    window->findChild<QTabWidget *>()->setCurrentWidget(window->indicatorPanel());
    QTest::qWait(50);
    EXPECT_FALSE(window->navigationPanel()->isVisible())
        << "the task tree is not needed beside the indicators";
    auto *table = window->indicatorPanel()->findChild<QTableView *>(QStringLiteral("indicatorTable"));
    ASSERT_NE(table, nullptr);
    // Names get two lines of at least twenty characters each.
    EXPECT_GE(table->columnWidth(IndicatorTableModel::NameColumn),
              table->fontMetrics().averageCharWidth() * 20)
        << where();
    EXPECT_GE(table->rowHeight(0), table->fontMetrics().lineSpacing() * 2) << where();
    const int status = IndicatorTableModel::StatusColumn;
    EXPECT_LE(table->columnViewportPosition(status) + table->columnWidth(status), table->viewport()->width())
        << where();
    window->findChild<QTabWidget *>()->setCurrentWidget(window->taskPanel());
    EXPECT_TRUE(window->navigationPanel()->isVisible());
}

INSTANTIATE_TEST_SUITE_P(Screens, Clipping,
                         ::testing::Combine(::testing::Values("vi", "en"),
                                            ::testing::Values(QSize(1366, 768), QSize(1440, 900))));

} // namespace
} // namespace dx::test
