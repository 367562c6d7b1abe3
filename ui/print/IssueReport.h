// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: issuing a meeting report: its PDF painted in memory (the same ReportPainter as print and
// export) and stored in the plan with the figures it used (PlanStore::issueReport). Shared by the window's
// File > Meeting report > Issue report... and `dxplanner report --issue`.
#include "domain/Result.h"
#include "report/ReportContent.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dx {

class PlanStore;

class IssueReport
{
    Q_DECLARE_TR_FUNCTIONS(IssueReport)
public:
    /// The report's PDF as bytes (empty when the pages could not be painted).
    static QByteArray pdf(const ReportContent &content);
    /// Issues @p content: stores @p pdf (or, when empty, the PDF painted from @p content) with the figures
    /// read from @p figures (the store the report was built from) into @p target, in one transaction.
    static Result<Id> issue(PlanStore &target, const ReportContent &content, const PlanStore &figures,
                            QByteArray pdf = {});
};

} // namespace dx
