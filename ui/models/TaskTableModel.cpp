// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskTableModel.h"

#include "TaskPresentation.h"
#include "analysis/Plausibility.h"
#include "analysis/TaskState.h"
#include "document/PlanDocument.h"
#include "domain/TextSearch.h"
#include "store/PlanStore.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QMimeData>
#include <QStyle>

namespace dx {

TaskTableModel::TaskTableModel(PlanDocument &document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    fill();
    connect(&m_document, &PlanDocument::reloaded, this, &TaskTableModel::reload);
    connect(&m_document, &PlanDocument::tasksRemoved, this, &TaskTableModel::onRemoved);
    connect(&m_document, &PlanDocument::tasksInserted, this, &TaskTableModel::onInserted);
    connect(&m_document, &PlanDocument::tasksChanged, this, &TaskTableModel::onChanged);
    connect(&m_document, &PlanDocument::directoryChanged, this,
            [this] { refreshColumns(LeadAgencyColumn, PersonColumn); });
    connect(&m_document, &PlanDocument::groupListChanged, this,
            [this] { refreshColumns(GroupColumn, GroupColumn); });
    connect(&m_document, &PlanDocument::asOfChanged, this,
            [this] { refreshColumns(StateColumn, StateColumn); });
}

void TaskTableModel::fill()
{
    m_ids.clear();
    m_rows.clear();
    for (const Task &t : m_document.tasks()) {
        m_rows.insert(t.id, int(m_ids.size()));
        m_ids << t.id;
    }
    m_searchCache.clear();
}

void TaskTableModel::reload()
{
    beginResetModel();
    fill();
    endResetModel();
}

void TaskTableModel::onInserted(const QList<Id> &ids)
{
    constexpr int kResetAbove = 300; // beyond this, one reset is cheaper for the views than many inserts
    if (ids.size() > kResetAbove) {
        reload();
        return;
    }
    // Each new row goes where the plan's order puts it (an undone deletion comes back in its place):
    // before the first task that follows it in the document's order and is already a row.
    const QList<Task> &all = m_document.tasks();
    for (Id id : ids) {
        if (m_rows.contains(id) || !m_document.task(id))
            continue;
        int row = int(m_ids.size());
        int i = 0;
        while (i < all.size() && all[i].id != id)
            ++i;
        for (++i; i < all.size(); ++i)
            if (const int r = rowOf(all[i].id); r >= 0) {
                row = r;
                break;
            }
        beginInsertRows({}, row, row);
        m_ids.insert(row, id);
        for (int r = row; r < m_ids.size(); ++r)
            m_rows[m_ids[r]] = r;
        endInsertRows();
    }
}

void TaskTableModel::onChanged(const QList<Id> &ids, TaskFields fields)
{
    Q_UNUSED(fields)
    for (Id id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        m_searchCache.remove(id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void TaskTableModel::onRemoved(const QList<Id> &ids)
{
    for (Id id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        beginRemoveRows({}, row, row);
        m_ids.removeAt(row);
        m_rows.remove(id);
        m_searchCache.remove(id);
        for (int r = row; r < m_ids.size(); ++r)
            m_rows[m_ids[r]] = r;
        endRemoveRows();
    }
}

void TaskTableModel::refreshColumns(int first, int last)
{
    m_searchCache.clear();
    if (!m_ids.isEmpty())
        emit dataChanged(index(0, first), index(int(m_ids.size()) - 1, last));
}

const Task &TaskTableModel::taskAt(int row) const
{
    static const Task none;
    const Task *t = m_document.task(m_ids.value(row));
    return t ? *t : none;
}

int TaskTableModel::rowOf(Id id) const
{
    return m_rows.value(id, -1);
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}
int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int TaskTableModel::depthOf(const Task &t) const
{
    int depth = 0;
    Id parent = t.parentId;
    while (parent != 0 && depth < 16) {
        const int row = rowOf(parent);
        if (row < 0)
            break;
        parent = taskAt(row).parentId;
        ++depth;
    }
    return depth;
}

QString TaskTableModel::searchText(const Task &t) const
{
    auto it = m_searchCache.constFind(t.id);
    if (it != m_searchCache.cend())
        return *it;
    QStringList parts{t.title,
                      t.legalRef,
                      t.output,
                      t.notes,
                      m_document.agencyName(t.leadAgencyId),
                      m_document.personName(t.personId)};
    if (const TaskGroup *g = m_document.group(t.groupId)) // "chinh quyen so" finds the group's tasks
        parts << g->title << g->titleEn;
    for (const Agency &a : m_document.agencies())
        if (a.id == t.leadAgencyId || t.cooperatingAgencyIds.contains(a.id))
            parts << a.name << a.shortName;
    const QString folded = foldForSearch(parts.join(QLatin1Char(' ')));
    m_searchCache.insert(t.id, folded);
    return folded;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Task &t = taskAt(index.row());
    const QDate asOf = m_document.asOf();
    const TaskState state = taskState(t, asOf);
    const QLocale locale;
    switch (role) {
    case IdRole:
        return t.id;
    case GroupIdRole:
        return t.groupId;
    case LeadAgencyIdRole:
        return t.leadAgencyId;
    case StateRole:
        return int(state);
    case DeadlineRole:
        return t.deadline;
    case DepthRole:
        return depthOf(t);
    case SearchTextRole:
        return searchText(t);
    default:
        break;
    }
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole) {
        const bool sort = role == SortRole;
        const bool edit = role == Qt::EditRole;
        switch (column) {
        case TitleColumn:
            if (sort)
                return foldForSearch(t.title);
            return edit ? t.title : QString(depthOf(t) * 4, QLatin1Char(' ')) + t.title;
        case GroupColumn:
            return sort ? QVariant(m_document.groupIndex(t.groupId))
                        : QVariant(m_document.groupTitle(t.groupId));
        case LeadAgencyColumn:
            if (edit)
                return t.leadAgencyId;
            return sort ? QVariant(foldForSearch(m_document.agencyName(t.leadAgencyId)))
                        : QVariant(m_document.agencyName(t.leadAgencyId));
        case CooperatingColumn: {
            QStringList names;
            for (Id a : t.cooperatingAgencyIds)
                names << m_document.agencyName(a);
            return names.join(QLatin1String("; "));
        }
        case PersonColumn:
            return m_document.personName(t.personId);
        case StartColumn:
            if (sort || edit)
                return t.startDate;
            return t.startDate.isValid() ? locale.toString(t.startDate, QLocale::ShortFormat) : QString();
        case DeadlineColumn:
            if (sort || edit)
                return t.deadline;
            return t.deadline.isValid() ? locale.toString(t.deadline, QLocale::ShortFormat) : QString();
        case StateColumn:
            if (sort)
                return stateSortKey(state);
            if (edit)
                return int(t.status);
            return stateText(t, asOf);
        case PercentColumn:
            if (sort || edit)
                return t.percentComplete;
            return QStringLiteral("%1%").arg(locale.toString(t.percentComplete));
        case LegalRefColumn:
            return t.legalRef;
        case OutputColumn:
            return t.output;
        default:
            return {};
        }
    }
    if (column == StateColumn || column == DeadlineColumn || column == TitleColumn) {
        const bool warn = state == TaskState::Overdue;
        const bool soon = !warn && isDueWithin(t, asOf, kDueSoonDays);
        if (role == Qt::BackgroundRole && (warn || soon))
            return stateBackground(warn);
        if (role == Qt::FontRole && warn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::DecorationRole && column == StateColumn && (warn || soon))
            return QApplication::style()->standardIcon(warn ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation);
    }
    if (column == PercentColumn && (role == Qt::DecorationRole || role == Qt::ToolTipRole)) {
        // Allowed but unlikely (a status that contradicts the percent, a completion after "as of"): a
        // warning in the row, never a refusal. Plan > Check the data lists them all.
        const QList<PlausibilityWarning> warnings = Plausibility::task(t, asOf);
        if (!warnings.isEmpty()) {
            if (role == Qt::DecorationRole)
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            QStringList lines;
            for (const PlausibilityWarning &w : warnings)
                lines << w.message;
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (column == PercentColumn || column == StartColumn || column == DeadlineColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole &&
        (column == TitleColumn || column == OutputColumn || column == GroupColumn)) {
        // Long Vietnamese titles are cut in the table's width: the tooltip always has the whole text.
        if (column == GroupColumn)
            return m_document.groupTitle(t.groupId);
        if (column == OutputColumn)
            return t.output;
        return t.notes.isEmpty() ? t.title : t.title + QStringLiteral("\n\n") + t.notes;
    }
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case GroupColumn:
        return tr("Group");
    case LeadAgencyColumn:
        return tr("Lead agency");
    case CooperatingColumn:
        return tr("Cooperating agencies");
    case PersonColumn:
        return tr("Responsible");
    case StartColumn:
        return tr("Start");
    case DeadlineColumn:
        return tr("Deadline");
    case StateColumn:
        return tr("Status");
    case PercentColumn:
        return tr("Done");
    case LegalRefColumn:
        return tr("Legal reference");
    case OutputColumn:
        return tr("Output");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    f |= Qt::ItemIsDragEnabled;
    switch (index.column()) {
    case TitleColumn:
    case LeadAgencyColumn:
    case StartColumn:
    case DeadlineColumn:
    case StateColumn:
    case PercentColumn:
    case LegalRefColumn:
    case OutputColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

std::optional<TaskField> TaskTableModel::fieldOf(int column)
{
    switch (column) {
    case TitleColumn:
        return TaskField::Title;
    case GroupColumn:
        return TaskField::Group;
    case LeadAgencyColumn:
        return TaskField::LeadAgency;
    case CooperatingColumn:
        return TaskField::CooperatingAgencies;
    case PersonColumn:
        return TaskField::Person;
    case StartColumn:
        return TaskField::StartDate;
    case DeadlineColumn:
        return TaskField::Deadline;
    case StateColumn:
        return TaskField::Status;
    case PercentColumn:
        return TaskField::PercentComplete;
    case LegalRefColumn:
        return TaskField::LegalRef;
    case OutputColumn:
        return TaskField::Output;
    default:
        return std::nullopt;
    }
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const auto field = fieldOf(index.column());
    if (!field)
        return false;
    // The same path as the details pane: text is normalised by the store, the status rule applied once.
    // The row itself changes when the document reports the committed edit (onChanged).
    return m_document.setTaskField({taskAt(index.row()).id}, *field, value);
}

QString TaskTableModel::taskIdsMimeType()
{
    return QStringLiteral("application/x-dxplanner-task-ids");
}

QStringList TaskTableModel::mimeTypes() const
{
    return {taskIdsMimeType()};
}

QMimeData *TaskTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        const QString id = QString::number(data(i, IdRole).toLongLong());
        if (!ids.contains(id))
            ids << id;
    }
    auto *mime = new QMimeData;
    mime->setData(taskIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

} // namespace dx
