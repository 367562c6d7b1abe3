// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace dx {

OptionalDateEdit::OptionalDateEdit(QWidget *parent)
    : QWidget(parent), m_set(new QCheckBox(this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_set);
    layout->addWidget(m_edit, 1);
    connect(m_set, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_set, &QCheckBox::clicked, this, &OptionalDateEdit::edited);
    connect(m_edit, &QDateEdit::editingFinished, this, &OptionalDateEdit::edited);
    m_edit->installEventFilter(this);
    m_set->setToolTip(tr("Untick when there is no date"));
}

void OptionalDateEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_set->setToolTip(tr("Untick when there is no date"));
    QWidget::changeEvent(event);
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    // After select-all (Ctrl+A, or a triple click) QDateEdit ignores typed digits: it edits one section at
    // a time and the selection spans them all. A planner types the whole date ("30062024" or
    // "30/06/2024"), so the first digit starts the day section and QDateEdit moves on by itself.
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QLineEdit *line = m_edit->findChild<QLineEdit *>();
        const QChar c = key->text().isEmpty() ? QChar() : key->text().at(0);
        if (line && c.isDigit()) {
            if (line->hasSelectedText() && line->selectedText() == line->text())
                m_edit->setSelectedSection(QDateTimeEdit::DaySection);
            m_sectionAtDigit = m_edit->currentSectionIndex();
        } else if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')) {
            // "30/06/2024": QDateEdit already moved on after the second digit; the separator would skip
            // the month. Swallowed then; otherwise ("3/6/2024") it moves on as usual.
            const bool movedOn = m_sectionAtDigit >= 0 && m_edit->currentSectionIndex() > m_sectionAtDigit;
            m_sectionAtDigit = -1;
            if (movedOn)
                return true;
        } else {
            m_sectionAtDigit = -1;
        }
    }
    return QWidget::eventFilter(watched, event);
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
