// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectStatusDialog.h"

#include "domain/Period.h"
#include "io/CollectSnapshot.h"
#include "store/PlanStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace dx {

CollectStatusDialog::CollectStatusDialog(const PlanStore &store, const QString &period, QWidget *parent)
    : QDialog(parent), m_store(store), m_period(new QLineEdit(period, this)), m_by(new QComboBox(this)),
      m_summary(new QLabel(this)), m_model(new QStandardItemModel(this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Collection status"));
    m_by->addItem(tr("Agencies"), int(CollectUnit::Kind::Agency));
    m_by->addItem(tr("Localities"), int(CollectUnit::Kind::Locality));
    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), m_period);
    form->addRow(tr("Units:"), m_by);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    // One line per unit, as tight as the text: the list of a province's agencies (30-40) should be
    // read without much scrolling.
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton =
        buttons->addButton(tr("&Print the follow-up list..."), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &CollectStatusDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_period, &QLineEdit::editingFinished, this, &CollectStatusDialog::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &CollectStatusDialog::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    resize(qMin(820, available.width() - 40), qMin(680, available.height() - 60));
    refresh();
}

void CollectStatusDialog::refresh()
{
    const auto p = Period::parse(m_period->text());
    m_model->clear();
    m_model->setHorizontalHeaderLabels(
        {tr("Unit"), tr("Rows asked"), tr("Returned"), tr("Received"), tr("File")});
    m_rows.clear();
    if (!p) {
        m_summary->setText(tr("Write the period as 2024, 2024-H1 or 2024-Q3."));
        return;
    }
    m_rows = CollectStatus::rows(CollectSnapshot::read(m_store),
                                 CollectUnit::Kind(m_by->currentData().toInt()), p->key());
    // Not returned first: that is the list to chase.
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const CollectStatusRow &a, const CollectStatusRow &b) {
        return !a.returned && b.returned;
    });
    int returned = 0;
    for (const CollectStatusRow &r : m_rows) {
        returned += r.returned ? 1 : 0;
        QList<QStandardItem *> items{
            new QStandardItem(r.unit.name), new QStandardItem(QString::number(r.rows)),
            new QStandardItem(r.returned ? tr("yes") : tr("not yet")),
            new QStandardItem(r.received.isValid() ? QLocale().toString(r.received, QLocale::ShortFormat)
                                                   : QString()),
            new QStandardItem(r.fileName)};
        if (!r.returned)
            items.at(2)->setForeground(QColor(0xB0, 0x1C, 0x1C));
        m_model->appendRow(items);
    }
    m_summary->setText(
        tr("%1 of %2 units returned their workbook for %3.").arg(returned).arg(m_rows.size()).arg(p->key()));
    m_view->resizeColumnsToContents();
}

QString CollectStatusDialog::followUpText() const
{
    const auto p = Period::parse(m_period->text());
    return CollectStatus::toText(m_rows, p ? p->key() : m_period->text());
}

void CollectStatusDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setPlainText(followUpText());
    doc.print(&printer);
}

} // namespace dx
