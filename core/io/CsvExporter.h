// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: every value of the plan in long form as CSV: UTF-8 with a BOM (so Excel shows Vietnamese),
// the separator chosen, numbers with a point.
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dx {

class PlanStore;

class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    /// The CSV text (with BOM) of every measurement; @p separator ',' or ';' or '\t'.
    static QByteArray measurements(const PlanStore &store, char separator = ',');
    static Status write(const PlanStore &store, const QString &path, char separator = ',');
};

} // namespace dx
