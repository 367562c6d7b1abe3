// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataCheckDialog.h"

#include "analysis/Plausibility.h"
#include "document/PlanDocument.h"
#include "store/PlanStore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {
namespace {

constexpr int kTaskRole = Qt::UserRole + 1;
constexpr int kIndicatorRole = Qt::UserRole + 2;

} // namespace

DataCheckDialog::DataCheckDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_summary(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("dataCheck"));
    m_summary->setWordWrap(true);
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(2);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 360);
    m_list->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const Id task = item->data(0, kTaskRole).toLongLong())
            emit taskChosen(task);
        else if (const Id indicator = item->data(0, kIndicatorRole).toLongLong())
            emit indicatorChosen(indicator);
    });
    // Kept up to date while the planner corrects what it lists.
    connect(&document, &PlanDocument::tasksChanged, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::tasksInserted, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::tasksRemoved, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::measurementsChanged, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::indicatorsChanged, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::asOfChanged, this, &DataCheckDialog::refill);
    connect(&document, &PlanDocument::reloaded, this, &DataCheckDialog::refill);
    retranslate();
}

void DataCheckDialog::refill()
{
    m_list->clear();
    int count = 0;
    for (const Task &t : m_document.tasks())
        for (const PlausibilityWarning &w : Plausibility::task(t, m_document.asOf())) {
            auto *item = new QTreeWidgetItem(m_list, {t.title, w.message});
            item->setData(0, kTaskRole, t.id);
            item->setToolTip(0, t.title);
            ++count;
        }
    // Every value once, grouped by indicator in one pass.
    QHash<Id, QList<Measurement>> byIndicator;
    for (const Measurement &m : m_document.store().allMeasurements())
        byIndicator[m.indicatorId].append(m);
    for (const Indicator &i : m_document.indicators())
        for (const PlausibilityWarning &w : Plausibility::values(i, byIndicator.value(i.id))) {
            const QString where =
                w.localityId == 0
                    ? QStringLiteral("%1 %2").arg(i.code, i.name)
                    : QStringLiteral("%1 %2 (%3)").arg(i.code, i.name, m_document.localityName(w.localityId));
            auto *item = new QTreeWidgetItem(m_list, {where, w.message});
            item->setData(0, kIndicatorRole, i.id);
            item->setToolTip(0, where);
            ++count;
        }
    m_summary->setText(count == 0 ? tr("Nothing to check: no status contradicts its percent, no completion "
                                       "lies after the \"as of\" date and no value jumps.")
                                  : tr("%n thing(s) to check. These are warnings, not errors: correct what "
                                       "is wrong, leave what is right. Double-click a line to go to it.",
                                       nullptr, count));
}

void DataCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DataCheckDialog::retranslate()
{
    setWindowTitle(tr("Check the data"));
    m_list->setHeaderLabels({tr("Task or indicator"), tr("What to check")});
    refill();
}

} // namespace dx
