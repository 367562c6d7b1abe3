// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace dx {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_set(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_set->setToolTip(tr("Untick when there is no date"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_set, &QCheckBox::clicked, this, &OptionalDateEdit::edited);
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::edited);
}

QDate OptionalDateEdit::date() const
{
    return m_set->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date, const QDate &suggestion)
{
    const QSignalBlocker b1(m_set), b2(m_edit);
    m_set->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    m_edit->setDate(date.isValid() ? date : suggestion);
}

} // namespace dx
