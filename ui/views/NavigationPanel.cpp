// SPDX-License-Identifier: GPL-3.0-or-later
#include "NavigationPanel.h"

#include "WrappingItemDelegate.h"
#include "document/PlanDocument.h"
#include "models/NavigationModel.h"
#include "store/PlanStore.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace dx {

NavigationPanel::NavigationPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new NavigationModel(document, this)),
      m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("navigationTree"));
    m_view->setModel(m_model);
    m_view->header()->hide();
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    // Group titles are whole sentences: they wrap at the tree's width, never cut; the tooltip repeats
    // the title with the counts.
    WrappingItemDelegate::install(m_view);
    m_view->expandToDepth(0);
    setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &NavigationPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_view->expandToDepth(0); });
}

void NavigationPanel::onCurrentChanged()
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    const Id id = i.data(NavigationModel::IdRole).toLongLong();
    switch (NavigationModel::Kind(i.data(NavigationModel::KindRole).toInt())) {
    case NavigationModel::Kind::Plan:
        emit planSelected();
        break;
    case NavigationModel::Kind::Group:
        emit groupSelected(id);
        break;
    case NavigationModel::Kind::Task:
        emit taskSelected(id);
        break;
    }
}

Id NavigationPanel::currentGroupId() const
{
    const QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return 0;
    const auto kind = NavigationModel::Kind(i.data(NavigationModel::KindRole).toInt());
    if (kind == NavigationModel::Kind::Group)
        return i.data(NavigationModel::IdRole).toLongLong();
    if (kind == NavigationModel::Kind::Task) {
        const auto t = m_document.task(i.data(NavigationModel::IdRole).toLongLong());
        return t ? t->groupId : 0;
    }
    return 0;
}

void NavigationPanel::selectGroup(Id id)
{
    const QModelIndex i = m_model->indexOfGroup(id);
    if (i.isValid())
        m_view->setCurrentIndex(i);
}

} // namespace dx
