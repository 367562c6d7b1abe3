// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: edits the meeting report's settings kept in the plan: agencies, document number, place,
// signer, recipients, format (state or Party), language, sections, chart layout and the reporting
// calendar (each period's data cut-off day, the report's date after it); on a second tab the English
// names an English report prints instead.
#include "report/ReportSettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QWidget;
class QSpinBox;

namespace dx {

class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p placeHint: the plan's place, shown when the place is left empty.
    explicit ReportSettingsDialog(const ReportSettings &settings, const QString &placeHint,
                                  QWidget *parent = nullptr);

    /// The settings as edited (text normalised to NFC, trimmed).
    ReportSettings settings() const;
    void setSettings(const ReportSettings &settings);

private:
    void updateFormat();
    /// The signature fields as typed (recipients cleaned as on load).
    ReportSettings::Signature typedSignature() const;
    void showSignature(const ReportSettings::Signature &signature);

    QComboBox *m_format;
    QComboBox *m_language;
    QComboBox *m_chartLayout;
    QLineEdit *m_parent;
    QLineEdit *m_issuer;
    QLineEdit *m_issuerShort;
    QLineEdit *m_partyParent;
    QLineEdit *m_partyIssuer;
    QLineEdit *m_partyIssuerShort;
    QLineEdit *m_number;
    QLineEdit *m_place;
    QLineEdit *m_authority;
    QLineEdit *m_position;
    QLineEdit *m_name;
    QPlainTextEdit *m_recipients;
    // Each format signs and addresses its report differently: the fields show the chosen format's,
    // the other format's are kept here for a switch back.
    ReportSettings::Signature m_stateSignature;
    ReportSettings::Signature m_partySignature;
    ReportSettings::Format m_shownFormat = ReportSettings::Format::State;
    QList<QPair<ReportSettings::Section, QCheckBox *>> m_sections;
    QCheckBox *m_chartsWithoutData = nullptr;
    /// The optional English names (ReportSettings::EnglishNames), on their own tab.
    struct EnglishEditors
    {
        QLineEdit *parentAgency = nullptr;
        QLineEdit *issuingAgency = nullptr;
        QLineEdit *partyParent = nullptr;
        QLineEdit *partyIssuer = nullptr;
        QLineEdit *place = nullptr;
        QLineEdit *signerAuthority = nullptr;
        QLineEdit *signerPosition = nullptr;
        QPlainTextEdit *recipients = nullptr;
        QLineEdit *partySignerAuthority = nullptr;
        QLineEdit *partySignerPosition = nullptr;
        QPlainTextEdit *partyRecipients = nullptr;
    };
    EnglishEditors m_english;
    QWidget *englishPage();
    QSpinBox *m_yearCutOff = nullptr;
    QSpinBox *m_halfCutOff = nullptr;
    QSpinBox *m_quarterCutOff = nullptr;
    QSpinBox *m_daysAfterCutOff = nullptr;
    QCheckBox *m_sinceLast = nullptr; ///< ReportSettings::sinceLast
};

} // namespace dx
