// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettings.h"

#include <QCoreApplication>

namespace dx {
namespace {

// Storage keys in the plan's settings table. The first ten are the bundled template's; never rename one.
const QString kParent = QStringLiteral("parentAgency");
const QString kIssuer = QStringLiteral("issuingAgency");
const QString kIssuerShort = QStringLiteral("issuingAgencyShort");
const QString kPartyParent = QStringLiteral("partyParent");
const QString kPartyIssuer = QStringLiteral("partyIssuer");
const QString kPartyIssuerShort = QStringLiteral("partyIssuerShort");
const QString kNumber = QStringLiteral("documentNumber");
const QString kPlace = QStringLiteral("place");
const QString kAuthority = QStringLiteral("signerAuthority");
const QString kPosition = QStringLiteral("signerPosition");
const QString kName = QStringLiteral("signerName");
const QString kPartyAuthority = QStringLiteral("partySignerAuthority");
const QString kPartyPosition = QStringLiteral("partySignerPosition");
const QString kPartyName = QStringLiteral("partySignerName");
const QString kPartyRecipients = QStringLiteral("partyRecipients");
const QString kRecipients = QStringLiteral("recipients");
const QString kFormat = QStringLiteral("reportFormat");
const QString kLanguage = QStringLiteral("reportLanguage");
const QString kSections = QStringLiteral("reportSections");
const QString kChartLayout = QStringLiteral("reportChartLayout");
const QString kChartsWithoutData = QStringLiteral("reportChartsWithoutData");
// The English names (ReportSettings::EnglishNames): each Vietnamese key with "En" after it.
const QString kEn = QStringLiteral("En");
const QString kCutOffYear = QStringLiteral("reportCutOffDayYear");
const QString kCutOffHalf = QStringLiteral("reportCutOffDayHalf");
const QString kCutOffQuarter = QStringLiteral("reportCutOffDayQuarter");
const QString kDaysAfterCutOff = QStringLiteral("reportDateDaysAfterCutOff");

/// The number kept under @p key when it is a whole number in [@p low, @p high], else @p fallback.
int numberIn(const QMap<QString, QString> &map, const QString &key, int low, int high, int fallback)
{
    bool ok = false;
    const int n = map.value(key).trimmed().toInt(&ok);
    return ok && n >= low && n <= high ? n : fallback;
}
const QString kSinceLast = QStringLiteral("reportSinceLast");

const QList<QPair<ReportSettings::Section, QString>> &sectionKeys()
{
    static const QList<QPair<ReportSettings::Section, QString>> keys{
        {ReportSettings::Summary, QStringLiteral("summary")},
        {ReportSettings::TargetsTable, QStringLiteral("targets")},
        {ReportSettings::TasksTable, QStringLiteral("tasks")},
        {ReportSettings::IndicatorCharts, QStringLiteral("charts")},
        {ReportSettings::OverdueChart, QStringLiteral("overdue")}};
    return keys;
}

/// Recipients are typed one per line; the ";" and "." that end each line on paper are added when
/// printing, so strip any the planner typed.
QString cleanRecipient(QString line)
{
    line = line.trimmed();
    while (line.startsWith(QLatin1Char('-')))
        line = line.mid(1).trimmed();
    while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.')))
        line.chop(1);
    return line.trimmed();
}

} // namespace

QString ReportSettings::toKey(Format f)
{
    return f == Format::Party ? QStringLiteral("party") : QStringLiteral("state");
}

QString ReportSettings::toKey(ReportLanguage l)
{
    return l == ReportLanguage::English ? QStringLiteral("en") : QStringLiteral("vi");
}

QString ReportSettings::toKey(ChartLayout l)
{
    return l == ChartLayout::OnePerLandscapePage ? QStringLiteral("landscape1") : QStringLiteral("portrait2");
}

bool ReportSettings::formatFromKey(const QString &key, Format *out)
{
    if (key == QLatin1String("state") || key == QLatin1String("party")) {
        *out = key == QLatin1String("party") ? Format::Party : Format::State;
        return true;
    }
    return false;
}

bool ReportSettings::languageFromKey(const QString &key, ReportLanguage *out)
{
    if (key == QLatin1String("vi") || key == QLatin1String("en")) {
        *out = key == QLatin1String("en") ? ReportLanguage::English : ReportLanguage::Vietnamese;
        return true;
    }
    return false;
}

ReportSettings ReportSettings::fromMap(const QMap<QString, QString> &map)
{
    ReportSettings s;
    s.parentAgency = map.value(kParent).trimmed();
    s.issuingAgency = map.value(kIssuer).trimmed();
    s.issuingAgencyShort = map.value(kIssuerShort).trimmed();
    s.partyParent = map.value(kPartyParent).trimmed();
    s.partyIssuer = map.value(kPartyIssuer).trimmed();
    s.partyIssuerShort = map.value(kPartyIssuerShort, QStringLiteral("TU")).trimmed();
    s.documentNumber = map.value(kNumber).trimmed();
    s.place = map.value(kPlace).trimmed();
    s.signerAuthority = map.value(kAuthority).trimmed();
    s.signerPosition = map.value(kPosition).trimmed();
    s.signerName = map.value(kName).trimmed();
    const auto recipientsOf = [&map](const QString &key) {
        QStringList out;
        for (const QString &line : map.value(key).split(QLatin1Char('\n'))) {
            const QString r = cleanRecipient(line);
            if (!r.isEmpty())
                out << r;
        }
        return out;
    };
    s.recipients = recipientsOf(kRecipients);
    s.partySignerAuthority = map.value(kPartyAuthority, s.partySignerAuthority).trimmed();
    s.partySignerPosition = map.value(kPartyPosition).trimmed();
    s.partySignerName = map.value(kPartyName).trimmed();
    s.partyRecipients = recipientsOf(kPartyRecipients);
    formatFromKey(map.value(kFormat), &s.format);
    languageFromKey(map.value(kLanguage), &s.language);
    if (map.contains(kSections)) {
        s.sections = 0;
        const QStringList words = map.value(kSections).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const auto &k : sectionKeys())
            if (words.contains(k.second))
                s.sections |= k.first;
    }
    if (map.value(kChartLayout) == QLatin1String("landscape1"))
        s.chartLayout = ChartLayout::OnePerLandscapePage;
    s.chartsWithoutData = map.value(kChartsWithoutData) == QLatin1String("1");
    EnglishNames &en = s.english;
    en.parentAgency = map.value(kParent + kEn).trimmed();
    en.issuingAgency = map.value(kIssuer + kEn).trimmed();
    en.partyParent = map.value(kPartyParent + kEn).trimmed();
    en.partyIssuer = map.value(kPartyIssuer + kEn).trimmed();
    en.place = map.value(kPlace + kEn).trimmed();
    en.signerAuthority = map.value(kAuthority + kEn).trimmed();
    en.signerPosition = map.value(kPosition + kEn).trimmed();
    en.recipients = recipientsOf(kRecipients + kEn);
    en.partySignerAuthority = map.value(kPartyAuthority + kEn).trimmed();
    en.partySignerPosition = map.value(kPartyPosition + kEn).trimmed();
    en.partyRecipients = recipientsOf(kPartyRecipients + kEn);
    s.yearCutOffDay = numberIn(map, kCutOffYear, 1, 31, s.yearCutOffDay);
    s.halfCutOffDay = numberIn(map, kCutOffHalf, 1, 31, s.halfCutOffDay);
    s.quarterCutOffDay = numberIn(map, kCutOffQuarter, 1, 31, s.quarterCutOffDay);
    s.documentDaysAfterCutOff = numberIn(map, kDaysAfterCutOff, 0, 90, s.documentDaysAfterCutOff);
    s.sinceLast = map.value(kSinceLast) == QLatin1String("1");
    return s;
}

QMap<QString, QString> ReportSettings::toMap() const
{
    QStringList words;
    for (const auto &k : sectionKeys())
        if (includes(k.first))
            words << k.second;
    return {{kParent, parentAgency},
            {kIssuer, issuingAgency},
            {kIssuerShort, issuingAgencyShort},
            {kPartyParent, partyParent},
            {kPartyIssuer, partyIssuer},
            {kPartyIssuerShort, partyIssuerShort},
            {kNumber, documentNumber},
            {kPlace, place},
            {kAuthority, signerAuthority},
            {kPosition, signerPosition},
            {kName, signerName},
            {kRecipients, recipients.join(QLatin1Char('\n'))},
            {kPartyAuthority, partySignerAuthority},
            {kPartyPosition, partySignerPosition},
            {kPartyName, partySignerName},
            {kPartyRecipients, partyRecipients.join(QLatin1Char('\n'))},
            {kFormat, toKey(format)},
            {kLanguage, toKey(language)},
            {kSections, words.join(QLatin1Char(','))},
            {kChartLayout, toKey(chartLayout)},
            {kChartsWithoutData, chartsWithoutData ? QStringLiteral("1") : QStringLiteral("0")},
            {kParent + kEn, english.parentAgency},
            {kIssuer + kEn, english.issuingAgency},
            {kPartyParent + kEn, english.partyParent},
            {kPartyIssuer + kEn, english.partyIssuer},
            {kPlace + kEn, english.place},
            {kAuthority + kEn, english.signerAuthority},
            {kPosition + kEn, english.signerPosition},
            {kRecipients + kEn, english.recipients.join(QLatin1Char('\n'))},
            {kPartyAuthority + kEn, english.partySignerAuthority},
            {kPartyPosition + kEn, english.partySignerPosition},
            {kPartyRecipients + kEn, english.partyRecipients.join(QLatin1Char('\n'))},
            {kCutOffYear, QString::number(yearCutOffDay)},
            {kCutOffHalf, QString::number(halfCutOffDay)},
            {kCutOffQuarter, QString::number(quarterCutOffDay)},
            {kDaysAfterCutOff, QString::number(documentDaysAfterCutOff)},
            {kSinceLast, sinceLast ? QStringLiteral("1") : QStringLiteral("0")}};
}

namespace {

/// @p en in an English report when it is given, else @p vi.
template <typename T> T inLanguage(ReportLanguage language, const T &vi, const T &en)
{
    return language == ReportLanguage::English && !en.isEmpty() ? en : vi;
}

} // namespace

ReportSettings::Signature ReportSettings::signature() const
{
    const ReportLanguage l = language;
    if (format == Format::Party)
        return {inLanguage(l, partySignerAuthority, english.partySignerAuthority),
                inLanguage(l, partySignerPosition, english.partySignerPosition), partySignerName,
                inLanguage(l, partyRecipients, english.partyRecipients)};
    return {inLanguage(l, signerAuthority, english.signerAuthority),
            inLanguage(l, signerPosition, english.signerPosition), signerName,
            inLanguage(l, recipients, english.recipients)};
}

QDate ReportSettings::cutOffFor(const Period &period) const
{
    if (!period.isValid())
        return {};
    const QDate end = period.endDate();
    const int day = period.kind() == Period::Kind::Year   ? yearCutOffDay
                    : period.kind() == Period::Kind::Half ? halfCutOffDay
                                                          : quarterCutOffDay;
    return QDate(end.year(), end.month(), qBound(1, day, end.daysInMonth()));
}

QString ReportSettings::effectivePlace(const Plan &plan) const
{
    const QString vi = place.isEmpty() ? plan.place : place;
    return inLanguage(language, vi, english.place);
}

QPair<QString, QString> ReportSettings::agencies() const
{
    if (format == Format::Party)
        return {inLanguage(language, partyParent, english.partyParent),
                inLanguage(language, partyIssuer, english.partyIssuer)};
    return {inLanguage(language, parentAgency, english.parentAgency),
            inLanguage(language, issuingAgency, english.issuingAgency)};
}

QStringList ReportSettings::missingEnglishNames() const
{
    QStringList out;
    if (language != ReportLanguage::English)
        return out;
    const bool party = format == Format::Party;
    const auto check = [&out](bool missing, const char *label) {
        if (missing)
            out << QCoreApplication::translate("ReportWarnings", label);
    };
    // Only names that are printed at all are asked for in English.
    check(!(party ? partyParent : parentAgency).isEmpty() &&
              (party ? english.partyParent : english.parentAgency).isEmpty(),
          QT_TRANSLATE_NOOP("ReportWarnings", "the parent agency"));
    check(!(party ? partyIssuer : issuingAgency).isEmpty() &&
              (party ? english.partyIssuer : english.issuingAgency).isEmpty(),
          QT_TRANSLATE_NOOP("ReportWarnings", "the issuing agency"));
    check(!(party ? partySignerAuthority : signerAuthority).isEmpty() &&
              (party ? english.partySignerAuthority : english.signerAuthority).isEmpty(),
          QT_TRANSLATE_NOOP("ReportWarnings", "the signer's authority"));
    check(!(party ? partySignerPosition : signerPosition).isEmpty() &&
              (party ? english.partySignerPosition : english.signerPosition).isEmpty(),
          QT_TRANSLATE_NOOP("ReportWarnings", "the signer's position"));
    check(!(party ? partyRecipients : recipients).isEmpty() &&
              (party ? english.partyRecipients : english.recipients).isEmpty(),
          QT_TRANSLATE_NOOP("ReportWarnings", "the recipients"));
    return out;
}

} // namespace dx
