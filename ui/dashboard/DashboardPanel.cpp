// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPanel.h"

#include "IndicatorTile.h"
#include "analysis/IndicatorRollUp.h"
#include "analysis/TaskRollUp.h"
#include "charts/ChartBuilder.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorStatusCache.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace dx {

namespace {
constexpr int kTileWidth = 270; ///< tiles per row follow the width: one per kTileWidth pixels, 1-6
constexpr int kTaskIdRole = Qt::UserRole + 1;

QLabel *sectionTitle()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    return l;
}
} // namespace

DashboardPanel::DashboardPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_cache(IndicatorStatusCache::of(document))
{
    setObjectName(QStringLiteral("dashboard"));
    m_headline = new QLabel;
    m_headline->setObjectName(QStringLiteral("dashboardHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_counts = new QLabel;
    m_counts->setWordWrap(true);
    m_tilesTitle = sectionTitle();
    m_tileBox = new QWidget;
    m_tileGrid = new QGridLayout(m_tileBox);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(8);

    m_groupsTitle = sectionTitle();
    m_groups = new QWidget;
    m_groupsLayout = new QVBoxLayout(m_groups);
    m_groupsLayout->setContentsMargins(0, 0, 0, 0);
    m_overdue = new QChartView;
    m_overdue->setObjectName(QStringLiteral("overdueChart"));
    m_overdue->setRenderHint(QPainter::Antialiasing);
    m_overdue->setMinimumHeight(280);
    m_deadlinesTitle = sectionTitle();
    m_deadlines = new QTreeWidget;
    m_deadlines->setObjectName(QStringLiteral("deadlines"));
    m_deadlines->setColumnCount(3);
    m_deadlines->setRootIsDecorated(false);
    m_deadlines->setMinimumHeight(220);
    m_deadlines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_deadlines->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_deadlines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // A large plan lists hundreds of overdue tasks: size the columns from the rows in view, not all.
    m_deadlines->header()->setResizeContentsPrecision(0);
    connect(m_deadlines, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, kTaskIdRole).value<Id>())
            emit taskActivated(id);
    });
    connect(m_deadlines, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, kTaskIdRole).value<Id>())
            emit taskActivated(id);
    });

    auto *lower = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    left->addWidget(m_groupsTitle);
    left->addWidget(m_groups);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_overdue);
    right->addWidget(m_deadlinesTitle);
    right->addWidget(m_deadlines);
    lower->addLayout(left, 1);
    lower->addLayout(right, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addWidget(m_tilesTitle);
    layout->addWidget(m_tileBox);
    layout->addLayout(lower);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(&m_cache, &IndicatorStatusCache::reset, this, [this] {
        refreshTiles();
        refreshHeadline();
    });
    connect(&m_cache, &IndicatorStatusCache::indicatorUpdated, this, &DashboardPanel::refreshIndicator);
    connect(&document, &PlanDocument::asOfChanged, this, [this] {
        if (isVisible())
            refreshTasks();
        else
            m_tasksStale = true;
    });
    PlanDocument *d = &document;
    connect(d, &PlanDocument::tasksInserted, this, &DashboardPanel::scheduleTasks);
    connect(d, &PlanDocument::tasksRemoved, this, &DashboardPanel::scheduleTasks);
    connect(d, &PlanDocument::tasksChanged, this, &DashboardPanel::scheduleTasks);
    for (auto signal :
         {&PlanDocument::groupListChanged, &PlanDocument::directoryChanged, &PlanDocument::reloaded})
        connect(d, signal, this, &DashboardPanel::scheduleTasks);
    refresh();
}

void DashboardPanel::refresh()
{
    refreshTiles();
    refreshHeadline();
    refreshTasks();
}

void DashboardPanel::scheduleTasks()
{
    // Hidden (another tab is in front): rebuilt when shown, not after every edit made elsewhere.
    if (!isVisible()) {
        m_tasksStale = true;
        return;
    }
    // A bulk edit emits one signal per task: gather them into one refresh.
    if (m_tasksPending)
        return;
    m_tasksPending = true;
    QTimer::singleShot(0, this, &DashboardPanel::refreshTasks);
}

QString DashboardPanel::headline() const
{
    return m_headline->text();
}

void DashboardPanel::refreshHeadline()
{
    if (m_cache.isLoading()) {
        m_headline->setText(tr("Calculating the status of the indicators..."));
        m_counts->clear();
        return;
    }
    const IndicatorRollUp rollUp = rollUpIndicators(m_cache.indicators(), m_cache.orderedAssessments());
    const StatusCounts &c = rollUp.overall;
    m_headline->setText(tr("%1 of %2 targets met").arg(c.achieved).arg(c.total()));
    m_counts->setText(tr("As of %1: %2 on track, %3 at risk, %4 off track, %5 without data.")
                          .arg(QLocale().toString(m_document.asOf(), QLocale::ShortFormat))
                          .arg(c.onTrack)
                          .arg(c.atRisk)
                          .arg(c.offTrack)
                          .arg(c.noData));
}

void DashboardPanel::refreshTiles()
{
    // While a large plan's values load in the background the tiles would all say "no data": they are
    // built when the statuses arrive (IndicatorStatusCache::reset).
    const QList<Indicator> indicators = m_cache.isLoading() ? QList<Indicator>() : m_cache.indicators();
    while (m_tiles.size() > indicators.size())
        delete m_tiles.takeLast();
    bool added = false;
    while (m_tiles.size() < indicators.size()) {
        auto *tile = new IndicatorTile(m_tileBox);
        connect(tile, &IndicatorTile::clicked, this, &DashboardPanel::indicatorActivated);
        m_tiles << tile;
        added = true;
    }
    if (added)
        layoutTiles(true);
    const QDate asOf = m_document.asOf();
    for (int i = 0; i < indicators.size(); ++i) {
        const Indicator &ind = indicators.at(i);
        m_tiles.at(i)->show(ind, m_cache.assessment(ind.id), m_cache.measurements(ind.id), asOf);
    }
}

void DashboardPanel::layoutTiles(bool force)
{
    const int columns = std::clamp(width() / kTileWidth, 1, 6);
    if (!force && columns == m_columns)
        return;
    m_columns = columns;
    for (IndicatorTile *tile : std::as_const(m_tiles))
        m_tileGrid->removeWidget(tile);
    for (int n = 0; n < m_tiles.size(); ++n)
        m_tileGrid->addWidget(m_tiles.at(n), n / columns, n % columns);
}

void DashboardPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutTiles(false);
}

void DashboardPanel::refreshIndicator(Id id)
{
    const int i = m_cache.indexOf(id);
    if (i < 0 || i >= m_tiles.size())
        return refreshTiles();
    m_tiles.at(i)->show(m_cache.indicators().at(i), m_cache.assessment(id), m_cache.measurements(id),
                        m_document.asOf());
    refreshHeadline();
}

void DashboardPanel::showEvent(QShowEvent *event)
{
    if (m_tasksStale)
        refreshTasks();
    QWidget::showEvent(event);
}

void DashboardPanel::refreshTasks()
{
    m_tasksPending = false;
    m_tasksStale = false;
    const QDate asOf = m_document.asOf();
    const QList<Task> tasks = m_document.tasks();

    // Progress per group: mean percent complete, with done and overdue counts in words.
    while (QLayoutItem *item = m_groupsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<GroupTaskRollUp> groups = rollUpTasksByGroup(m_document.groups(), tasks, asOf);
    for (const GroupTaskRollUp &g : groups) {
        const int index = m_document.groupIndex(g.groupId);
        const QString title =
            g.groupId == 0 ? tr("Tasks without a group")
                           : QStringLiteral("%1. %2").arg(index + 1).arg(m_document.groupTitle(g.groupId));
        auto *label =
            new QLabel(QStringLiteral("<a href=\"%1\">%2</a>").arg(g.groupId).arg(title.toHtmlEscaped()));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        connect(label, &QLabel::linkActivated, this,
                [this](const QString &link) { emit groupActivated(link.toLongLong()); });
        auto *bar = new QProgressBar;
        bar->setRange(0, 100);
        bar->setValue(qRound(g.counts.averagePercent()));
        bar->setFormat(tr("%1% · %2 of %3 done · %4 overdue")
                           .arg(QLocale().toString(qRound(g.counts.averagePercent())))
                           .arg(g.counts.done())
                           .arg(g.counts.total())
                           .arg(g.counts.overdue));
        bar->setTextVisible(true);
        m_groupsLayout->addWidget(label);
        m_groupsLayout->addWidget(bar);
    }

    QChart *old = m_overdue->chart();
    m_overdue->setChart(ChartBuilder::buildOverdueByAgency(
        overdueByAgency(m_document.agencies(), tasks, asOf), ChartStyle::screen()));
    delete old;

    // Overdue tasks first (most days late first), then the deadlines of the coming weeks.
    m_deadlines->clear();
    m_deadlines->setHeaderLabels({tr("Deadline"), tr("Task"), tr("Lead agency")});
    QList<const Task *> overdue, upcoming;
    for (const Task &t : tasks) {
        if (taskState(t, asOf) == TaskState::Overdue)
            overdue << &t;
        else if (isDueWithin(t, asOf, kUpcomingDays))
            upcoming << &t;
    }
    auto byDeadline = [](const Task *a, const Task *b) { return a->deadline < b->deadline; };
    std::stable_sort(overdue.begin(), overdue.end(), byDeadline);
    std::stable_sort(upcoming.begin(), upcoming.end(), byDeadline);
    auto add = [this, asOf](const Task *t, bool late) {
        auto *item = new QTreeWidgetItem(m_deadlines);
        item->setText(0, QLocale().toString(t->deadline, QLocale::ShortFormat));
        item->setText(1, late ? tr("%1 (overdue by %n day(s))", nullptr, daysOverdue(*t, asOf)).arg(t->title)
                              : t->title);
        item->setText(2, m_document.agencyName(t->leadAgencyId));
        item->setToolTip(1, t->title);
        item->setData(0, kTaskIdRole, t->id);
        if (late)
            item->setForeground(1, QColor(0xb0, 0x1e, 0x2d));
    };
    for (const Task *t : overdue)
        add(t, true);
    for (const Task *t : upcoming)
        add(t, false);
    if (m_deadlines->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_deadlines,
                            {QString(), tr("No overdue tasks and no deadlines in the next %n day(s).",
                                           nullptr, kUpcomingDays)});
    m_tilesTitle->setText(tr("Indicators"));
    m_groupsTitle->setText(tr("Progress of the task groups"));
    m_deadlinesTitle->setText(
        tr("Overdue tasks and deadlines in the next %n day(s)", nullptr, kUpcomingDays));
}

void DashboardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace dx
