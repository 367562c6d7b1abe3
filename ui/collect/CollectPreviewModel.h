// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the import preview as a table: a row per refused file and per returned row, with what would
// change; a conflict's first column is checkable ("take the file's value").
#include "io/CollectPreview.h"

#include <QAbstractTableModel>

namespace dx {

class CollectPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        File,
        Outcome,
        Cell,
        What,
        Plan,
        Returned,
        Reason,
        ColumnCount
    };
    explicit CollectPreviewModel(QObject *parent = nullptr);

    void setPreview(const CollectPreview &preview);
    const CollectPreview &preview() const { return m_preview; }
    /// Settles every conflict not yet settled.
    void settleAll(CollectPreviewRow::Resolution resolution);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void settled(); ///< a conflict was settled either way

private:
    struct Line
    {
        int file = 0;
        int row = -1; ///< -1: the file's own line (refused as a whole)
    };
    void rebuild();
    const CollectPreviewRow *rowOf(const Line &line) const;
    CollectPreview m_preview;
    QList<Line> m_lines;
};

} // namespace dx
