// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: lets a tree's long items (a group title is a whole sentence) wrap onto several lines at the
// tree's width instead of being cut or elided.
#include <QStyledItemDelegate>

class QTreeView;

namespace dx {

/**
 * QTreeView asks its delegate for row heights with an option rectangle of width -1 (a speed-up in
 * QTreeView::indexRowSizeHint), so the style cannot know where to wrap and every row gets one line's
 * height while the text is painted wrapped and cut. This delegate gives the style the width the item
 * really has (the column, less the indentation of its depth), so a wrapped item gets the lines it needs.
 * install() also lays the rows out again when the tree's width changes.
 */
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit WrappingItemDelegate(QTreeView *view);

    /// Sets word wrap on @p view, installs a WrappingItemDelegate and re-lays out rows on resize.
    static WrappingItemDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace dx
