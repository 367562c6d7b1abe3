// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "document/PlanDocument.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QRadioButton>
#include <QSettings>

namespace dx {

PreferencesDialog::PreferencesDialog(const QDate &asOf, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_today(new QRadioButton(tr("&Today"), this)),
      m_fixed(new QRadioButton(tr("&Fixed date:"), this)), m_asOf(new QDateEdit(asOf, this))
{
    setWindowTitle(tr("Preferences"));
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(Translations::currentLanguage()));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    const bool fixed = QSettings().value(QStringLiteral("asOf")).toDate().isValid();
    m_fixed->setChecked(fixed);
    m_today->setChecked(!fixed);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_today);
    asOfRow->addWidget(m_fixed);
    asOfRow->addWidget(m_asOf, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Judge deadlines as of:"), asOfRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asOf, &QDateEdit::dateChanged, m_fixed, [this] { m_fixed->setChecked(true); });
}

void PreferencesDialog::focusAsOf()
{
    m_fixed->setChecked(true);
    m_asOf->setFocus();
}

void PreferencesDialog::apply(PlanDocument &document) const
{
    QSettings settings;
    if (m_fixed->isChecked())
        settings.setValue(QStringLiteral("asOf"), m_asOf->date());
    else
        settings.remove(QStringLiteral("asOf"));
    document.setAsOf(m_fixed->isChecked() ? m_asOf->date() : QDate::currentDate());
    const QString lang = m_language->currentData().toString();
    if (lang != Translations::currentLanguage()) {
        Translations::setPreferredLanguage(lang);
        Translations::install(*QCoreApplication::instance(), lang);
    }
}

} // namespace dx
