// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: every value of the plan in long form as CSV: UTF-8 with a BOM (so Excel shows Vietnamese),
// the separator chosen, numbers with a point.
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QIODevice;

namespace dx {

class PlanStore;

class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)
public:
    /// The CSV text (with BOM) of every measurement; @p separator ',' or ';' or '\t'. Holds the whole
    /// text: for small plans and tests; exports use write().
    static QByteArray measurements(const PlanStore &store, char separator = ',');
    /// Writes the bytes of measurements() to @p out as the values are read from the store, row by row:
    /// memory stays a constant, however many values the plan has. Fails (Io) when @p out refuses a write.
    static Status write(const PlanStore &store, QIODevice &out, char separator = ',');
    /// write() into the file @p path, which is replaced only once complete.
    static Status write(const PlanStore &store, const QString &path, char separator = ',');
};

} // namespace dx
