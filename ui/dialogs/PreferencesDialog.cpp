// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "store/PlanStore.h"

#include "document/PlanDocument.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>

namespace dx {

PreferencesDialog::PreferencesDialog(const QDate &asOf, QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_today(new QRadioButton(tr("&Today"), this)),
      m_fixed(new QRadioButton(tr("&Fixed date:"), this)), m_asOf(new QDateEdit(asOf, this)),
      m_name(new QLineEdit(this))
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
    // The history records who made each change: the account name unless the planner gives a name.
    m_name->setText(QSettings().value(QStringLiteral("historyName")).toString());
    m_name->setPlaceholderText(PlanStore::systemUserName());
    m_name->setToolTip(tr("Written in the history of every change you make. Empty: your account name (%1).")
                           .arg(PlanStore::systemUserName()));
    m_name->setObjectName(QStringLiteral("historyName"));
    form->addRow(tr("Your &name in the history:"), m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asOf, &QDateEdit::dateChanged, m_fixed, [this] { m_fixed->setChecked(true); });
}

QString PreferencesDialog::historyName()
{
    const QString name = QSettings().value(QStringLiteral("historyName")).toString().simplified();
    return name.isEmpty() ? PlanStore::systemUserName() : name;
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
    const QString name = m_name->text().simplified();
    if (name.isEmpty())
        settings.remove(QStringLiteral("historyName"));
    else
        settings.setValue(QStringLiteral("historyName"), name);
    document.store().setUserName(historyName());
    const QString lang = m_language->currentData().toString();
    if (lang != Translations::currentLanguage()) {
        Translations::setPreferredLanguage(lang);
        Translations::install(*QCoreApplication::instance(), lang);
    }
}

} // namespace dx
