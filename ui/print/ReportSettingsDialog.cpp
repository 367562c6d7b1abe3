// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace dx {
namespace {

QString clean(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C).trimmed();
}

} // namespace

ReportSettingsDialog::ReportSettingsDialog(const ReportSettings &settings, const QString &placeHint,
                                           QWidget *parent)
    : QDialog(parent), m_format(new QComboBox), m_language(new QComboBox), m_chartLayout(new QComboBox),
      m_parent(new QLineEdit), m_issuer(new QLineEdit), m_issuerShort(new QLineEdit),
      m_partyParent(new QLineEdit), m_partyIssuer(new QLineEdit), m_partyIssuerShort(new QLineEdit),
      m_number(new QLineEdit), m_place(new QLineEdit), m_authority(new QLineEdit), m_position(new QLineEdit),
      m_name(new QLineEdit), m_recipients(new QPlainTextEdit)
{
    setWindowTitle(tr("Report settings"));
    m_format->addItem(tr("State document (Decree 30/2020/NĐ-CP)"), int(ReportSettings::Format::State));
    m_format->addItem(tr("Party document (Guideline 36-HD/VPTW)"), int(ReportSettings::Format::Party));
    m_language->addItem(tr("Vietnamese"), int(ReportLanguage::Vietnamese));
    m_language->addItem(tr("English"), int(ReportLanguage::English));
    m_chartLayout->addItem(tr("Two charts per portrait page"),
                           int(ReportSettings::ChartLayout::TwoPerPortraitPage));
    m_chartLayout->addItem(tr("One chart per landscape page"),
                           int(ReportSettings::ChartLayout::OnePerLandscapePage));
    m_place->setPlaceholderText(placeHint);
    m_number->setPlaceholderText(tr("Left blank for the clerk"));
    m_recipients->setPlaceholderText(
        tr("One recipient per line, e.g. \"UBND tỉnh (để b/c)\" and \"Lưu: VT\""));
    m_recipients->setTabChangesFocus(true);

    auto *document = new QGroupBox(tr("Document"));
    auto *form = new QFormLayout(document);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Parent &agency:"), m_parent);
    form->addRow(tr("&Issuing agency:"), m_issuer);
    form->addRow(tr("Issuer's &code (after BC-):"), m_issuerShort);
    form->addRow(tr("Parent Party &body:"), m_partyParent);
    form->addRow(tr("Party &issuer:"), m_partyIssuer);
    form->addRow(tr("Party issuer's c&ode (after BC/):"), m_partyIssuerShort);
    form->addRow(tr("Document &number:"), m_number);
    form->addRow(tr("&Place:"), m_place);

    // The reporting calendar: a year's figures run from 15/12 of the year before to 14/12, a half's
    // to 14/6 or 14/12, a quarter's to the 14th of its last month.
    auto *calendar = new QGroupBox(tr("Reporting calendar"));
    auto *dates = new QFormLayout(calendar);
    const auto day = [](QSpinBox *&box) {
        box = new QSpinBox;
        box->setRange(1, 31);
        return box;
    };
    dates->addRow(tr("Yearly report: data cut off on &day (of December):"), day(m_yearCutOff));
    dates->addRow(tr("Six-month report: cut off on day (of &June or December):"), day(m_halfCutOff));
    dates->addRow(tr("Quarterly report: cut off on day (of the &quarter's last month):"),
                  day(m_quarterCutOff));
    m_daysAfterCutOff = new QSpinBox;
    m_daysAfterCutOff->setRange(0, 90);
    m_daysAfterCutOff->setSuffix(tr(" days after the cut-off"));
    m_daysAfterCutOff->setSpecialValueText(tr("On the cut-off day"));
    dates->addRow(tr("Report &dated:"), m_daysAfterCutOff);

    auto *signature = new QGroupBox(tr("Signature and recipients"));
    auto *sign = new QFormLayout(signature);
    sign->addRow(tr("Signing &authority:"), m_authority);
    sign->addRow(tr("Signer's p&osition:"), m_position);
    sign->addRow(tr("Signer's &name:"), m_name);
    sign->addRow(tr("&Recipients:"), m_recipients);

    auto *contents = new QGroupBox(tr("Contents"));
    auto *parts = new QVBoxLayout(contents);
    const QList<QPair<ReportSettings::Section, QString>> sections{
        {ReportSettings::Summary, tr("Summary of targets and tasks")},
        {ReportSettings::TargetsTable, tr("Table 01: the targets")},
        {ReportSettings::TasksTable, tr("Table 02: the tasks by group")},
        {ReportSettings::IndicatorCharts, tr("A chart of each indicator")},
        {ReportSettings::OverdueChart, tr("Overdue tasks by lead agency")}};
    for (const auto &s : sections) {
        auto *box = new QCheckBox(s.second);
        parts->addWidget(box);
        m_sections << qMakePair(s.first, box);
    }
    m_chartsWithoutData = new QCheckBox(tr("Charts of indicators without data too"));
    parts->addWidget(m_chartsWithoutData);
    m_sinceLast = new QCheckBox(tr("Compare with the last issued report (\"Kỳ trước\", Table 03)"));
    parts->addWidget(m_sinceLast);
    auto *layoutForm = new QFormLayout;
    layoutForm->addRow(tr("&Charts:"), m_chartLayout);
    parts->addLayout(layoutForm);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Two columns: in one it was 834 px tall, more than a 1366x768 laptop shows.
    auto *left = new QVBoxLayout;
    left->addWidget(document);
    left->addWidget(calendar);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(signature);
    right->addWidget(contents);
    right->addStretch(1);
    auto *report = new QWidget;
    auto *columns = new QHBoxLayout(report);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *tabs = new QTabWidget;
    tabs->addTab(report, tr("&Report"));
    tabs->addTab(englishPage(), tr("&English names"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportSettingsDialog::updateFormat);
    setSettings(settings);
}

QWidget *ReportSettingsDialog::englishPage()
{
    const auto line = [] { return new QLineEdit; };
    const auto lines = [] {
        auto *e = new QPlainTextEdit;
        e->setTabChangesFocus(true);
        e->setPlaceholderText(
            tr("One recipient per line, e.g. \"Provincial People's Committee (for reporting)\""));
        return e;
    };
    EnglishEditors &e = m_english;
    e.parentAgency = line();
    e.issuingAgency = line();
    e.partyParent = line();
    e.partyIssuer = line();
    e.place = line();
    e.signerAuthority = line();
    e.signerPosition = line();
    e.recipients = lines();
    e.partySignerAuthority = line();
    e.partySignerPosition = line();
    e.partyRecipients = lines();
    e.place->setPlaceholderText(tr("Empty: the Vietnamese place"));

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *note = new QLabel(tr("An English report prints these names instead of the Vietnamese ones. "
                               "A name left empty is printed in Vietnamese, and the report says so."));
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *state = new QGroupBox(tr("State document"));
    auto *stateForm = new QFormLayout(state);
    stateForm->addRow(tr("Parent agency:"), e.parentAgency);
    stateForm->addRow(tr("Issuing agency:"), e.issuingAgency);
    stateForm->addRow(tr("Signing authority:"), e.signerAuthority);
    stateForm->addRow(tr("Signer's position:"), e.signerPosition);
    stateForm->addRow(tr("Recipients:"), e.recipients);
    auto *party = new QGroupBox(tr("Party document"));
    auto *partyForm = new QFormLayout(party);
    partyForm->addRow(tr("Parent Party body:"), e.partyParent);
    partyForm->addRow(tr("Party issuer:"), e.partyIssuer);
    partyForm->addRow(tr("Signing authority:"), e.partySignerAuthority);
    partyForm->addRow(tr("Signer's position:"), e.partySignerPosition);
    partyForm->addRow(tr("Recipients:"), e.partyRecipients);
    auto *columns = new QHBoxLayout;
    columns->addWidget(state, 1);
    columns->addWidget(party, 1);
    layout->addLayout(columns);
    auto *placeForm = new QFormLayout;
    placeForm->addRow(tr("Place:"), e.place);
    layout->addLayout(placeForm);
    layout->addStretch(1);
    return page;
}

void ReportSettingsDialog::setSettings(const ReportSettings &s)
{
    const ReportSettings::EnglishNames &en = s.english;
    m_english.parentAgency->setText(en.parentAgency);
    m_english.issuingAgency->setText(en.issuingAgency);
    m_english.partyParent->setText(en.partyParent);
    m_english.partyIssuer->setText(en.partyIssuer);
    m_english.place->setText(en.place);
    m_english.signerAuthority->setText(en.signerAuthority);
    m_english.signerPosition->setText(en.signerPosition);
    m_english.recipients->setPlainText(en.recipients.join(QLatin1Char('\n')));
    m_english.partySignerAuthority->setText(en.partySignerAuthority);
    m_english.partySignerPosition->setText(en.partySignerPosition);
    m_english.partyRecipients->setPlainText(en.partyRecipients.join(QLatin1Char('\n')));
    m_format->setCurrentIndex(m_format->findData(int(s.format)));
    m_language->setCurrentIndex(m_language->findData(int(s.language)));
    m_chartLayout->setCurrentIndex(m_chartLayout->findData(int(s.chartLayout)));
    m_parent->setText(s.parentAgency);
    m_issuer->setText(s.issuingAgency);
    m_issuerShort->setText(s.issuingAgencyShort);
    m_partyParent->setText(s.partyParent);
    m_partyIssuer->setText(s.partyIssuer);
    m_partyIssuerShort->setText(s.partyIssuerShort);
    m_number->setText(s.documentNumber);
    m_place->setText(s.place);
    m_stateSignature = {s.signerAuthority, s.signerPosition, s.signerName, s.recipients};
    m_partySignature = {s.partySignerAuthority, s.partySignerPosition, s.partySignerName, s.partyRecipients};
    m_shownFormat = s.format;
    showSignature(s.format == ReportSettings::Format::Party ? m_partySignature : m_stateSignature);
    for (const auto &p : m_sections)
        p.second->setChecked(s.includes(p.first));
    m_chartsWithoutData->setChecked(s.chartsWithoutData);
    m_yearCutOff->setValue(s.yearCutOffDay);
    m_halfCutOff->setValue(s.halfCutOffDay);
    m_quarterCutOff->setValue(s.quarterCutOffDay);
    m_daysAfterCutOff->setValue(s.documentDaysAfterCutOff);
    m_sinceLast->setChecked(s.sinceLast);
    updateFormat();
}

ReportSettings ReportSettingsDialog::settings() const
{
    ReportSettings s;
    s.format = ReportSettings::Format(m_format->currentData().toInt());
    s.language = ReportLanguage(m_language->currentData().toInt());
    s.chartLayout = ReportSettings::ChartLayout(m_chartLayout->currentData().toInt());
    s.parentAgency = clean(m_parent->text());
    s.issuingAgency = clean(m_issuer->text());
    s.issuingAgencyShort = clean(m_issuerShort->text());
    s.partyParent = clean(m_partyParent->text());
    s.partyIssuer = clean(m_partyIssuer->text());
    s.partyIssuerShort = clean(m_partyIssuerShort->text());
    s.documentNumber = clean(m_number->text());
    s.place = clean(m_place->text());
    const ReportSettings::Signature typed = typedSignature();
    const bool party = m_shownFormat == ReportSettings::Format::Party;
    const ReportSettings::Signature state = party ? m_stateSignature : typed;
    const ReportSettings::Signature partySig = party ? typed : m_partySignature;
    s.signerAuthority = state.authority;
    s.signerPosition = state.position;
    s.signerName = state.name;
    s.recipients = state.recipients;
    s.partySignerAuthority = partySig.authority;
    s.partySignerPosition = partySig.position;
    s.partySignerName = partySig.name;
    s.partyRecipients = partySig.recipients;
    s.chartsWithoutData = m_chartsWithoutData->isChecked();
    ReportSettings::EnglishNames &en = s.english;
    en.parentAgency = clean(m_english.parentAgency->text());
    en.issuingAgency = clean(m_english.issuingAgency->text());
    en.partyParent = clean(m_english.partyParent->text());
    en.partyIssuer = clean(m_english.partyIssuer->text());
    en.place = clean(m_english.place->text());
    en.signerAuthority = clean(m_english.signerAuthority->text());
    en.signerPosition = clean(m_english.signerPosition->text());
    en.partySignerAuthority = clean(m_english.partySignerAuthority->text());
    en.partySignerPosition = clean(m_english.partySignerPosition->text());
    // Through the map, so typed dashes and final ";" or "." are cleaned the same way as on load.
    const ReportSettings typedLists = ReportSettings::fromMap(
        {{QStringLiteral("recipientsEn"), clean(m_english.recipients->toPlainText())},
         {QStringLiteral("partyRecipientsEn"), clean(m_english.partyRecipients->toPlainText())}});
    en.recipients = typedLists.english.recipients;
    en.partyRecipients = typedLists.english.partyRecipients;
    s.yearCutOffDay = m_yearCutOff->value();
    s.halfCutOffDay = m_halfCutOff->value();
    s.quarterCutOffDay = m_quarterCutOff->value();
    s.documentDaysAfterCutOff = m_daysAfterCutOff->value();
    s.sinceLast = m_sinceLast->isChecked();
    s.sections = 0;
    for (const auto &p : m_sections)
        if (p.second->isChecked())
            s.sections |= p.first;
    return s;
}

ReportSettings::Signature ReportSettingsDialog::typedSignature() const
{
    ReportSettings::Signature sig;
    sig.authority = clean(m_authority->text());
    sig.position = clean(m_position->text());
    sig.name = clean(m_name->text());
    // Through the map, so typed dashes and final ";" or "." are cleaned the same way as on load.
    sig.recipients =
        ReportSettings::fromMap({{QStringLiteral("recipients"), clean(m_recipients->toPlainText())}})
            .recipients;
    return sig;
}

void ReportSettingsDialog::showSignature(const ReportSettings::Signature &sig)
{
    m_authority->setText(sig.authority);
    m_position->setText(sig.position);
    m_name->setText(sig.name);
    m_recipients->setPlainText(sig.recipients.join(QLatin1Char('\n')));
}

void ReportSettingsDialog::updateFormat()
{
    // Only the header fields of the chosen format can be edited; the others are kept for a switch back.
    const bool party = m_format->currentData().toInt() == int(ReportSettings::Format::Party);
    const auto format = party ? ReportSettings::Format::Party : ReportSettings::Format::State;
    if (format != m_shownFormat) { // keep what was typed for the format left, show the other's
        (m_shownFormat == ReportSettings::Format::Party ? m_partySignature : m_stateSignature) =
            typedSignature();
        showSignature(party ? m_partySignature : m_stateSignature);
        m_shownFormat = format;
    }
    for (QLineEdit *e : {m_parent, m_issuer, m_issuerShort})
        e->setEnabled(!party);
    for (QLineEdit *e : {m_partyParent, m_partyIssuer, m_partyIssuerShort})
        e->setEnabled(party);
}

} // namespace dx
