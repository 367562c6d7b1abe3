// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the meeting report's settings (agencies, number, signer, recipients, format, language,
// sections, chart layout), kept in the plan file as PlanStore::settings() keys, with defaults.
#include "domain/Period.h"
#include "domain/Plan.h"

#include <QDate>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

namespace dx {

/// Which language the report is written in; independent of the user interface's language.
enum class ReportLanguage
{
    Vietnamese,
    English
};

/// The settings of the meeting report ("Báo cáo kết quả thực hiện ...").
struct ReportSettings
{
    /// State documents follow Nghị định 30/2020/NĐ-CP; Party documents Hướng dẫn 36-HD/VPTW.
    enum class Format
    {
        State,
        Party
    };
    /// Charts: two stacked on a portrait page, or one on a landscape page.
    enum class ChartLayout
    {
        TwoPerPortraitPage,
        OnePerLandscapePage
    };
    /// Parts that can be left out. The header, signature and "Nơi nhận" are always printed.
    enum Section
    {
        Summary = 0x1,      ///< I. the counts of targets and tasks
        TargetsTable = 0x2, ///< Biểu 01
        TasksTable = 0x4,   ///< Biểu 02
        IndicatorCharts = 0x8,
        OverdueChart = 0x10,
        AllSections = 0x1f
    };

    QString parentAgency;       ///< "UBND TỈNH HẢI DƯƠNG" (state format, top left)
    QString issuingAgency;      ///< "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"
    QString issuingAgencyShort; ///< the code after "BC-": "STTTT"
    QString partyParent;        ///< "ĐẢNG BỘ TỈNH HẢI DƯƠNG" (Party format)
    QString partyIssuer;        ///< "BAN THƯỜNG VỤ TỈNH ỦY"
    QString partyIssuerShort;   ///< the code after "BC/" in Party numbers: "TU" ("Số 25-BC/TU")
    QString documentNumber;     ///< "15"; empty: left blank for the clerk to fill in on issue
    QString place;              ///< empty: Plan::place
    // The state format's signature and recipients (an agency's report to the People's Committee).
    QString signerAuthority; ///< "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"
    QString signerPosition;  ///< "PHÓ GIÁM ĐỐC"
    QString signerName;
    QStringList recipients; ///< one per line, without the trailing ";" or "."
    // The Party format's own (a report of the Party committee is signed on its behalf, to other
    // recipients): never the state signer under a Party heading.
    QString partySignerAuthority = QStringLiteral("T/M BAN THƯỜNG VỤ");
    QString partySignerPosition;
    QString partySignerName;
    QStringList partyRecipients;
    /// Optional English names, printed in an English report instead of the Vietnamese ones above; an
    /// empty one leaves the Vietnamese name in the English report (and a warning says so).
    struct EnglishNames
    {
        QString parentAgency;  ///< "HAI DUONG PROVINCIAL PEOPLE'S COMMITTEE"
        QString issuingAgency; ///< "DEPARTMENT OF INFORMATION AND COMMUNICATIONS"
        QString partyParent;
        QString partyIssuer;
        QString place;           ///< "Hai Duong"; empty: the Vietnamese place
        QString signerAuthority; ///< "FOR THE DIRECTOR"
        QString signerPosition;  ///< "DEPUTY DIRECTOR"
        QStringList recipients;
        QString partySignerAuthority;
        QString partySignerPosition;
        QStringList partyRecipients;
    };
    EnglishNames english;
    Format format = Format::State;
    ReportLanguage language = ReportLanguage::Vietnamese;
    int sections = AllSections;
    ChartLayout chartLayout = ChartLayout::TwoPerPortraitPage;
    /// Whether indicators without any value get a chart too (an empty frame against the targets); by
    /// default they are left out and Biểu 01 says "Chưa có số liệu".
    bool chartsWithoutData = false;
    /// The reporting calendar: a period's data cut-off is this day of its last month (a year's figures run
    /// from 15/12 of the year before to 14/12, a half's to 14/6 or 14/12, a quarter's to the 14th of its
    /// last month); 1-31, a day past the month's end meaning its last day.
    int yearCutOffDay = 14;
    int halfCutOffDay = 14;
    int quarterCutOffDay = 14;
    /// The report's own date (the date line) by default: this many days after the data cut-off (0-90).
    int documentDaysAfterCutOff = 0;

    /// The data cut-off of @p period by the calendar above (14/12/2023 for 2023).
    QDate cutOffFor(const Period &period) const;
    /// The default date of a report whose data are cut off on @p cutOff.
    QDate documentDateFor(const QDate &cutOff) const { return cutOff.addDays(documentDaysAfterCutOff); }
    /// Compare with the last issued report (core/report/ReportComparison): Biểu 01 gets the column "Kỳ
    /// trước" and the report an appendix of what changed since (Biểu 03).
    bool sinceLast = false;

    bool includes(Section s) const { return (sections & s) != 0; }

    /// The signature of the chosen format, in the report's language where an English name is given:
    /// authority, position, name and recipients.
    struct Signature
    {
        QString authority;
        QString position;
        QString name;
        QStringList recipients;
    };
    Signature signature() const;

    /// Reads the settings from the plan's key/value settings; missing keys get the defaults.
    static ReportSettings fromMap(const QMap<QString, QString> &map);
    /// The keys written to the plan (every field, defaults included).
    QMap<QString, QString> toMap() const;
    /// The place of the date line: place, else @p plan's place (in an English report the English place
    /// when one is given).
    QString effectivePlace(const Plan &plan) const;
    /// The agency lines of the chosen format in the report's language: {parent, issuer}.
    QPair<QString, QString> agencies() const;
    /// The names an English report prints in Vietnamese for want of an English one (labels in the user's
    /// language, for the report's warnings); empty for a Vietnamese report.
    QStringList missingEnglishNames() const;

    static QString toKey(Format f);
    static QString toKey(ReportLanguage l);
    static QString toKey(ChartLayout l);
    /// "state"/"party", "vi"/"en": false for an unknown word.
    static bool formatFromKey(const QString &key, Format *out);
    static bool languageFromKey(const QString &key, ReportLanguage *out);

    friend bool operator==(const ReportSettings &a, const ReportSettings &b)
    {
        return a.toMap() == b.toMap();
    }
    friend bool operator!=(const ReportSettings &a, const ReportSettings &b) { return !(a == b); }
};

} // namespace dx
