// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: editors for the task table: date pickers, the agency picker, status and percent.
#include <QStyledItemDelegate>

namespace dx {

class PlanDocument;

class TaskItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    TaskItemDelegate(PlanDocument &document, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    /// Highlights in the title the words of the table's search (bold on a tinted background).
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    PlanDocument &m_document;
};

} // namespace dx
