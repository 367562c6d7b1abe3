// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewDialog.h"

#include "CollectPreviewModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace dx {

using O = CollectPreviewRow::Outcome;

ImportPreviewDialog::ImportPreviewDialog(const CollectPreview &preview, QWidget *parent)
    : QDialog(parent), m_model(new CollectPreviewModel(this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Import returned workbooks: preview"));
    m_model->setPreview(preview);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    // The reason is what the planner must read: it takes the rest of the width, and it and a long task
    // title wrap onto more lines instead of being cut off (the full text is also the tooltip).
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setColumnWidth(CollectPreviewModel::What,
                           qMin(m_view->columnWidth(CollectPreviewModel::What), 300));
    m_view->setColumnWidth(CollectPreviewModel::Reason, 0); // the stretch gives it what is left
    m_summary->setWordWrap(true);

    auto *keepAll = new QPushButton(tr("Keep the plan's values"), this);
    keepAll->setToolTip(tr("Settle every open conflict by keeping what the plan holds."));
    auto *takeAll = new QPushButton(tr("Take the files' values"), this);
    takeAll->setToolTip(tr("Settle every open conflict with the returned value (the last file wins)."));
    connect(keepAll, &QPushButton::clicked, this,
            [this] { m_model->settleAll(CollectPreviewRow::Resolution::KeepPlan); });
    connect(takeAll, &QPushButton::clicked, this,
            [this] { m_model->settleAll(CollectPreviewRow::Resolution::TakeFile); });
    m_skip = new QPushButton(tr("Leave refused files and cells out"), this);
    m_skip->setCheckable(true);
    connect(m_skip, &QPushButton::toggled, this, [this](bool on) {
        m_skipRefused = on;
        updateSummary();
    });
    auto *settle = new QHBoxLayout;
    settle->addWidget(new QLabel(tr("Conflicts:"), this));
    settle->addWidget(keepAll);
    settle->addWidget(takeAll);
    settle->addStretch();
    settle->addWidget(m_skip);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &CollectPreviewModel::settled, this, &ImportPreviewDialog::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(settle);
    layout->addWidget(buttons);
    // Wide enough for the reasons, within the screen (a 1366x768 laptop is common in the offices).
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(1240, available.width() - 40), qMin(620, available.height() - 60));
    // Rows as high as their wrapped text, following the columns' widths; above a few thousand rows that
    // measuring is slow, and the rows stay one line high (the tooltip holds the whole text).
    if (m_model->rowCount() <= 2000)
        m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    updateSummary();
}

const CollectPreview &ImportPreviewDialog::preview() const
{
    return m_model->preview();
}

void ImportPreviewDialog::updateSummary()
{
    const CollectPreview &p = m_model->preview();
    QString text = tr("%n file(s): ", nullptr, int(p.files.size())) +
                   tr("%1 new, %2 changed, %3 unchanged, %4 conflicts (%5 not settled), %6 refused.")
                       .arg(p.count(O::New))
                       .arg(p.count(O::Changed))
                       .arg(p.count(O::Unchanged))
                       .arg(p.count(O::Conflict))
                       .arg(p.undecidedConflicts())
                       .arg(p.count(O::Refused));
    const bool blockedByRefusal = p.refusedFiles() > 0 && !m_skipRefused;
    if (blockedByRefusal)
        text += QLatin1Char(' ') +
                tr("%n file(s) are refused: correct them, or leave them out to import the rest.", nullptr,
                   p.refusedFiles());
    else if (p.undecidedConflicts() > 0)
        text +=
            QLatin1Char(' ') + tr("Settle each conflict (tick to take the file's value) before importing.");
    else
        text += QLatin1Char(' ') +
                tr("Import writes %n value(s) or task(s) as one step you can undo.", nullptr, p.writes());
    m_summary->setText(text);
    m_import->setEnabled(!blockedByRefusal && p.undecidedConflicts() == 0 && p.writes() > 0);
}

} // namespace dx
