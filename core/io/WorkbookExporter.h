// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the whole plan as an Excel workbook (libxlsxwriter): tasks, indicators, targets, every value
// in long form, Biểu 01, and a native line chart per indicator, so a planner can go on in Excel.
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace dx {

class PlanStore;

class WorkbookExporter
{
    Q_DECLARE_TR_FUNCTIONS(WorkbookExporter)
public:
    /// Writes @p store's plan to @p path (replaced only once complete). Biểu 01 is the report's for the
    /// year of @p asOf, with figures as of @p asOf. The sheets are written as the plan is read, the values
    /// row by row (libxlsxwriter's constant_memory mode): the workbook's memory does not grow with the
    /// number of values; Biểu 01's does, since ReportBuilder reads every value to make it.
    static Status write(const PlanStore &store, const QString &path, const QDate &asOf);
    /// The headers of the long-form values table ("Số liệu" sheet and CSV export), which the import reads.
    static QStringList valueHeaders();
};

} // namespace dx
