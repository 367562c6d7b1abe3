// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: every task of the plan as a table (one row a task), editable in place. A thin adapter:
// edits go to PlanDocument (one undo step each); rows change only through the document's batch signals,
// row by row (no reset below a few hundred rows).
#include "domain/Fields.h"
#include "domain/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace dx {

class PlanDocument;

class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TitleColumn,
        GroupColumn,
        LeadAgencyColumn,
        CooperatingColumn,
        PersonColumn,
        StartColumn,
        DeadlineColumn,
        StateColumn,
        PercentColumn,
        LegalRefColumn,
        OutputColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< Id of the task
        GroupIdRole,               ///< Id of its group
        LeadAgencyIdRole,
        StateRole,      ///< int(TaskState) on the document's "as of" date
        SortRole,       ///< a value that sorts naturally (dates as dates, titles folded)
        SearchTextRole, ///< folded text of every searchable field
        DeadlineRole,   ///< QDate
        DepthRole       ///< 0 for a top-level task, 1 for a sub-task, ...
    };

    explicit TaskTableModel(PlanDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /// The row of task @p id, or -1.
    int rowOf(Id id) const;
    /// The task shown in @p row (from the document's cache; valid until the next change).
    const Task &taskAt(int row) const;
    /// The task field shown in @p column, if the column shows one.
    static std::optional<TaskField> fieldOf(int column);

    /// MIME type of dragged task ids (a list of decimal ids, one per line).
    static QString taskIdsMimeType();

private:
    void fill();
    void reload();
    void onInserted(const QList<Id> &ids);
    void onChanged(const QList<Id> &ids, TaskFields fields);
    void onRemoved(const QList<Id> &ids);
    void refreshColumns(int first, int last);
    int depthOf(const Task &t) const;
    QString searchText(const Task &t) const;

    PlanDocument &m_document;
    QList<Id> m_ids;       ///< the task of each row; the values are the document's (its cache)
    QHash<Id, int> m_rows; ///< row of each id
    mutable QHash<Id, QString> m_searchCache; ///< folded text per task; dropped on change
};

} // namespace dx
