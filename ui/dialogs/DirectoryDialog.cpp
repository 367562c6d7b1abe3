// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryDialog.h"

#include "document/PlanDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {
namespace {

enum AgencyColumn
{
    NameCol,
    ShortCol,
    EnglishCol,
    RetiredCol
};
enum PersonColumn
{
    PersonNameCol,
    PersonAgencyCol,
    PositionCol,
    EmailCol,
    PhoneCol
};

QTableWidgetItem *item(const QString &text, Id id)
{
    auto *i = new QTableWidgetItem(text);
    i->setData(Qt::UserRole, id);
    return i;
}

} // namespace

DirectoryDialog::DirectoryDialog(PlanDocument &document, QWidget *parent)
    : QDialog(parent), m_document(document), m_agencies(new QTableWidget(this)),
      m_persons(new QTableWidget(this))
{
    setWindowTitle(tr("Agencies and people"));
    resize(980, 620);
    m_agencies->setObjectName(QStringLiteral("agencyTable"));
    m_agencies->setColumnCount(4);
    m_agencies->setHorizontalHeaderLabels(
        {tr("Name"), tr("Short name"), tr("Name in English"), tr("Retired")});
    m_persons->setColumnCount(5);
    m_persons->setHorizontalHeaderLabels(
        {tr("Name"), tr("Agency"), tr("Position"), tr("E-mail"), tr("Phone")});
    for (QTableWidget *t : {m_agencies, m_persons}) {
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        t->setSortingEnabled(false);
    }

    auto *agencyButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add agency..."), this);
    auto *merge = new QPushButton(tr("&Merge duplicates..."), this);
    auto *retire = new QPushButton(tr("&Retire / restore"), this);
    merge->setToolTip(tr("Select two agencies: the second is merged into the first"));
    agencyButtons->addWidget(add);
    agencyButtons->addWidget(merge);
    agencyButtons->addWidget(retire);
    agencyButtons->addStretch();
    auto *agencyPage = new QWidget(this);
    auto *agencyLayout = new QVBoxLayout(agencyPage);
    agencyLayout->addWidget(m_agencies);
    agencyLayout->addLayout(agencyButtons);

    auto *addPersonButton = new QPushButton(tr("Add &person..."), this);
    auto *personPage = new QWidget(this);
    auto *personLayout = new QVBoxLayout(personPage);
    personLayout->addWidget(m_persons);
    personLayout->addWidget(addPersonButton, 0, Qt::AlignLeft);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(agencyPage, tr("Agencies"));
    tabs->addTab(personPage, tr("People"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &DirectoryDialog::addAgency);
    connect(merge, &QPushButton::clicked, this, &DirectoryDialog::mergeSelected);
    connect(retire, &QPushButton::clicked, this, &DirectoryDialog::toggleRetired);
    connect(addPersonButton, &QPushButton::clicked, this, &DirectoryDialog::addPerson);
    connect(m_agencies, &QTableWidget::itemChanged, this, &DirectoryDialog::onAgencyEdited);
    connect(m_persons, &QTableWidget::itemChanged, this, &DirectoryDialog::onPersonEdited);
    connect(&m_document, &PlanDocument::directoryChanged, this, &DirectoryDialog::fill);
    fill();
}

void DirectoryDialog::fill()
{
    m_filling = true;
    m_agencies->setRowCount(int(m_document.agencies().size()));
    int row = 0;
    for (const Agency &a : m_document.agencies()) {
        m_agencies->setItem(row, NameCol, item(a.name, a.id));
        m_agencies->setItem(row, ShortCol, item(a.shortName, a.id));
        m_agencies->setItem(row, EnglishCol, item(a.nameEn, a.id));
        auto *retired = item(a.retired ? tr("Retired") : QString(), a.id);
        retired->setFlags(retired->flags() & ~Qt::ItemIsEditable);
        m_agencies->setItem(row, RetiredCol, retired);
        ++row;
    }
    m_persons->setRowCount(int(m_document.persons().size()));
    row = 0;
    for (const Person &p : m_document.persons()) {
        m_persons->setItem(row, PersonNameCol, item(p.name, p.id));
        auto *agency = item(m_document.agencyName(p.agencyId), p.id);
        agency->setFlags(agency->flags() & ~Qt::ItemIsEditable);
        m_persons->setItem(row, PersonAgencyCol, agency);
        m_persons->setItem(row, PositionCol, item(p.position, p.id));
        m_persons->setItem(row, EmailCol, item(p.email, p.id));
        m_persons->setItem(row, PhoneCol, item(p.phone, p.id));
        ++row;
    }
    m_filling = false;
}

void DirectoryDialog::onAgencyEdited(QTableWidgetItem *changed)
{
    if (m_filling)
        return;
    const Id id = changed->data(Qt::UserRole).toLongLong();
    for (const Agency &a : m_document.agencies()) {
        if (a.id != id)
            continue;
        Agency edited = a;
        const QString text = changed->text().trimmed().normalized(QString::NormalizationForm_C);
        if (changed->column() == NameCol)
            edited.name = text;
        else if (changed->column() == ShortCol)
            edited.shortName = text;
        else if (changed->column() == EnglishCol)
            edited.nameEn = text;
        if (!m_document.editAgency(edited))
            fill(); // refused (e.g. an empty name): show the stored value again
        return;
    }
}

void DirectoryDialog::onPersonEdited(QTableWidgetItem *changed)
{
    if (m_filling)
        return;
    const Id id = changed->data(Qt::UserRole).toLongLong();
    for (const Person &p : m_document.persons()) {
        if (p.id != id)
            continue;
        Person edited = p;
        const QString text = changed->text().trimmed().normalized(QString::NormalizationForm_C);
        switch (changed->column()) {
        case PersonNameCol:
            edited.name = text;
            break;
        case PositionCol:
            edited.position = text;
            break;
        case EmailCol:
            edited.email = text;
            break;
        case PhoneCol:
            edited.phone = text;
            break;
        default:
            break;
        }
        if (!m_document.editPerson(edited))
            fill();
        return;
    }
}

void DirectoryDialog::addAgency()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add agency"), tr("Full name of the agency:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Agency a;
    a.name = name.trimmed().normalized(QString::NormalizationForm_C);
    m_document.addAgency(a);
}

void DirectoryDialog::addPerson()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add person"), tr("Full name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    Person p;
    p.name = name.trimmed().normalized(QString::NormalizationForm_C);
    m_document.addPerson(p);
}

bool DirectoryDialog::mergeRows(int keptRow, int duplicateRow)
{
    const Id kept = m_agencies->item(keptRow, NameCol)->data(Qt::UserRole).toLongLong();
    const Id duplicate = m_agencies->item(duplicateRow, NameCol)->data(Qt::UserRole).toLongLong();
    return m_document.mergeAgencies(kept, duplicate);
}

void DirectoryDialog::mergeSelected()
{
    QList<int> rows;
    for (const QModelIndex &i : m_agencies->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    if (rows.size() != 2) {
        QMessageBox::information(
            this, tr("Merge duplicates"),
            tr("Select exactly two agencies (hold Ctrl): the second is merged into the first."));
        return;
    }
    const QString keptName = m_agencies->item(rows[0], NameCol)->text();
    const QString dupName = m_agencies->item(rows[1], NameCol)->text();
    if (QMessageBox::question(this, tr("Merge duplicates"),
                              tr("Merge \"%1\" into \"%2\"? Every task of \"%1\" will name \"%2\" instead. "
                                 "(You can undo this.)")
                                  .arg(dupName, keptName)) == QMessageBox::Yes)
        mergeRows(rows[0], rows[1]);
}

void DirectoryDialog::toggleRetired()
{
    const QModelIndexList rows = m_agencies->selectionModel()->selectedRows();
    for (const QModelIndex &r : rows) {
        const Id id = m_agencies->item(r.row(), NameCol)->data(Qt::UserRole).toLongLong();
        for (const Agency &a : m_document.agencies())
            if (a.id == id) {
                Agency edited = a;
                edited.retired = !a.retired;
                m_document.editAgency(edited);
                break;
            }
    }
}

} // namespace dx
