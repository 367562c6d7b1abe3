// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: asks for the meeting report's three dates before it is made: the reporting period, the data
// cut-off and the report's own date, the last two defaulted from the plan's reporting calendar
// (ReportSettings) whenever the period changes, and editable.
#include "domain/Period.h"
#include "report/ReportContent.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace dx {

class ReportPeriodDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p periods: the choices, newest first, with their names; @p today bounds the default cut-off.
    ReportPeriodDialog(const QList<std::pair<Period, QString>> &periods, const ReportSettings &settings,
                       const QDate &today, QWidget *parent = nullptr);

    Period period() const;
    ReportDates dates() const;

    /// Chooses @p index of the periods (the dates go back to the calendar's).
    void setPeriodIndex(int index);
    void setCutOff(const QDate &date);
    void setDocumentDate(const QDate &date);
    /// Empty when the dates can be used, else why not (shown under the dates, OK disabled).
    QString problem() const;

private:
    void periodChanged();
    void cutOffChanged();
    void check();

    QList<std::pair<Period, QString>> m_periods;
    ReportSettings m_settings;
    QDate m_today;
    QComboBox *m_period;
    QDateEdit *m_cutOff;
    QDateEdit *m_documentDate;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace dx
