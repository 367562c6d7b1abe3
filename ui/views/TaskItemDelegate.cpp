// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskItemDelegate.h"

#include "AgencyPicker.h"
#include "models/TaskPresentation.h"
#include "models/TaskTableModel.h"

#include "domain/TextSearch.h"
#include "models/TaskFilterProxy.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QPainter>
#include <QSpinBox>
#include <QTextLayout>

namespace dx {

TaskItemDelegate::TaskItemDelegate(PlanDocument &document, QObject *parent)
    : QStyledItemDelegate(parent), m_document(document)
{
}

void TaskItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const auto *proxy = qobject_cast<const TaskFilterProxy *>(index.model());
    if (index.column() != TaskTableModel::TitleColumn || !proxy || proxy->searchText().isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto ranges = matchRanges(text, proxy->searchText());
    if (ranges.isEmpty())
        return QStyledItemDelegate::paint(painter, option, index);
    // The cell without its text (background, selection, focus), then the text laid out with the matches
    // formatted: QStyledItemDelegate has no way to format part of a cell's text.
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    QTextLayout layout(text, opt.font);
    QList<QTextLayout::FormatRange> formats;
    QColor tint = opt.palette.color(QPalette::Highlight);
    tint.setAlpha(70);
    for (const auto &[start, length] : ranges) {
        QTextLayout::FormatRange f;
        f.start = start;
        f.length = length;
        f.format.setFontWeight(QFont::Bold);
        f.format.setBackground(tint);
        formats << f;
    }
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, opt.widget) + 1;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(
        opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter, QPointF(area.left() + margin, area.top() + (area.height() - line.height()) / 2));
    painter->restore();
}

QWidget *TaskItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    switch (index.column()) {
    case TaskTableModel::StartColumn:
    case TaskTableModel::DeadlineColumn: {
        auto *e = new QDateEdit(parent);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat).contains(QLatin1String("yyyy"))
                                ? QLocale().dateFormat(QLocale::ShortFormat)
                                : QStringLiteral("dd/MM/yyyy"));
        return e;
    }
    case TaskTableModel::LeadAgencyColumn:
        return new AgencyPicker(m_document, AgencyPicker::Kind::Agency, parent);
    case TaskTableModel::StateColumn: {
        auto *e = new QComboBox(parent);
        for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done})
            e->addItem(TaskPresentation::statusName(s), int(s));
        return e;
    }
    case TaskTableModel::PercentColumn: {
        auto *e = new QSpinBox(parent);
        e->setRange(0, 100);
        e->setSuffix(QStringLiteral("%"));
        return e;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TaskItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto *d = qobject_cast<QDateEdit *>(editor))
        d->setDate(v.toDate().isValid() ? v.toDate() : QDate::currentDate());
    else if (auto *a = qobject_cast<AgencyPicker *>(editor))
        a->setCurrentId(v.toLongLong());
    else if (auto *c = qobject_cast<QComboBox *>(editor))
        c->setCurrentIndex(std::max(0, c->findData(v.toInt())));
    else if (auto *s = qobject_cast<QSpinBox *>(editor))
        s->setValue(v.toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void TaskItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *d = qobject_cast<QDateEdit *>(editor))
        model->setData(index, d->date());
    else if (auto *a = qobject_cast<AgencyPicker *>(editor))
        model->setData(index, a->resolve());
    else if (auto *c = qobject_cast<QComboBox *>(editor))
        model->setData(index, c->currentData());
    else if (auto *s = qobject_cast<QSpinBox *>(editor))
        model->setData(index, s->value());
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace dx
