// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectPreviewModel.h"

#include "io/WorkbookText.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace dx {

using O = CollectPreviewRow::Outcome;

namespace {

/// A value as the window shows numbers (vi: 18,6), where core's text has the workbook's point.
QString shownValue(const Measurement &m)
{
    return QLocale().toString(m.value, 'g', 15) +
           (m.estimate ? QStringLiteral(" (") + WorkbookText::estimate() + QLatin1Char(')') : QString());
}

bool isValue(const CollectPreviewRow *row)
{
    return row && row->kind == CollectRow::Kind::Value && row->outcome != O::Refused;
}

} // namespace

CollectPreviewModel::CollectPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void CollectPreviewModel::setPreview(const CollectPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    rebuild();
    endResetModel();
}

void CollectPreviewModel::rebuild()
{
    // Unchanged rows are left out: the summary counts them; the table shows what needs a look.
    m_lines.clear();
    for (int f = 0; f < m_preview.files.size(); ++f) {
        const CollectPreviewFile &file = m_preview.files.at(f);
        if (!file.refusal.isEmpty())
            m_lines.append({f, -1});
        for (int r = 0; r < file.rows.size(); ++r)
            if (file.rows.at(r).outcome != O::Unchanged)
                m_lines.append({f, r});
    }
}

void CollectPreviewModel::settleAll(CollectPreviewRow::Resolution resolution)
{
    m_preview.settleAll(resolution);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
    emit settled();
}

const CollectPreviewRow *CollectPreviewModel::rowOf(const Line &line) const
{
    return line.row < 0 ? nullptr : &m_preview.files.at(line.file).rows.at(line.row);
}

int CollectPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int CollectPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CollectPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const CollectPreviewFile &file = m_preview.files.at(line.file);
    const CollectPreviewRow *row = rowOf(line);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File:
            return file.fileName;
        case Outcome:
            if (!row)
                return tr("file refused");
            if (row->outcome == O::Conflict)
                return row->resolution == CollectPreviewRow::Resolution::TakeFile
                           ? tr("conflict: take the file's value")
                       : row->resolution == CollectPreviewRow::Resolution::KeepPlan
                           ? tr("conflict: keep the plan's")
                           : tr("conflict: not settled");
            return CollectPreview::outcomeName(row->outcome);
        case Cell:
            return row ? row->address : QString();
        case What:
            return row ? row->what : QString();
        case Plan:
            if (isValue(row))
                return row->old ? shownValue(*row->old) : QString();
            return row ? row->oldText : QString();
        case Returned:
            return isValue(row) ? shownValue(row->value) : row ? row->newText : QString();
        case Reason:
            return row ? row->reason : file.refusal;
        default:
            return {};
        }
    }
    if (role == Qt::CheckStateRole && index.column() == Outcome && row && row->outcome == O::Conflict)
        return row->resolution == CollectPreviewRow::Resolution::TakeFile ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        if (!row || row->outcome == O::Refused)
            return QBrush(QColor(0xB0, 0x1C, 0x1C));
        if (row->outcome == O::Conflict)
            return QBrush(QColor(0x9A, 0x5B, 0x00));
    }
    return {};
}

bool CollectPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != Outcome)
        return false;
    const Line &line = m_lines.at(index.row());
    if (line.row < 0)
        return false;
    CollectPreviewRow &row = m_preview.files[line.file].rows[line.row];
    if (row.outcome != O::Conflict)
        return false;
    row.resolution = value.toInt() == Qt::Checked ? CollectPreviewRow::Resolution::TakeFile
                                                  : CollectPreviewRow::Resolution::KeepPlan;
    emit dataChanged(index, index);
    emit settled();
    return true;
}

Qt::ItemFlags CollectPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const CollectPreviewRow *row = rowOf(m_lines.at(index.row()));
    if (index.column() == Outcome && row && row->outcome == O::Conflict)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CollectPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Outcome:
        return tr("Outcome");
    case Cell:
        return tr("Cell");
    case What:
        return tr("Indicator or task");
    case Plan:
        return tr("In the plan");
    case Returned:
        return tr("In the file");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace dx
