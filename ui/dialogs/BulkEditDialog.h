// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: change the lead agency, deadline or status of several tasks at once (one undo step).
#include "domain/Task.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace dx {

class AgencyPicker;
class PlanDocument;

class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    BulkEditDialog(PlanDocument &document, int taskCount, QWidget *parent = nullptr);
    /// Applies the ticked changes to @p tasks.
    QList<Task> apply(QList<Task> tasks, const QDate &asOf) const;

    QCheckBox *leadCheck() const { return m_setLead; }
    QCheckBox *deadlineCheck() const { return m_setDeadline; }
    QCheckBox *statusCheck() const { return m_setStatus; }
    AgencyPicker *leadPicker() const { return m_lead; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QComboBox *statusBox() const { return m_status; }

private:
    QCheckBox *m_setLead;
    AgencyPicker *m_lead;
    QCheckBox *m_setDeadline;
    QDateEdit *m_deadline;
    QCheckBox *m_setStatus;
    QComboBox *m_status;
};

} // namespace dx
