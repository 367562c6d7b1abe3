#include "IndicatorPanel.h"

#include "models/IndicatorTableModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace dx {

IndicatorPanel::IndicatorPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_model(new IndicatorTableModel(document, this)), m_view(new QTableView(this))
{
    m_view->setObjectName(QStringLiteral("indicatorTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->setVisible(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IndicatorTableModel::NameColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

} // namespace dx
