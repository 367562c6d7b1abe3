// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QTimer>
#include <QTreeView>

namespace dx {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

WrappingItemDelegate *WrappingItemDelegate::install(QTreeView *view)
{
    auto *delegate = new WrappingItemDelegate(view);
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
    // The width changes with the splitter or the window: row heights follow, once per burst of resizes.
    auto *relayout = new QTimer(view);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    QObject::connect(relayout, &QTimer::timeout, view, [view] { view->doItemsLayout(); });
    QObject::connect(view->header(), &QHeaderView::sectionResized, relayout,
                     [relayout](int, int oldSize, int newSize) {
                         if (oldSize != newSize)
                             relayout->start();
                     });
    return delegate;
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == m_view->header()->logicalIndex(0))
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    // The style wraps only within a valid rectangle (QCommonStyle's item size): the height is a bound.
    opt.rect = QRect(0, 0, width, QWIDGETSIZE_MAX);
    opt.features |= QStyleOptionViewItem::WrapText;
    const QWidget *widget = opt.widget ? opt.widget : m_view;
    QStyle *style = widget->style() ? widget->style() : QApplication::style();
    return style->sizeFromContents(QStyle::CT_ItemViewItem, &opt, QSize(), widget);
}

} // namespace dx
