// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesGridPanel.h"

#include "ValuesGridModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dx {

ValuesGridPanel::ValuesGridPanel(IndicatorStatusCache &cache, QWidget *parent)
    : QWidget(parent), m_model(new ValuesGridModel(cache, this)), m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("valuesGrid"));
    m_view->setObjectName(QStringLiteral("valuesGridView"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(90);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);

    m_granularity = new QComboBox;
    m_granularity->setObjectName(QStringLiteral("periodChoice"));
    for (auto g : {ValuesGridModel::Granularity::Years, ValuesGridModel::Granularity::Halves,
                   ValuesGridModel::Granularity::Quarters})
        m_granularity->addItem(QString(), int(g)); // named in retranslate()
    connect(m_granularity, &QComboBox::activated, this, [this] {
        m_model->setGranularity(ValuesGridModel::Granularity(m_granularity->currentData().toInt()));
    });
    auto *paste = m_paste = new QPushButton;
    connect(paste, &QPushButton::clicked, this, &ValuesGridPanel::pasteClipboard);
    auto *clear = m_clear = new QPushButton;
    connect(clear, &QPushButton::clicked, this, &ValuesGridPanel::clearSelection);
    auto *top = new QHBoxLayout;
    m_periodsLabel = new QLabel;
    top->addWidget(m_periodsLabel);
    top->addWidget(m_granularity);
    top->addStretch();
    top->addWidget(paste);
    top->addWidget(clear);

    m_estimate = new QCheckBox;
    m_estimate->setObjectName(QStringLiteral("estimateCheck"));
    m_source = new QLineEdit;
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_note = new QLineEdit;
    m_apply = new QPushButton;
    retranslate();
    connect(m_apply, &QPushButton::clicked, this, &ValuesGridPanel::applyDetails);
    auto *details = new QHBoxLayout;
    details->addWidget(m_estimate);
    details->addWidget(m_source, 2);
    details->addWidget(m_note, 2);
    details->addWidget(m_apply);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("valuesError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    connect(m_model, &ValuesGridModel::refused, this, &ValuesGridPanel::showError);
    connect(m_model, &QAbstractItemModel::dataChanged, m_error, &QWidget::hide);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ValuesGridPanel::showCurrentDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ValuesGridPanel::showCurrentDetails);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ValuesGridPanel::showCurrentDetails);

    // Spreadsheet keys on the grid (the Edit menu's own paste belongs to the task table).
    auto addKey = [this](QKeySequence key, auto slot) {
        auto *a = new QAction(m_view);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
    };
    addKey(QKeySequence::Paste, [this] { pasteClipboard(); });
    addKey(QKeySequence::Copy, [this] { copySelection(); });
    addKey(QKeySequence::Delete, [this] { clearSelection(); });
    addKey(QKeySequence(Qt::Key_Backspace), [this] { clearSelection(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(details);
    layout->addWidget(m_error);
}

void ValuesGridPanel::showIndicator(Id id)
{
    m_model->setIndicator(id);
    m_granularity->setCurrentIndex(m_granularity->findData(int(m_model->granularity())));
    m_error->hide();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

void ValuesGridPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void ValuesGridPanel::showCurrentDetails()
{
    const auto m = m_model->cell(m_view->currentIndex());
    m_estimate->setChecked(m && m->estimate);
    m_source->setText(m ? m->source : QString());
    m_note->setText(m ? m->note : QString());
    // Long sources and notes show their beginning, the whole text in the tooltip.
    for (QLineEdit *edit : {m_source, m_note}) {
        edit->setCursorPosition(0);
        edit->setToolTip(edit->text());
    }
}

bool ValuesGridPanel::pasteClipboard()
{
    QModelIndex at = m_view->currentIndex();
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    for (const QModelIndex &i : selected) // the top-left of the selection, as spreadsheets do
        if (!at.isValid() || i.row() < at.row() || (i.row() == at.row() && i.column() < at.column()))
            at = i;
    return m_model->paste(at, QApplication::clipboard()->text(), true);
}

void ValuesGridPanel::copySelection() const
{
    QMap<int, QMap<int, QString>> cells;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        cells[i.row()][i.column()] =
            i.data(Qt::EditRole).toString() +
            (i.data(ValuesGridModel::EstimateRole).toBool() ? QStringLiteral("*") : QString());
    if (cells.isEmpty())
        return;
    int left = INT_MAX, right = 0;
    for (const auto &row : cells) {
        left = std::min(left, row.firstKey());
        right = std::max(right, row.lastKey());
    }
    QStringList lines;
    for (const auto &row : cells) {
        QStringList line;
        for (int c = left; c <= right; ++c)
            line << row.value(c);
        lines << line.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

bool ValuesGridPanel::clearSelection()
{
    return m_model->clear(m_view->selectionModel()->selectedIndexes());
}

bool ValuesGridPanel::applyDetails()
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty())
        cells << m_view->currentIndex();
    return m_model->setDetails(cells, m_estimate->isChecked(), m_source->text().trimmed(),
                               m_note->text().trimmed());
}

void ValuesGridPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ValuesGridPanel::retranslate()
{
    const char *const periods[] = {QT_TR_NOOP("Years"), QT_TR_NOOP("Years and halves"),
                                   QT_TR_NOOP("Years and quarters")};
    for (int i = 0; i < m_granularity->count() && i < int(std::size(periods)); ++i)
        m_granularity->setItemText(i, tr(periods[i]));
    m_paste->setText(tr("&Paste"));
    m_paste->setToolTip(tr("Paste a block copied from a spreadsheet, starting at the current cell (Ctrl+V)"));
    m_clear->setText(tr("C&lear"));
    m_clear->setToolTip(tr("Clear the selected values (Delete)"));
    m_periodsLabel->setText(tr("Periods:"));
    m_estimate->setText(tr("&Estimate"));
    m_source->setPlaceholderText(tr("Source"));
    m_note->setPlaceholderText(tr("Note"));
    m_apply->setText(tr("&Apply to selected values"));
}

} // namespace dx
