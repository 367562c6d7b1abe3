// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriodDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace dx {

ReportPeriodDialog::ReportPeriodDialog(const QList<std::pair<Period, QString>> &periods,
                                       const ReportSettings &settings, const QDate &today, QWidget *parent)
    : QDialog(parent), m_periods(periods), m_settings(settings), m_today(today), m_period(new QComboBox),
      m_cutOff(new QDateEdit), m_documentDate(new QDateEdit), m_problem(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Reporting period"));
    for (const auto &p : m_periods)
        m_period->addItem(p.second);
    // Dates as the report prints them.
    for (QDateEdit *edit : {m_cutOff, m_documentDate}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
    }
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Report &on:"), m_period);
    form->addRow(tr("Figures &as of the end of:"), m_cutOff);
    form->addRow(tr("Report &dated:"), m_documentDate);
    auto *hint = new QLabel(tr("The cut-off and the date follow the reporting calendar in the report "
                               "settings; change them here for this report only."));
    hint->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ReportPeriodDialog::periodChanged);
    connect(m_cutOff, &QDateEdit::dateChanged, this, &ReportPeriodDialog::cutOffChanged);
    connect(m_documentDate, &QDateEdit::dateChanged, this, &ReportPeriodDialog::check);
    periodChanged();
}

Period ReportPeriodDialog::period() const
{
    const int i = m_period->currentIndex();
    return i >= 0 && i < m_periods.size() ? m_periods.at(i).first : Period();
}

ReportDates ReportPeriodDialog::dates() const
{
    return {m_cutOff->date(), m_documentDate->date()};
}

void ReportPeriodDialog::setPeriodIndex(int index)
{
    m_period->setCurrentIndex(index);
}

void ReportPeriodDialog::setCutOff(const QDate &date)
{
    m_cutOff->setDate(date);
}

void ReportPeriodDialog::setDocumentDate(const QDate &date)
{
    m_documentDate->setDate(date);
}

void ReportPeriodDialog::periodChanged()
{
    const ReportDates d = ReportDates::defaults(m_settings, period(), m_today);
    {
        const QSignalBlocker blocker(m_cutOff);
        m_cutOff->setDate(d.cutOff);
    }
    m_documentDate->setDate(d.documentDate);
    check();
}

void ReportPeriodDialog::cutOffChanged()
{
    // A new cut-off moves the report's date with it, by the calendar's days; the date stays editable.
    m_documentDate->setDate(m_settings.documentDateFor(m_cutOff->date()));
    check();
}

QString ReportPeriodDialog::problem() const
{
    const Period p = period();
    if (!p.isValid())
        return tr("Choose a reporting period.");
    if (m_cutOff->date() < p.startDate())
        return tr("The data cut-off is before the reporting period begins.");
    if (m_documentDate->date() < m_cutOff->date())
        return tr("The report cannot be dated before its data cut-off.");
    return {};
}

void ReportPeriodDialog::check()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace dx
