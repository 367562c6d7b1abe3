// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: one issued meeting report as the plan keeps it (docs/plan-file.md "Issued reports"): its number,
// document date, period, cut-off, format and language, who issued it and when, and the figures it used as
// JSON text (core/report/IssuedSnapshot reads and writes them). The PDF is read on its own
// (PlanStore::issuedReportPdf), never with the list. Read-only once stored.
#include "Ids.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace dx {

struct IssuedReport
{
    Id id = 0;
    QString number;      ///< the document number as printed after "Số" ("15"), empty when left blank
    QDate documentDate;  ///< the date the report carries
    QString period;      ///< period key: "2024", "2024-H1", "2024-Q3"
    QDate asOf;          ///< the figures' cut-off
    QString format;      ///< "state" or "party" (ReportSettings::toKey)
    QString language;    ///< "vi" or "en"
    QDateTime issuedAt;  ///< UTC; set by the store
    QString issuedBy;    ///< the store's user name; set by the store
    QByteArray snapshot; ///< the figures used, JSON (IssuedSnapshot::toJson); empty in issuedReports()
};

} // namespace dx
