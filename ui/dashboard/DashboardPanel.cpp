// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPanel.h"

#include "IndicatorTile.h"
#include "analysis/DataFollowUp.h"
#include "analysis/IndicatorRollUp.h"
#include "analysis/TaskRollUp.h"
#include "charts/ChartBuilder.h"
#include "charts/StatusColours.h"
#include "document/PlanDocument.h"
#include "indicators/IndicatorStatusCache.h"
#include "indicators/IndicatorSummary.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"
#include "views/WrappingItemDelegate.h"

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
constexpr int kIndicatorIdRole = Qt::UserRole + 2;
constexpr int kListHeight = 190; ///< the lists at the top: about eight rows each, so both rows fit 1366x768

/// A compact list of the dashboard's top part: no decoration, rows wrap, sized for eight rows.
QTreeWidget *attentionList(const char *name, int columns)
{
    auto *list = new QTreeWidget;
    list->setObjectName(QString::fromLatin1(name));
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setMinimumHeight(kListHeight);
    list->setMaximumHeight(kListHeight);
    // Long task and indicator names wrap at the column's width rather than being cut.
    WrappingItemDelegate::install(list);
    list->header()->setStretchLastSection(false);
    // Size the columns from the rows in view, not from hundreds of rows of a large plan.
    list->header()->setResizeContentsPrecision(0);
    return list;
}

QLabel *sectionTitle()
{
    auto *l = new QLabel;
    QFont f = l->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    l->setFont(f);
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed); // sits on its list, whatever the height
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
    m_overdueTitle = sectionTitle();
    m_overdue = new QChartView;
    m_overdue->setObjectName(QStringLiteral("overdueChart"));
    m_overdue->setRenderHint(QPainter::Antialiasing);
    m_overdue->setMinimumHeight(280);

    // What the head of department asks first: targets off track or at risk, overdue and coming tasks and
    // whose they are, and which figures are missing from whom. The tile of every indicator comes after.
    m_attentionTitle = sectionTitle();
    m_attention = attentionList("attention", 3);
    m_attention->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attention->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attention->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_deadlinesTitle = sectionTitle();
    m_deadlines = attentionList("deadlines", 3);
    m_deadlines->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_deadlines->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_deadlines->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_followUpTitle = sectionTitle();
    m_followUp = attentionList("followUp", 2);
    m_followUp->setRootIsDecorated(true);
    m_followUp->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_followUp->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto activateTask = [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, kTaskIdRole).value<Id>())
            emit taskActivated(id);
    };
    auto activateIndicator = [this](QTreeWidgetItem *item) {
        if (const Id id = item->data(0, kIndicatorIdRole).value<Id>())
            emit indicatorActivated(id);
    };
    connect(m_deadlines, &QTreeWidget::itemActivated, this, activateTask);
    connect(m_deadlines, &QTreeWidget::itemClicked, this, activateTask);
    for (QTreeWidget *list : {m_attention, m_followUp}) {
        connect(list, &QTreeWidget::itemActivated, this, activateIndicator);
        connect(list, &QTreeWidget::itemClicked, this, activateIndicator);
    }

    // Two columns, each a stack: what is wrong and what is missing on the left, the tasks on the right.
    auto *left = new QVBoxLayout;
    left->addWidget(m_attentionTitle);
    left->addWidget(m_attention);
    left->addWidget(m_followUpTitle);
    left->addWidget(m_followUp);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_deadlinesTitle);
    right->addWidget(m_deadlines);
    right->addWidget(m_groupsTitle);
    right->addWidget(m_groups);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addLayout(left, 1);
    top->addLayout(right, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_headline);
    layout->addWidget(m_counts);
    layout->addLayout(top);
    layout->addWidget(m_overdueTitle);
    layout->addWidget(m_overdue);
    layout->addWidget(m_tilesTitle);
    layout->addWidget(m_tileBox);
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
    connect(&document, &PlanDocument::directoryChanged, this, &DashboardPanel::refreshHeadline);
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
    m_attentionTitle->setText(tr("Targets off track or at risk"));
    m_followUpTitle->setText(tr("Figures to ask for"));
    m_attention->setHeaderLabels({tr("Indicator"), tr("Status"), tr("Latest value")});
    m_followUp->setHeaderLabels({tr("From / indicator"), tr("Latest value")});
    if (m_cache.isLoading()) {
        m_headline->setText(tr("Calculating the status of the indicators..."));
        m_counts->clear();
        m_attention->clear();
        m_followUp->clear();
        return;
    }
    refreshAttention();
    refreshFollowUp();
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

void DashboardPanel::refreshAttention()
{
    m_attention->clear();
    // Off track first, then at risk, each in the plan's order.
    for (const IndicatorStatus status : {IndicatorStatus::OffTrack, IndicatorStatus::AtRisk}) {
        for (const Indicator &ind : m_cache.indicators()) {
            const IndicatorAssessment a = m_cache.assessment(ind.id);
            if (a.status != status)
                continue;
            auto *item = new QTreeWidgetItem(m_attention);
            item->setText(0, QStringLiteral("%1 %2").arg(ind.code, ind.name));
            item->setToolTip(0, ind.name);
            // The word as well as the colour: grey printouts and colour-blind readers.
            item->setText(1, ChartText::status(status));
            item->setForeground(1, StatusColours::colour(status));
            item->setText(2, IndicatorSummary::latestAgainstTarget(ind, a));
            item->setToolTip(2, IndicatorSummary::details(ind, a, m_document.asOf()));
            item->setData(0, kIndicatorIdRole, ind.id);
        }
    }
    if (m_attention->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_attention, {tr("No target is off track or at risk.")});
}

void DashboardPanel::refreshFollowUp()
{
    m_followUp->clear();
    MeasurementsByIndicator values;
    for (const Indicator &ind : m_cache.indicators())
        values.insert(ind.id, m_cache.measurements(ind.id));
    const QList<FollowUpItem> missing = dataFollowUp(m_cache.indicators(), values, m_document.asOf());
    // One entry per unit asked (the locality for a per-locality figure, else the owner agency), in the order
    // the units first appear, each with the indicators it owes.
    QHash<QString, QTreeWidgetItem *> units;
    QHash<Id, const Indicator *> byId;
    for (const Indicator &ind : m_cache.indicators())
        byId.insert(ind.id, &ind);
    for (const FollowUpItem &f : missing) {
        const QString unit = f.localityId != 0 ? m_document.localityName(f.localityId)
                             : f.agencyId != 0 ? m_document.agencyName(f.agencyId)
                                               : tr("No agency assigned");
        QTreeWidgetItem *&parent = units[unit];
        if (!parent) {
            parent = new QTreeWidgetItem(m_followUp, {unit});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
        }
        const Indicator *ind = byId.value(f.indicatorId);
        auto *item = new QTreeWidgetItem(parent);
        item->setText(0, QStringLiteral("%1 %2").arg(ind->code, ind->name));
        item->setToolTip(0, ind->name);
        item->setText(1, f.lastPeriod.isEmpty() ? tr("none yet") : tr("last: %1").arg(f.lastPeriod));
        item->setData(0, kIndicatorIdRole, f.indicatorId);
    }
    for (QTreeWidgetItem *parent : std::as_const(units))
        parent->setText(1, tr("%n figure(s)", nullptr, parent->childCount()));
    m_followUp->expandAll();
    if (missing.isEmpty())
        new QTreeWidgetItem(m_followUp, {tr("Every figure is recorded for the last year.")});
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
    m_tilesTitle->setText(tr("Every indicator"));
    m_groupsTitle->setText(tr("Progress of the task groups"));
    m_overdueTitle->setText(tr("Overdue tasks by lead agency"));
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
