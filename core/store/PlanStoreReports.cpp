// SPDX-License-Identifier: GPL-3.0-or-later
// PlanStore: issued reports (schema version 7, docs/plan-file.md "Issued reports").
#include "PlanStore.h"

#include "SqlWriter.h"
#include "domain/Period.h"
#include "domain/Validation.h"

#include <QSqlQuery>

namespace dx {
namespace {

constexpr const char *kColumns =
    "id, number, document_date, period, as_of, format, language, issued_at, issued_by";

IssuedReport readRow(const QSqlQuery &q, bool withSnapshot)
{
    IssuedReport r;
    r.id = q.value(0).toLongLong();
    r.number = q.value(1).toString();
    r.documentDate = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    r.period = q.value(3).toString();
    r.asOf = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.format = q.value(5).toString();
    r.language = q.value(6).toString();
    r.issuedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.issuedBy = q.value(8).toString();
    if (withSnapshot)
        r.snapshot = q.value(9).toByteArray();
    return r;
}

} // namespace

Result<Id> PlanStore::issueReport(const IssuedReport &report, const QByteArray &pdf)
{
    if (!Period::parse(report.period) || !report.asOf.isValid() || !report.documentDate.isValid() ||
        pdf.isEmpty() || report.snapshot.isEmpty())
        return Result<Id>::fail(
            Error::Code::Invalid,
            Validation::tr("The report cannot be issued: its period, dates, PDF or figures are missing."));
    Id id = 0;
    const QString number = report.number.trimmed().normalized(QString::NormalizationForm_C);
    const Status s = write([&](SqlWriter &w) {
        id = w.insert(
            QStringLiteral("INSERT INTO issued_report (number, document_date, period, as_of, format, "
                           "language, issued_at, issued_by, pdf, snapshot) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {number, report.documentDate.toString(Qt::ISODate), report.period,
             report.asOf.toString(Qt::ISODate), report.format, report.language,
             QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_user, pdf,
             QString::fromUtf8(report.snapshot)});
        // The change log says what was issued: number, period and cut-off.
        w.logInsert(QStringLiteral("issued_report"), id,
                    QStringLiteral("%1 %2 %3")
                        .arg(number, report.period, report.asOf.toString(Qt::ISODate))
                        .trimmed());
        m_pending.issuedReports = true;
        return w.status();
    });
    if (!s)
        return Result<Id>::fail(s.error().code, s.error().message);
    return id;
}

QList<IssuedReport> PlanStore::issuedReports() const
{
    QList<IssuedReport> out;
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT %1 FROM issued_report ORDER BY id").arg(QLatin1String(kColumns)));
    while (q.next())
        out << readRow(q, false);
    return out;
}

std::optional<IssuedReport> PlanStore::issuedReport(Id id) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT %1, snapshot FROM issued_report WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q, true);
}

std::optional<IssuedReport> PlanStore::lastIssuedReport() const
{
    QSqlQuery q(db());
    q.exec(QStringLiteral("SELECT %1, snapshot FROM issued_report ORDER BY id DESC LIMIT 1")
               .arg(QLatin1String(kColumns)));
    if (!q.next())
        return std::nullopt;
    return readRow(q, true);
}

QByteArray PlanStore::issuedReportPdf(Id id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT pdf FROM issued_report WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace dx
