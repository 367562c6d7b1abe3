// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettings.h"

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
            {kSinceLast, sinceLast ? QStringLiteral("1") : QStringLiteral("0")}};
}

ReportSettings::Signature ReportSettings::signature() const
{
    if (format == Format::Party)
        return {partySignerAuthority, partySignerPosition, partySignerName, partyRecipients};
    return {signerAuthority, signerPosition, signerName, recipients};
}

QString ReportSettings::effectivePlace(const Plan &plan) const
{
    return place.isEmpty() ? plan.place : place;
}

} // namespace dx
