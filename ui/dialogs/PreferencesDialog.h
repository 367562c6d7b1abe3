// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: preferences: the language of the program (applied at once, nothing is lost) and the "as of"
// date used to judge lateness (today, or a fixed date for a reporting period).
#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace dx {

class PlanDocument;

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const QDate &asOf, QWidget *parent = nullptr);
    void focusAsOf();
    /// Stores the choices in QSettings, switches the language and sets the document's "as of" date.
    void apply(PlanDocument &document) const;
    /// The name the history records for this planner: the one set here, else the account name.
    static QString historyName();

    QComboBox *languageBox() const { return m_language; }
    QRadioButton *fixedButton() const { return m_fixed; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QLineEdit *nameEdit() const { return m_name; }

private:
    QComboBox *m_language;
    QRadioButton *m_today;
    QRadioButton *m_fixed;
    QDateEdit *m_asOf;
    QLineEdit *m_name;
};

} // namespace dx
