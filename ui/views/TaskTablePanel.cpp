// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskTablePanel.h"

#include "TaskItemDelegate.h"
#include "analysis/TaskState.h"
#include "document/PlanDocument.h"
#include "models/TaskFilterProxy.h"
#include "models/TaskPresentation.h"
#include "models/TaskTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace dx {

TaskTablePanel::TaskTablePanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new TaskTableModel(document, this)),
      m_proxy(new TaskFilterProxy(this)), m_view(new QTableView(this)), m_search(new QLineEdit(this)),
      m_group(new QComboBox(this)), m_agency(new QComboBox(this)), m_state(new QComboBox(this)),
      m_overdue(new QCheckBox(this)), m_due(new QCheckBox(this)), m_dueDays(new QSpinBox(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("taskTable"));
    m_view->setModel(m_proxy);
    // Plan order until the user sorts: clear the sort indicator first, or enabling sorting would sort
    // 2,000 rows by title at once.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new TaskItemDelegate(document, m_view));
    m_view->setColumnWidth(TaskTableModel::TitleColumn, 380);
    m_view->setColumnWidth(TaskTableModel::GroupColumn, 160);
    m_view->setColumnWidth(TaskTableModel::LeadAgencyColumn, 130);
    m_view->setColumnWidth(TaskTableModel::StateColumn, 200);
    m_view->setColumnWidth(TaskTableModel::PercentColumn, 95);
    // What a planner scans for comes first, so that it is in view beside the details pane on a laptop
    // screen: the task, its deadline, where it stands and who leads it; the rest is to the right. The
    // planner can still drag the columns; the order is kept with the window's state.
    using M = TaskTableModel;
    const int order[] = {M::TitleColumn,      M::DeadlineColumn, M::StateColumn,  M::PercentColumn,
                         M::LeadAgencyColumn, M::GroupColumn,    M::PersonColumn, M::CooperatingColumn,
                         M::StartColumn,      M::LegalRefColumn, M::OutputColumn};
    QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < int(std::size(order)); ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    m_view->viewport()->installEventFilter(this);

    m_search->setObjectName(QStringLiteral("taskSearch"));
    m_search->setClearButtonEnabled(true);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_agency->setObjectName(QStringLiteral("agencyFilter"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    // Long Vietnamese group and agency names must not widen the window: the combos show what fits and
    // their pop-ups the whole text.
    for (QComboBox *combo : {m_group, m_agency, m_state}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        // What does not fit the closed box is in its tooltip.
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToContents); // short words: always whole
    m_dueDays->setRange(0, 365);
    m_dueDays->setValue(30);

    // Two rows that fit beside the details pane on a laptop: the search box with the two check filters,
    // then the three lists, each wide enough for its words.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_overdue);
    searchRow->addWidget(m_due);
    searchRow->addWidget(m_dueDays);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_group, 2);
    filters->addWidget(m_agency, 2);
    filters->addWidget(m_state, 0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    retranslate();
    connect(&m_document, &PlanDocument::groupListChanged, this, &TaskTablePanel::refillFilters);
    connect(&m_document, &PlanDocument::directoryChanged, this, &TaskTablePanel::refillFilters);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TaskFilterProxy::setSearchText);
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setGroup(m_group->currentData().toLongLong()); });
    connect(m_agency, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLeadAgency(m_agency->currentData().toLongLong()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant v = m_state->currentData();
        m_proxy->setState(v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt);
    });
    connect(m_overdue, &QCheckBox::toggled, m_proxy, &TaskFilterProxy::setOverdueOnly);
    connect(m_due, &QCheckBox::toggled, this, &TaskTablePanel::applyDueFilter);
    connect(m_dueDays, &QSpinBox::valueChanged, this, &TaskTablePanel::applyDueFilter);
    connect(&m_document, &PlanDocument::asOfChanged, this, &TaskTablePanel::applyDueFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentTaskChanged(current.isValid() ? current.data(TaskTableModel::IdRole).toLongLong()
                                                          : 0);
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TaskTablePanel::selectionChanged);
}

bool TaskTablePanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void TaskTablePanel::fitTitleColumn()
{
    // Whatever the pane's width (a laptop with the details pane open leaves about 700 px), the deadline,
    // status and percent are in view beside the title without scrolling sideways; the title takes the
    // rest, between a readable minimum and a comfortable maximum.
    constexpr int kMinTitle = 220, kMaxTitle = 520;
    int others = 0;
    for (const int column : {int(TaskTableModel::DeadlineColumn), int(TaskTableModel::StateColumn),
                             int(TaskTableModel::PercentColumn)})
        if (!m_view->isColumnHidden(column))
            others += m_view->columnWidth(column);
    const int width = std::clamp(m_view->viewport()->width() - others, kMinTitle, kMaxTitle);
    if (width != m_view->columnWidth(TaskTableModel::TitleColumn))
        m_view->setColumnWidth(TaskTableModel::TitleColumn, width);
}

void TaskTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate(); // every text set here, at once (the filters keep what is chosen)
    QWidget::changeEvent(event);
}

void TaskTablePanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search tasks, agencies, outputs (Ctrl+F); diacritics optional"));
    m_overdue->setText(tr("&Overdue only"));
    m_due->setText(tr("D&ue within"));
    m_dueDays->setSuffix(tr(" days"));
    refillFilters();
}

void TaskTablePanel::refillFilters()
{
    const Id group = m_group->currentData().toLongLong();
    const Id agency = m_agency->currentData().toLongLong();
    const QVariant state = m_state->currentData();
    const QSignalBlocker b1(m_group), b2(m_agency), b3(m_state);
    m_group->clear();
    m_group->addItem(tr("All groups"), Id(0));
    for (const TaskGroup &g : m_document.groups())
        m_group->addItem(QStringLiteral("%1. %2").arg(m_document.groupIndex(g.id) + 1).arg(g.title), g.id);
    m_group->setCurrentIndex(std::max(0, m_group->findData(group)));
    m_agency->clear();
    m_agency->addItem(tr("All lead agencies"), Id(0));
    for (const Agency &a : m_document.agencies())
        if (!a.retired)
            m_agency->addItem(a.displayName(), a.id);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(agency)));
    m_state->clear();
    m_state->addItem(tr("All statuses"));
    for (TaskState s : {TaskState::NotStarted, TaskState::InProgress, TaskState::Overdue,
                        TaskState::DoneOnTime, TaskState::DoneLate})
        m_state->addItem(TaskPresentation::stateName(s), int(s));
    m_state->setCurrentIndex(state.isValid() ? std::max(0, m_state->findData(state)) : 0);
}

void TaskTablePanel::applyDueFilter()
{
    m_proxy->setDueWithin(m_due->isChecked() ? std::optional<int>(m_dueDays->value()) : std::nullopt,
                          m_document.asOf());
}

QList<Id> TaskTablePanel::selectedTaskIds() const
{
    QList<Id> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &r : rows)
        ids << r.data(TaskTableModel::IdRole).toLongLong();
    return ids;
}

Id TaskTablePanel::currentTaskId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(TaskTableModel::IdRole).toLongLong() : 0;
}

void TaskTablePanel::selectTask(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, TaskTableModel::TitleColumn));
    if (!proxyIndex.isValid()) { // hidden by a filter: show everything
        m_search->clear();
        m_overdue->setChecked(false);
        m_due->setChecked(false);
        m_state->setCurrentIndex(0);
        m_agency->setCurrentIndex(0);
        m_group->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, TaskTableModel::TitleColumn));
    }
    m_view->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_view->scrollTo(proxyIndex);
}

void TaskTablePanel::showGroup(Id id)
{
    m_group->setCurrentIndex(std::max(0, m_group->findData(id)));
}

void TaskTablePanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

QByteArray TaskTablePanel::saveState() const
{
    return m_view->horizontalHeader()->saveState();
}

void TaskTablePanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace dx
