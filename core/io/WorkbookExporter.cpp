// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookExporter.h"

#include "WorkbookText.h"
#include "domain/Period.h"
#include "report/ReportContent.h"
#include "report/ReportSettings.h"
#include "store/PlanStore.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMap>
#include <xlsxwriter.h>

namespace dx {
namespace {

lxw_datetime toLxw(const QDate &d)
{
    lxw_datetime out{};
    out.year = d.year();
    out.month = d.month();
    out.day = d.day();
    return out;
}

QString kindName(IndicatorKind k)
{
    switch (k) {
    case IndicatorKind::Share:
        return QStringLiteral("Tỷ lệ");
    case IndicatorKind::Count:
        return QStringLiteral("Số lượng");
    case IndicatorKind::YearlyRate:
        return QStringLiteral("Tốc độ hằng năm");
    case IndicatorKind::Rank:
        return QStringLiteral("Thứ hạng");
    case IndicatorKind::Stage:
        return QStringLiteral("Giai đoạn");
    }
    return {};
}

/// UTF-8 for libxlsxwriter, which copies every string it is given (cells, sheet names, titles, ranges),
/// so the bytes need to live only for the call.
QByteArray u(const QString &s)
{
    return s.toUtf8();
}

/**
 * Adds a worksheet. With @p constantMemory its rows go to a temporary file as they are written, one row
 * in memory at a time (libxlsxwriter's constant_memory mode, strings written inline instead of in the
 * shared table), so its rows must be written strictly in order. libxlsxwriter takes each worksheet's
 * mode from the workbook's options when the worksheet is added, which lets one workbook mix both.
 */
lxw_worksheet *addSheet(lxw_workbook *wb, const QString &name, bool constantMemory)
{
    wb->options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    return workbook_add_worksheet(wb, u(name).constData());
}

/// A sheet with a bold, filtered, frozen header row and A4 landscape print set-up, written row by row
/// (constant memory: rows strictly in order). When libxlsxwriter could not add it (in constant memory
/// it needs a temporary file), ok() is false and every write is skipped.
class Sheet
{
public:
    Sheet(lxw_workbook *wb, const QString &name, const QStringList &headers, const QList<double> &widths,
          lxw_format *header)
        : m_ws(addSheet(wb, name, /*constantMemory=*/true)), m_columns(int(headers.size()))
    {
        if (!m_ws)
            return;
        for (int c = 0; c < headers.size(); ++c) {
            worksheet_set_column(m_ws, lxw_col_t(c), lxw_col_t(c), widths.value(c, 14), nullptr);
            worksheet_write_string(m_ws, 0, lxw_col_t(c), u(headers.at(c)).constData(), header);
        }
        worksheet_freeze_panes(m_ws, 1, 0);
        worksheet_set_landscape(m_ws);
        worksheet_set_paper(m_ws, 9);
        worksheet_repeat_rows(m_ws, 0, 0);
        worksheet_fit_to_pages(m_ws, 1, 0);
    }
    bool ok() const { return m_ws != nullptr; }
    lxw_worksheet *ws() const { return m_ws; }
    void text(int row, int col, const QString &s, lxw_format *f = nullptr)
    {
        if (m_ws && !s.isEmpty())
            worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), u(s).constData(), f);
    }
    void number(int row, int col, double v, lxw_format *f = nullptr)
    {
        if (m_ws)
            worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col), v, f);
    }
    void date(int row, int col, const QDate &d, lxw_format *f)
    {
        if (!m_ws || !d.isValid())
            return;
        lxw_datetime dt = toLxw(d);
        worksheet_write_datetime(m_ws, lxw_row_t(row), lxw_col_t(col), &dt, f);
    }
    void finish(int lastRow)
    {
        if (m_ws)
            worksheet_autofilter(m_ws, 0, 0, lxw_row_t(qMax(lastRow, 1)), lxw_col_t(m_columns - 1));
    }

private:
    lxw_worksheet *m_ws;
    int m_columns;
};

/// What an indicator's chart shows of its values, gathered while the values sheet is written: the
/// plan area's values by period, or, when the indicator has none, every locality's (their mean).
struct ChartValues
{
    bool any = false;                      ///< the indicator has a value
    bool planArea = false;                 ///< one of them is the plan area's: only those are charted
    QMap<Period, QPair<double, int>> sums; ///< period -> (sum, count)

    /// Adds @p m; called in the order of PlanStore::allMeasurements(), so the sums are those of that order.
    void add(const Measurement &m)
    {
        any = true;
        if (m.localityId == 0 && !planArea) {
            planArea = true;
            sums.clear(); // the localities' values seen so far are not charted after all
        }
        if (m.localityId == 0 || !planArea)
            if (const auto p = Period::parse(m.period)) {
                auto &s = sums[*p];
                s.first += m.value;
                s.second += 1;
            }
    }
};

} // namespace

QStringList WorkbookExporter::valueHeaders()
{
    return {QStringLiteral("Mã chỉ tiêu"),
            QStringLiteral("Địa bàn"),
            QStringLiteral("Kỳ"),
            QStringLiteral("Giá trị"),
            QStringLiteral("Chính thức / Ước tính"),
            QStringLiteral("Nguồn số liệu"),
            QStringLiteral("Ghi chú"),
            QStringLiteral("Tệp nguồn"),
            QStringLiteral("Đơn vị gửi"),
            QStringLiteral("Ngày nhận"),
            QStringLiteral("Người nhập")};
}

Status WorkbookExporter::write(const PlanStore &store, const QString &path, const QDate &asOf)
{
    // Biểu 01 first, before the workbook holds anything, read one indicator's values at a time.
    const ReportTable table01 = ReportBuilder::targetsTable(store, ReportSettings::fromMap(store.settings()),
                                                            Period::year(asOf.year()), asOf);

    const QString partial = path + QStringLiteral(".part");
    lxw_workbook_options options{};
    const QByteArray tmp = QFile::encodeName(QDir::tempPath());
    options.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(partial).constData(), &options);
    if (!wb)
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\".").arg(path));
    lxw_format *header = workbook_add_format(wb);
    format_set_bold(header);
    format_set_text_wrap(header);
    format_set_bg_color(header, 0xDDE4EE);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *wrap = workbook_add_format(wb);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    QHash<Id, QString> agencies, persons, places, groups, codes;
    for (const Agency &a : store.agencies())
        agencies.insert(a.id, a.name);
    for (const Person &p : store.persons())
        persons.insert(p.id, p.name);
    for (const Locality &l : store.localities())
        places.insert(l.id, l.name);
    for (const TaskGroup &g : store.groups())
        groups.insert(g.id, g.title);
    const QList<Indicator> indicators = store.indicators();
    for (const Indicator &i : indicators)
        codes.insert(i.id, i.code);

    // ---- Nhiệm vụ: every column ------------------------------------------------------------------
    Sheet taskSheet(
        wb, WorkbookText::tasksSheet(),
        {QStringLiteral("Nhóm nhiệm vụ"), QStringLiteral("Nhiệm vụ"), QStringLiteral("Thuộc nhiệm vụ"),
         QStringLiteral("Căn cứ"), QStringLiteral("Cơ quan chủ trì"), QStringLiteral("Cơ quan phối hợp"),
         QStringLiteral("Người phụ trách"), QStringLiteral("Ngày bắt đầu"), QStringLiteral("Thời hạn"),
         QStringLiteral("Trạng thái"), QStringLiteral("% hoàn thành"), QStringLiteral("Ngày hoàn thành"),
         QStringLiteral("Sản phẩm đầu ra"), QStringLiteral("Ghi chú"), QStringLiteral("Chỉ tiêu liên quan")},
        {24, 50, 30, 20, 24, 30, 18, 12, 12, 16, 10, 12, 30, 30, 16}, header);
    int row = 1;
    {
        const QList<Task> tasks = store.tasks();
        QHash<Id, QString> taskTitles;
        for (const Task &t : tasks)
            taskTitles.insert(t.id, t.title);
        for (const Task &t : tasks) {
            QStringList cooperating, linked;
            for (Id a : t.cooperatingAgencyIds)
                cooperating << agencies.value(a);
            for (Id i : t.indicatorIds)
                linked << codes.value(i);
            taskSheet.text(row, 0, groups.value(t.groupId), wrap);
            taskSheet.text(row, 1, t.title, wrap);
            taskSheet.text(row, 2, taskTitles.value(t.parentId), wrap);
            taskSheet.text(row, 3, t.legalRef, wrap);
            taskSheet.text(row, 4, agencies.value(t.leadAgencyId), wrap);
            taskSheet.text(row, 5, cooperating.join(QStringLiteral("; ")), wrap);
            taskSheet.text(row, 6, persons.value(t.personId));
            taskSheet.date(row, 7, t.startDate, date);
            taskSheet.date(row, 8, t.deadline, date);
            taskSheet.text(row, 9, WorkbookText::taskStatus(t.status));
            taskSheet.number(row, 10, t.percentComplete);
            taskSheet.date(row, 11, t.completionDate, date);
            taskSheet.text(row, 12, t.output, wrap);
            taskSheet.text(row, 13, t.notes, wrap);
            taskSheet.text(row, 14, linked.join(QStringLiteral(", ")));
            ++row;
        }
    }
    taskSheet.finish(row - 1);

    // ---- Chỉ tiêu and Mục tiêu -------------------------------------------------------------------
    Sheet indicatorSheet(wb, WorkbookText::indicatorsSheet(),
                         {QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Tên chỉ tiêu"),
                          QStringLiteral("Đơn vị tính"), QStringLiteral("Loại"), QStringLiteral("Chiều tốt"),
                          QStringLiteral("Phạm vi"), QStringLiteral("Cơ quan theo dõi"),
                          QStringLiteral("Kỳ gốc"), QStringLiteral("Giá trị gốc"), QStringLiteral("Mục tiêu"),
                          QStringLiteral("Nguồn số liệu"), QStringLiteral("Ghi chú")},
                         {10, 50, 12, 14, 10, 24, 26, 10, 10, 30, 24, 30}, header);
    Sheet targetSheet(wb, QStringLiteral("Mục tiêu"),
                      {QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Năm"), QStringLiteral("So sánh"),
                       QStringLiteral("Giá trị"), QStringLiteral("Địa bàn"), QStringLiteral("Ghi chú")},
                      {10, 8, 8, 10, 24, 30}, header);
    row = 1;
    int targetRow = 1;
    for (const Indicator &i : indicators) {
        QStringList scope, targetText;
        for (Id l : i.localityIds)
            scope << places.value(l);
        for (const Target &t : i.targets) {
            targetText << QStringLiteral("%1: %2 %3")
                              .arg(t.year)
                              .arg(comparisonSymbol(t.comparison), QString::number(t.value, 'g', 15));
            targetSheet.text(targetRow, 0, i.code);
            targetSheet.number(targetRow, 1, t.year);
            targetSheet.text(targetRow, 2, comparisonSymbol(t.comparison));
            targetSheet.number(targetRow, 3, t.value);
            targetSheet.text(targetRow, 4,
                             t.localityId ? places.value(t.localityId) : WorkbookText::planArea());
            targetSheet.text(targetRow, 5, t.note);
            ++targetRow;
        }
        indicatorSheet.text(row, 0, i.code);
        indicatorSheet.text(row, 1, i.name, wrap);
        indicatorSheet.text(row, 2, i.unit);
        indicatorSheet.text(row, 3, kindName(i.kind));
        indicatorSheet.text(
            row, 4, i.direction == Direction::Increase ? QStringLiteral("Tăng") : QStringLiteral("Giảm"));
        indicatorSheet.text(
            row, 5, i.scope == Scope::Plan ? WorkbookText::planArea() : scope.join(QStringLiteral("; ")),
            wrap);
        indicatorSheet.text(row, 6, agencies.value(i.ownerAgencyId), wrap);
        indicatorSheet.text(row, 7, i.baselinePeriod);
        if (i.baselineValue)
            indicatorSheet.number(row, 8, *i.baselineValue);
        indicatorSheet.text(row, 9, targetText.join(QStringLiteral("; ")), wrap);
        indicatorSheet.text(row, 10, i.dataSource, wrap);
        indicatorSheet.text(row, 11, i.notes, wrap);
        ++row;
    }
    indicatorSheet.finish(row - 1);
    targetSheet.finish(targetRow - 1);

    // ---- Số liệu: every value in long form (the import reads this sheet back) -------------------
    // Read row by row (the bulk of a plan, never all in memory here); each indicator's chart data is
    // gathered on the way.
    QList<double> widths = {10, 24, 9, 10, 12, 24, 30, 24, 24, 12, 16};
    Sheet valueSheet(wb, QStringLiteral("Số liệu"), valueHeaders(), widths, header);
    QHash<Id, ChartValues> chartValues;
    ChartValues *current = nullptr; // the values come indicator by indicator
    Id currentId = 0;
    row = 1;
    store.forEachMeasurement([&](const Measurement &m) {
        if (!valueSheet.ok())
            return false;
        valueSheet.text(row, 0, codes.value(m.indicatorId));
        valueSheet.text(row, 1, m.localityId ? places.value(m.localityId) : WorkbookText::planArea());
        valueSheet.text(row, 2, m.period);
        valueSheet.number(row, 3, m.value);
        valueSheet.text(row, 4, m.estimate ? WorkbookText::estimate() : WorkbookText::official());
        valueSheet.text(row, 5, m.source, wrap);
        valueSheet.text(row, 6, m.note, wrap);
        valueSheet.text(row, 7, m.sourceFile);
        valueSheet.text(row, 8, m.sourceUnit);
        valueSheet.date(row, 9, m.receivedAt, date);
        valueSheet.text(row, 10, m.importedBy);
        ++row;
        if (!current || currentId != m.indicatorId) {
            current = &chartValues[m.indicatorId];
            currentId = m.indicatorId;
        }
        current->add(m);
        return true;
    });
    valueSheet.finish(row - 1);

    // ---- Biểu 01: the report's targets table -----------------------------------------------------
    QList<double> reportWidths = {6, 9, 44, 10, 12, 12, 12, 12, 12, 12, 24, 24};
    Sheet table01Sheet(wb, QStringLiteral("Biểu 01"), table01.headers, reportWidths, header);
    row = 1;
    for (const ReportRow &r : table01.rows) {
        for (int c = 0; c < r.cells.size(); ++c)
            table01Sheet.text(row, c, r.cells.at(c), wrap);
        ++row;
    }
    table01Sheet.finish(row - 1);

    // ---- Biểu đồ: a native line chart per indicator, its data on a sheet beside -------------------
    // Per indicator, a block of rows: periods, recorded values (the plan area's, or the mean of the
    // localities when only they report) and targets (by year). This sheet is kept in memory, not in
    // constant memory: at closing, libxlsxwriter reads the charts' cached values from it, and it holds
    // one short block per indicator.
    lxw_worksheet *chartData = addSheet(wb, QStringLiteral("Dữ liệu biểu đồ"), /*constantMemory=*/false);
    lxw_worksheet *charts = addSheet(wb, QStringLiteral("Biểu đồ"), /*constantMemory=*/false);
    const QByteArray dataName = QStringLiteral("Dữ liệu biểu đồ").toUtf8();
    int dataRow = 0, chartIndex = 0;
    const bool chartSheets = chartData && charts;
    for (const Indicator &i : chartSheets ? indicators : QList<Indicator>()) {
        const ChartValues values = chartValues.take(i.id);
        const QMap<Period, QPair<double, int>> &sums = values.sums;
        QMap<Period, double> targets;
        for (const Target &t : i.targets)
            if (t.localityId == 0)
                targets.insert(Period::year(t.year), t.value);
        QList<Period> periods = sums.keys();
        for (const Period &p : targets.keys())
            if (!sums.contains(p))
                periods.append(p);
        std::sort(periods.begin(), periods.end());
        const int first = dataRow;
        worksheet_write_string(chartData, lxw_row_t(dataRow), 0, u(i.code).constData(), header);
        worksheet_write_string(chartData, lxw_row_t(dataRow + 1), 0,
                               u(values.planArea || !values.any
                                     ? QStringLiteral("Thực hiện")
                                     : QStringLiteral("Thực hiện (trung bình các địa bàn)"))
                                   .constData(),
                               nullptr);
        worksheet_write_string(chartData, lxw_row_t(dataRow + 2), 0,
                               u(QStringLiteral("Mục tiêu")).constData(), nullptr);
        for (int c = 0; c < periods.size(); ++c) {
            const Period &p = periods.at(c);
            worksheet_write_string(chartData, lxw_row_t(dataRow), lxw_col_t(c + 1), u(p.key()).constData(),
                                   nullptr);
            if (sums.contains(p))
                worksheet_write_number(chartData, lxw_row_t(dataRow + 1), lxw_col_t(c + 1),
                                       sums.value(p).first / sums.value(p).second, nullptr);
            if (targets.contains(p))
                worksheet_write_number(chartData, lxw_row_t(dataRow + 2), lxw_col_t(c + 1), targets.value(p),
                                       nullptr);
        }
        dataRow += 4;
        lxw_chart *chart = workbook_add_chart(wb, LXW_CHART_LINE);
        chart_title_set_name(chart, u(i.code + QStringLiteral(" ") + i.name).constData());
        chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_CONNECTED);
        chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
        const lxw_col_t last = lxw_col_t(qMax(1, int(periods.size())));
        lxw_chart_series *actual = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(actual, dataName.constData(), lxw_row_t(first), 1, lxw_row_t(first),
                                    last);
        chart_series_set_values(actual, dataName.constData(), lxw_row_t(first + 1), 1, lxw_row_t(first + 1),
                                last);
        chart_series_set_name_range(actual, dataName.constData(), lxw_row_t(first + 1), 0);
        chart_series_set_marker_type(actual, LXW_CHART_MARKER_CIRCLE);
        lxw_chart_series *target = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(target, dataName.constData(), lxw_row_t(first), 1, lxw_row_t(first),
                                    last);
        chart_series_set_values(target, dataName.constData(), lxw_row_t(first + 2), 1, lxw_row_t(first + 2),
                                last);
        chart_series_set_name_range(target, dataName.constData(), lxw_row_t(first + 2), 0);
        chart_series_set_marker_type(target, LXW_CHART_MARKER_DIAMOND);
        chart_series_set_marker_size(target, 9);
        lxw_chart_line noLine{};
        noLine.none = LXW_TRUE;
        chart_series_set_line(target, &noLine);
        chart_axis_set_name(chart->y_axis, u(i.unit).constData());
        // Two charts side by side, 16 rows each.
        worksheet_insert_chart(charts, lxw_row_t((chartIndex / 2) * 16), lxw_col_t((chartIndex % 2) * 9),
                               chart);
        ++chartIndex;
    }
    // A sheet libxlsxwriter could not add (no temporary file) fails the export as a failed close does.
    const bool complete = taskSheet.ok() && indicatorSheet.ok() && targetSheet.ok() && valueSheet.ok() &&
                          table01Sheet.ok() && chartSheets;
    if (complete)
        worksheet_activate(taskSheet.ws());
    lxw_error error = workbook_close(wb);
    if (!complete && error == LXW_NO_ERROR)
        error = LXW_ERROR_CREATING_TMPFILE;
    if (error != LXW_NO_ERROR) {
        QFile::remove(partial);
        return Status::fail(Error::Code::Io,
                            tr("Cannot write \"%1\": %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\".").arg(path));
    }
    return success();
}

} // namespace dx
