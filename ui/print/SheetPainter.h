// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the printable documents other than the meeting report, painted by the same page routine
// (PageWriter, TablePainter, ChartPainter): the current chart, an indicator sheet (chart, values,
// status, targets, source), the dashboard, and the task table as filtered. In the user's language.
#include "domain/Ids.h"
#include "report/ChartData.h"

#include <QCoreApplication>

class QAbstractItemModel;
class QPagedPaintDevice;

namespace dx {

class PlanDocument;

class SheetPainter
{
    Q_DECLARE_TR_FUNCTIONS(SheetPainter)
public:
    /// The chart data of indicator @p id on the document's "as of" date, in the user's language.
    static IndicatorChartData chartData(const PlanDocument &document, Id id);

    /// One landscape page with the chart filling it. Returns the number of pages (0: failed).
    static int chart(QPagedPaintDevice *device, const IndicatorChartData &data);
    /// A portrait sheet: chart, status, targets with their progress, every recorded value, source.
    static int indicatorSheet(QPagedPaintDevice *device, const PlanDocument &document, Id id);
    /// The counts of indicators and tasks, then every indicator's chart (two a page) and overdue tasks.
    static int dashboard(QPagedPaintDevice *device, const PlanDocument &document);
    /// The rows and columns of @p model as shown (filtered and sorted), overdue rows marked; landscape.
    /// @p stateRole: the role giving int(TaskState) of a row, or -1.
    static int table(QPagedPaintDevice *device, const QAbstractItemModel &model, const QString &title,
                     const QString &subtitle, int stateRole);
};

} // namespace dx
