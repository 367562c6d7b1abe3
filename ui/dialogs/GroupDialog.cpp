// SPDX-License-Identifier: GPL-3.0-or-later
#include "GroupDialog.h"

#include "domain/Validation.h"
#include "views/AgencyPicker.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace dx {

GroupDialog::GroupDialog(PlanDocument &document, const TaskGroup &group, QWidget *parent)
    : QDialog(parent), m_group(group), m_title(new QLineEdit(group.title, this)),
      m_titleEn(new QLineEdit(group.titleEn, this)),
      m_description(new QPlainTextEdit(group.description, this)),
      m_lead(new AgencyPicker(document, AgencyPicker::Kind::Agency, this))
{
    setWindowTitle(group.id ? tr("Edit task group") : tr("New task group"));
    m_lead->setCurrentId(group.leadAgencyId);
    m_title->setMinimumWidth(480);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Title in &English:"), m_titleEn);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Lead &agency:"), m_lead);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

TaskGroup GroupDialog::group() const
{
    TaskGroup g = m_group;
    g.title = m_title->text().trimmed().normalized(QString::NormalizationForm_C);
    g.titleEn = m_titleEn->text().trimmed().normalized(QString::NormalizationForm_C);
    g.description = m_description->toPlainText().trimmed().normalized(QString::NormalizationForm_C);
    g.leadAgencyId = m_lead->currentId();
    return g;
}

void GroupDialog::accept()
{
    const QString why = Validation::group(group());
    if (!why.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), why);
        return;
    }
    m_group.leadAgencyId = m_lead->resolve();
    QDialog::accept();
}

} // namespace dx
