// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkEditDialog.h"

#include "document/PlanDocument.h"
#include "models/TaskPresentation.h"
#include "views/AgencyPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>

namespace dx {

BulkEditDialog::BulkEditDialog(PlanDocument &document, int taskCount, QWidget *parent)
    : QDialog(parent), m_setLead(new QCheckBox(tr("Set &lead agency:"), this)),
      m_lead(new AgencyPicker(document, AgencyPicker::Kind::Agency, this)),
      m_setDeadline(new QCheckBox(tr("Set &deadline:"), this)),
      m_deadline(new QDateEdit(document.asOf(), this)), m_setStatus(new QCheckBox(tr("Set &status:"), this)),
      m_status(new QComboBox(this))
{
    setWindowTitle(tr("Change %n task(s)", nullptr, taskCount));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done})
        m_status->addItem(TaskPresentation::statusName(s), int(s));
    auto *grid = new QGridLayout(this);
    grid->addWidget(
        new QLabel(tr("Tick what to change in all %n selected task(s):", nullptr, taskCount), this), 0, 0, 1,
        2);
    grid->addWidget(m_setLead, 1, 0);
    grid->addWidget(m_lead, 1, 1);
    grid->addWidget(m_setDeadline, 2, 0);
    grid->addWidget(m_deadline, 2, 1);
    grid->addWidget(m_setStatus, 3, 0);
    grid->addWidget(m_status, 3, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    grid->addWidget(buttons, 4, 0, 1, 2);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lead, &QComboBox::currentIndexChanged, m_setLead, [this] { m_setLead->setChecked(true); });
    connect(m_deadline, &QDateEdit::dateChanged, m_setDeadline, [this] { m_setDeadline->setChecked(true); });
    connect(m_status, &QComboBox::currentIndexChanged, m_setStatus,
            [this] { m_setStatus->setChecked(true); });
}

QList<Task> BulkEditDialog::apply(QList<Task> tasks, const QDate &asOf) const
{
    const Id lead = m_setLead->isChecked() ? m_lead->resolve() : 0;
    for (Task &t : tasks) {
        if (m_setLead->isChecked())
            t.leadAgencyId = lead;
        if (m_setDeadline->isChecked())
            t.deadline = m_deadline->date();
        if (m_setStatus->isChecked())
            applyStatus(t, TaskStatus(m_status->currentData().toInt()), asOf);
    }
    return tasks;
}

} // namespace dx
