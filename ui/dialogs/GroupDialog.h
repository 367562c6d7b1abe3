// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: add or edit a task group: title (and English title), description, lead agency.
#include "domain/TaskGroup.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace dx {

class AgencyPicker;
class PlanDocument;

class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(PlanDocument &document, const TaskGroup &group, QWidget *parent = nullptr);
    /// The group as edited (lead agency resolved, text normalised to NFC).
    TaskGroup group() const;
    void accept() override;

private:
    TaskGroup m_group;
    QLineEdit *m_title;
    QLineEdit *m_titleEn;
    QPlainTextEdit *m_description;
    AgencyPicker *m_lead;
};

} // namespace dx
