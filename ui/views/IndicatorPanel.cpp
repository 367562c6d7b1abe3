// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorPanel.h"

#include "charts/StatusColours.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorChartView.h"
#include "indicators/IndicatorDialog.h"
#include "indicators/IndicatorStatusCache.h"
#include "indicators/IndicatorSummary.h"
#include "indicators/ValuesGridModel.h"
#include "indicators/ValuesGridPanel.h"
#include "models/IndicatorTableModel.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>

namespace dx {

IndicatorPanel::IndicatorPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_cache(IndicatorStatusCache::of(document)),
      m_model(new IndicatorTableModel(m_cache, this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("indicatorPanel"));
    m_view->setObjectName(QStringLiteral("indicatorTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(true);
    // Two lines per row: the names are sentences; uniform rows keep a 3,000-indicator list fast.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().lineSpacing() * 2 + 10);
    // Interactive widths from the font, not ResizeToContents: that measures every row of every column
    // on each change (145 ms at start for 300 indicators).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(m_view->fontMetrics().averageCharWidth() * 16);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    // The code is short and the name needs the room: "CQS-10" and a margin, not sixteen characters.
    const QFontMetrics fm = m_view->fontMetrics();
    m_view->setColumnWidth(IndicatorTableModel::CodeColumn,
                           fm.horizontalAdvance(QStringLiteral("CQS-10")) + 20);
    m_view->setColumnWidth(IndicatorTableModel::StatusColumn, fm.averageCharWidth() * 19);
    for (int c :
         {IndicatorTableModel::KindColumn, IndicatorTableModel::UnitColumn, IndicatorTableModel::OwnerColumn})
        m_view->setColumnHidden(c, true);
    connect(m_view, &QTableView::doubleClicked, this, [this] { openEditor(currentIndicator()); });

    addAction = new QAction(this);
    editAction = new QAction(this);
    moveUpAction = new QAction(this);
    moveDownAction = new QAction(this);
    deleteAction = new QAction(this);
    connect(addAction, &QAction::triggered, this, [this] { openEditor(0); });
    connect(editAction, &QAction::triggered, this, [this] { openEditor(currentIndicator()); });
    connect(moveUpAction, &QAction::triggered, this, [this] {
        const Id id = currentIndicator();
        if (m_document.moveIndicator(id, -1))
            selectIndicator(id);
    });
    connect(moveDownAction, &QAction::triggered, this, [this] {
        const Id id = currentIndicator();
        if (m_document.moveIndicator(id, +1))
            selectIndicator(id);
    });
    connect(deleteAction, &QAction::triggered, this, [this] { deleteIndicator(currentIndicator()); });
    auto *buttons = new QHBoxLayout;
    for (QAction *a : {addAction, editAction, moveUpAction, moveDownAction, deleteAction}) {
        auto *b = new QToolButton;
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_view);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("indicatorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_chart = new IndicatorChartView(m_cache);
    m_grid = new ValuesGridPanel(m_cache);
    auto *right = new QSplitter(Qt::Vertical);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_chart, 1);
    right->addWidget(top);
    right->addWidget(m_grid);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    auto *split = new QSplitter(Qt::Horizontal);
    m_split = split;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IndicatorPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (from.row() == m_view->currentIndex().row())
            showCurrent();
    });
    // A reset (values loaded, "as of" changed, list reordered or changed) keeps the indicator the planner
    // was on. The list may already have changed when the reset is announced, so the indicator shown is
    // remembered by showCurrent(), not looked up by row here.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_shownId);
        if (row >= 0 || m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(row >= 0 ? row : 0, 0));
        showCurrent();
    });
    retranslate();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

Id IndicatorPanel::currentIndicator() const
{
    return m_model->idAt(m_view->currentIndex().row());
}

void IndicatorPanel::selectIndicator(Id id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void IndicatorPanel::showCurrent()
{
    const Id id = currentIndicator();
    m_shownId = id;
    m_chart->showIndicator(id);
    if (m_grid->model()->indicatorId() != id)
        m_grid->showIndicator(id);
    const Indicator *indicator = m_cache.indicator(id);
    if (!indicator) {
        m_summary->setText(tr("No indicator chosen."));
    } else {
        const IndicatorAssessment a = m_cache.assessment(id);
        m_summary->setText(
            QStringLiteral("<b>%1</b> <span style=\"color:%2\">■</span> <b>%3</b> · %4<br/><small>%5</small>")
                .arg(indicator->code.toHtmlEscaped(), StatusColours::colour(a.status).name(),
                     ChartText::status(a.status).toHtmlEscaped(),
                     IndicatorSummary::latestAgainstTarget(*indicator, a).toHtmlEscaped(),
                     IndicatorSummary::details(*indicator, a, m_document.asOf()).toHtmlEscaped()));
    }
    updateActions();
}

void IndicatorPanel::updateActions()
{
    const int row = m_view->currentIndex().row();
    const bool has = row >= 0 && row < m_model->rowCount();
    editAction->setEnabled(has);
    deleteAction->setEnabled(has);
    moveUpAction->setEnabled(has && row > 0);
    moveDownAction->setEnabled(has && row < m_model->rowCount() - 1);
}

QList<Id> IndicatorPanel::linkedTasks(Id id) const
{
    QList<Id> ids;
    if (id == 0)
        return ids;
    for (const Task &t : m_document.tasks())
        if (t.indicatorIds.contains(id))
            ids << t.id;
    return ids;
}

void IndicatorPanel::openEditor(Id id)
{
    Indicator indicator;
    if (id != 0) {
        const Indicator *existing = m_cache.indicator(id);
        if (!existing)
            return;
        indicator = *existing;
    } else {
        Target t2025;
        t2025.year = 2025;
        indicator.targets << t2025;
    }
    IndicatorDialog dialog(m_document, indicator, linkedTasks(id), this);
    if (dialog.exec() == QDialog::Accepted)
        applyIndicator(dialog.indicator(), dialog.linkedTasks());
}

bool IndicatorPanel::applyIndicator(const Indicator &indicator, const QList<Id> &tasksAfter)
{
    const QList<Id> tasksBefore = linkedTasks(indicator.id);
    QUndoStack *undo = m_document.undoStack();
    const int before = undo->count();
    const QString text = indicator.id == 0 ? tr("Add indicator %1").arg(indicator.code)
                                           : tr("Edit indicator %1").arg(indicator.code);
    // The indicator and its task links are one undo step.
    undo->beginMacro(text);
    Id id = indicator.id;
    bool ok = id == 0 ? m_document.addIndicator(indicator, &id) : m_document.editIndicator(indicator);
    if (ok && id != 0 && tasksBefore != tasksAfter) {
        QList<Task> changed;
        for (Task t : m_document.tasks()) {
            const bool was = t.indicatorIds.contains(id), now = tasksAfter.contains(t.id);
            if (was == now)
                continue;
            if (now)
                t.indicatorIds << id;
            else
                t.indicatorIds.removeAll(id);
            changed << t;
        }
        if (!changed.isEmpty())
            ok = m_document.editTasks(changed, TaskField::Indicators, text);
    }
    undo->endMacro();
    if (!ok && undo->count() > before)
        undo->undo(); // a refused part undoes the parts already done: all or nothing
    if (ok)
        selectIndicator(id);
    return ok;
}

bool IndicatorPanel::deleteIndicator(Id id, bool confirm)
{
    const Indicator *indicator = m_cache.indicator(id);
    if (!indicator)
        return false;
    if (confirm) {
        const int values = int(m_cache.measurements(id).size());
        QMessageBox box(
            QMessageBox::Question, tr("Delete indicator"),
            tr("Delete indicator %1 and its %n recorded value(s)? Undo brings them back.", nullptr, values)
                .arg(indicator->code),
            QMessageBox::NoButton, this);
        QPushButton *yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
    }
    return m_document.removeIndicator(id);
}

void IndicatorPanel::retranslate()
{
    addAction->setText(tr("&Add indicator..."));
    editAction->setText(tr("&Edit..."));
    moveUpAction->setText(tr("Move &up"));
    moveDownAction->setText(tr("Move &down"));
    deleteAction->setText(tr("&Delete"));
    m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    // Status words and, in English, the plans' English names: every cell is worded again.
    if (m_model->rowCount() > 0)
        emit m_model->dataChanged(m_model->index(0, 0),
                                  m_model->index(m_model->rowCount() - 1, m_model->columnCount() - 1));
}

void IndicatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showCurrent(); // the summary's words
    }
    QWidget::changeEvent(event);
}

void IndicatorPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitSized || width() < 200)
        return;
    m_splitSized = true;
    // The list gets the code, status and latest value whole and a name column of a few words' width;
    // the chart the rest, but never less than 45 % of the tab. The planner moves the handle from there.
    int list = m_view->verticalScrollBar()->sizeHint().width() + 2 * m_view->frameWidth() +
               m_view->fontMetrics().averageCharWidth() * 40; // the name
    for (const int c : {IndicatorTableModel::CodeColumn, IndicatorTableModel::StatusColumn,
                        IndicatorTableModel::LatestColumn})
        list += m_view->columnWidth(c);
    for (int c = IndicatorTableModel::FirstTargetColumn; c < m_model->columnCount(); ++c)
        list += m_view->columnWidth(c);
    list = std::min(list, width() * 55 / 100);
    m_split->setSizes({list, width() - list});
}

} // namespace dx
