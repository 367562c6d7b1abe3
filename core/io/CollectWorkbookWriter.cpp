// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectWorkbookWriter.h"

#include "CollectKeys.h"
#include "CollectLayout.h"
#include "WorkbookText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <xlsxwriter.h>

namespace dx {
namespace {

namespace V = collect_layout::values;
namespace T = collect_layout::tasks;

/// Keeps the UTF-8 bytes handed to libxlsxwriter alive until the workbook is closed.
class Utf8
{
public:
    const char *operator()(const QString &s)
    {
        m_keep.append(s.toUtf8());
        return m_keep.last().constData();
    }
    char *mutableCopy(const QString &s) { return const_cast<char *>((*this)(s)); }

private:
    QList<QByteArray> m_keep;
};

struct Formats
{
    lxw_format *header = nullptr, *input = nullptr, *inputNumber = nullptr, *inputDate = nullptr,
               *text = nullptr, *number = nullptr, *date = nullptr, *title = nullptr;
};

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.text = workbook_add_format(wb);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f.text, LXW_BORDER_THIN);
    f.number = workbook_add_format(wb);
    format_set_align(f.number, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f.number, LXW_BORDER_THIN);
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "dd/mm/yyyy");
    format_set_align(f.date, LXW_ALIGN_VERTICAL_TOP);
    format_set_border(f.date, LXW_BORDER_THIN);
    // The cells to fill: unlocked (everything else is protected) and tinted so they stand out.
    f.input = workbook_add_format(wb);
    format_set_unlocked(f.input);
    format_set_bg_color(f.input, 0xFFF6D5);
    format_set_border(f.input, LXW_BORDER_THIN);
    format_set_text_wrap(f.input);
    format_set_align(f.input, LXW_ALIGN_VERTICAL_TOP);
    f.inputNumber = workbook_add_format(wb);
    format_set_unlocked(f.inputNumber);
    format_set_bg_color(f.inputNumber, 0xFFF6D5);
    format_set_border(f.inputNumber, LXW_BORDER_THIN);
    format_set_align(f.inputNumber, LXW_ALIGN_VERTICAL_TOP);
    f.inputDate = workbook_add_format(wb);
    format_set_unlocked(f.inputDate);
    format_set_bg_color(f.inputDate, 0xFFF6D5);
    format_set_border(f.inputDate, LXW_BORDER_THIN);
    format_set_num_format(f.inputDate, "dd/mm/yyyy");
    format_set_align(f.inputDate, LXW_ALIGN_VERTICAL_TOP);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    return f;
}

void printSetup(lxw_worksheet *ws)
{
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_repeat_rows(ws, 0, 0);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
}

lxw_protection protection()
{
    lxw_protection p{};
    p.format_columns = 1; // widths may be changed; nothing locked may be edited
    p.format_rows = 1;
    return p;
}

/// The target of the first milestone year at or after @p year for @p localityId (or the plan-wide one).
QString milestoneTarget(const Indicator &i, Id localityId, int year, const QList<int> &milestones)
{
    for (int m : milestones) {
        if (m < year)
            continue;
        const Target *best = nullptr;
        for (const Target &t : i.targets)
            if (t.year == m && (t.localityId == localityId || (t.localityId == 0 && !best)))
                best = &t;
        if (best)
            return QStringLiteral("%1 %2 (%3)")
                .arg(comparisonSymbol(best->comparison), QString::number(best->value, 'g', 15))
                .arg(m);
    }
    return {};
}

lxw_datetime toLxw(const QDate &d)
{
    lxw_datetime out{};
    out.year = d.year();
    out.month = d.month();
    out.day = d.day();
    return out;
}

} // namespace

QString CollectWorkbookWriter::fileName(const CollectUnit &unit)
{
    QString name = unit.name.trimmed();
    for (QChar &c : name)
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    if (name.isEmpty())
        name = QStringLiteral("%1-%2").arg(unit.kindKey()).arg(unit.id);
    return name + QStringLiteral(".xlsx");
}

Status CollectWorkbookWriter::write(const CollectSnapshot &plan, const CollectUnit &unit,
                                    const Options &options, const QString &path)
{
    const QString partial = path + QStringLiteral(".part");
    Utf8 u;
    lxw_workbook_options wbOptions{};
    const QByteArray tmp = QFile::encodeName(QDir::tempPath());
    wbOptions.tmpdir = const_cast<char *>(tmp.constData());
    lxw_workbook *wb = workbook_new_opt(QFile::encodeName(partial).constData(), &wbOptions);
    if (!wb)
        return Status::fail(Error::Code::Io, tr("Cannot write \"%1\".").arg(path));
    const Formats f = makeFormats(wb);
    const QString periodKey = options.period.key();
    const int year = options.period.yearNumber();

    CollectKeys keys;
    keys.program = QStringLiteral(DX_VERSION);
    keys.planIdentity = plan.planIdentity();
    keys.planTitle = plan.plan.title;
    keys.unit = unit;
    keys.period = periodKey;
    keys.made = options.made;

    const QList<CollectRow> rows = plan.rows(unit);
    int valueRows = 0, taskRows = 0;
    for (const CollectRow &r : rows)
        (r.kind == CollectRow::Kind::Value ? valueRows : taskRows)++;

    // ---- Hướng dẫn -------------------------------------------------------------------------------
    lxw_worksheet *help = workbook_add_worksheet(wb, u(WorkbookText::instructionsSheet()));
    worksheet_set_column(help, 0, 0, 110, nullptr);
    const QString returnTo = options.returnTo.isEmpty() ? plan.plan.issuer : options.returnTo;
    const QStringList lines = {
        QStringLiteral("PHIẾU THU THẬP SỐ LIỆU VÀ TIẾN ĐỘ — %1").arg(unit.name),
        QStringLiteral("Kế hoạch: %1 %2").arg(plan.plan.code, plan.plan.title),
        QStringLiteral("Kỳ báo cáo: %1").arg(periodKey),
        QString(),
        QStringLiteral(
            "1. Trang \"%1\": ghi giá trị của kỳ %2 cho từng chỉ tiêu (%3 dòng), chọn Chính thức hoặc "
            "Ước tính, ghi nguồn số liệu và ghi chú nếu có.")
            .arg(WorkbookText::indicatorsSheet(), periodKey)
            .arg(valueRows),
        QStringLiteral(
            "2. Trang \"%1\": cập nhật trạng thái, tỷ lệ % hoàn thành, ngày hoàn thành, sản phẩm đầu ra "
            "của từng nhiệm vụ (%2 dòng).")
            .arg(WorkbookText::tasksSheet())
            .arg(taskRows),
        QStringLiteral(
            "3. Chỉ ghi vào các ô nền vàng; các ô khác được khóa. Tỷ lệ (%) từ 0 đến 100; thứ hạng là số "
            "nguyên từ 1; số lượng không âm; ngày theo dạng ngày/tháng/năm. Có thể dùng dấu phẩy thập "
            "phân (18,6)."),
        QStringLiteral(
            "4. Ô để trống nghĩa là chưa có số liệu; không xóa, thêm hay sắp xếp lại dòng, không đổi tên "
            "tệp hay các trang."),
        QStringLiteral("5. Hạn gửi lại: %1.")
            .arg(options.due.isValid() ? options.due.toString(QStringLiteral("dd/MM/yyyy"))
                                       : QStringLiteral("theo văn bản đề nghị")),
        QStringLiteral("6. Gửi tệp này (định dạng .xlsx) về: %1.")
            .arg(returnTo.isEmpty() ? QStringLiteral("cơ quan "
                                                     "theo dõi")
                                    : returnTo),
    };
    worksheet_write_string(help, 0, 0, u(lines.first()), f.title);
    for (int i = 1; i < lines.size(); ++i)
        worksheet_write_string(help, lxw_row_t(i), 0, u(lines.at(i)), nullptr);
    lxw_protection p = protection();
    worksheet_protect(help, nullptr, &p);

    // ---- Chỉ tiêu --------------------------------------------------------------------------------
    lxw_worksheet *values = workbook_add_worksheet(wb, u(WorkbookText::indicatorsSheet()));
    const QStringList valueHeaders = {
        QStringLiteral("Mã chỉ tiêu"),
        QStringLiteral("Tên chỉ tiêu"),
        QStringLiteral("Đơn vị tính"),
        QStringLiteral("Địa bàn"),
        QStringLiteral("Giá trị gần nhất"),
        QStringLiteral("Kỳ của giá trị gần nhất"),
        QStringLiteral("Mục tiêu"),
        QStringLiteral("Giá trị kỳ %1").arg(periodKey),
        QStringLiteral("Chính thức / Ước tính"),
        QStringLiteral("Nguồn số liệu"),
        QStringLiteral("Ghi chú"),
    };
    const double valueWidths[] = {10, 48, 12, 20, 12, 12, 16, 14, 14, 24, 28};
    for (int c = 0; c < V::Count; ++c) {
        worksheet_set_column(values, lxw_col_t(c), lxw_col_t(c), valueWidths[c], nullptr);
        worksheet_write_string(values, 0, lxw_col_t(c), u(valueHeaders.at(c)), f.header);
    }
    worksheet_freeze_panes(values, 1, 2);
    printSetup(values);

    // ---- Nhiệm vụ --------------------------------------------------------------------------------
    lxw_worksheet *tasks = workbook_add_worksheet(wb, u(WorkbookText::tasksSheet()));
    const QStringList taskHeaders = {
        QStringLiteral("Nhiệm vụ"),
        QStringLiteral("Nhóm nhiệm vụ"),
        QStringLiteral("Vai trò"),
        QStringLiteral("Thời hạn"),
        QStringLiteral("Trạng thái hiện tại"),
        QStringLiteral("% hiện tại"),
        QStringLiteral("Trạng thái"),
        QStringLiteral("% hoàn thành"),
        QStringLiteral("Ngày hoàn thành"),
        QStringLiteral("Sản phẩm đầu ra"),
        QStringLiteral("Ghi chú"),
    };
    const double taskWidths[] = {50, 24, 10, 12, 16, 9, 16, 11, 14, 28, 28};
    for (int c = 0; c < T::Count; ++c) {
        worksheet_set_column(tasks, lxw_col_t(c), lxw_col_t(c), taskWidths[c], nullptr);
        worksheet_write_string(tasks, 0, lxw_col_t(c), u(taskHeaders.at(c)), f.header);
    }
    worksheet_freeze_panes(tasks, 1, 1);
    printSetup(tasks);

    // Data validation: the same rules Validation::value and Validation::task enforce.
    char *estimateList[] = {u.mutableCopy(WorkbookText::official()), u.mutableCopy(WorkbookText::estimate()),
                            nullptr};
    char *statusList[] = {u.mutableCopy(WorkbookText::taskStatus(TaskStatus::NotStarted)),
                          u.mutableCopy(WorkbookText::taskStatus(TaskStatus::InProgress)),
                          u.mutableCopy(WorkbookText::taskStatus(TaskStatus::Done)), nullptr};
    auto validation = [&](const QString &title, const QString &message) {
        lxw_data_validation v{};
        v.ignore_blank = LXW_VALIDATION_ON;
        v.show_error = LXW_VALIDATION_ON;
        v.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        v.error_title = u.mutableCopy(title);
        v.error_message = u.mutableCopy(message);
        return v;
    };

    int valueRow = 1, taskRow = 1;
    for (CollectRow r : rows) {
        if (r.kind == CollectRow::Kind::Value) {
            const Indicator *ind = plan.indicator(r.indicatorId);
            if (!ind)
                continue;
            const lxw_row_t row = lxw_row_t(valueRow);
            r.sheetRow = valueRow++;
            r.version = CollectSnapshot::valueVersion(plan.value(r.indicatorId, r.localityId, periodKey));
            worksheet_write_string(values, row, V::Code, u(ind->code), f.text);
            worksheet_write_string(values, row, V::Name, u(ind->name), f.text);
            worksheet_write_string(values, row, V::Unit, u(ind->unit), f.text);
            worksheet_write_string(
                values, row, V::Locality,
                u(r.localityId ? plan.localityName(r.localityId) : WorkbookText::planArea()), f.text);
            if (const auto last = plan.latest(r.indicatorId, r.localityId)) {
                worksheet_write_number(values, row, V::LastValue, last->value, f.number);
                worksheet_write_string(values, row, V::LastPeriod, u(last->period), f.text);
            } else {
                worksheet_write_blank(values, row, V::LastValue, f.number);
                worksheet_write_blank(values, row, V::LastPeriod, f.text);
            }
            worksheet_write_string(values, row, V::Target,
                                   u(milestoneTarget(*ind, r.localityId, year, plan.plan.milestoneYears)),
                                   f.text);
            // An existing value for the period is shown in the input cell, so the unit corrects it.
            if (const auto now = plan.value(r.indicatorId, r.localityId, periodKey)) {
                worksheet_write_number(values, row, V::Value, now->value, f.inputNumber);
                worksheet_write_string(values, row, V::Estimate,
                                       u(now->estimate ? WorkbookText::estimate() : WorkbookText::official()),
                                       f.input);
                worksheet_write_string(values, row, V::Source, u(now->source), f.input);
                worksheet_write_string(values, row, V::Note, u(now->note), f.input);
            } else {
                worksheet_write_blank(values, row, V::Value, f.inputNumber);
                worksheet_write_blank(values, row, V::Estimate, f.input);
                worksheet_write_blank(values, row, V::Source, f.input);
                worksheet_write_blank(values, row, V::Note, f.input);
            }
            lxw_data_validation v = validation(QStringLiteral("Giá trị không hợp lệ"), QString());
            switch (ind->kind) {
            case IndicatorKind::Share:
                v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                v.minimum_number = 0;
                v.maximum_number = 100;
                v.error_message = u.mutableCopy(QStringLiteral("Tỷ lệ phải từ 0 đến 100."));
                break;
            case IndicatorKind::Rank:
                v.validate = LXW_VALIDATION_TYPE_INTEGER;
                v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                v.value_number = 1;
                v.error_message = u.mutableCopy(QStringLiteral("Thứ hạng phải là số nguyên từ 1 trở lên."));
                break;
            case IndicatorKind::Count:
            case IndicatorKind::Stage:
                v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                v.criteria = LXW_VALIDATION_CRITERIA_GREATER_THAN_OR_EQUAL_TO;
                v.value_number = 0;
                v.error_message = u.mutableCopy(QStringLiteral("Số lượng không được âm."));
                break;
            case IndicatorKind::YearlyRate:
                v.validate = LXW_VALIDATION_TYPE_DECIMAL;
                v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
                v.minimum_number = -1e9;
                v.maximum_number = 1e9;
                v.error_message = u.mutableCopy(QStringLiteral("Giá trị phải là một số."));
                break;
            }
            worksheet_data_validation_cell(values, row, V::Value, &v);
            lxw_data_validation list = validation(QStringLiteral("Giá trị không hợp lệ"),
                                                  QStringLiteral("Chọn Chính thức hoặc Ước tính."));
            list.validate = LXW_VALIDATION_TYPE_LIST;
            list.value_list = estimateList;
            worksheet_data_validation_cell(values, row, V::Estimate, &list);
        } else {
            const Task *t = plan.task(r.taskId);
            if (!t)
                continue;
            const lxw_row_t row = lxw_row_t(taskRow);
            r.sheetRow = taskRow++;
            r.version = CollectSnapshot::taskVersion(*t);
            const bool leads = unit.kind == CollectUnit::Kind::Agency ? t->leadAgencyId == unit.id : [&] {
                for (const Agency &a : plan.agencies)
                    if (a.id == t->leadAgencyId)
                        return a.localityId == unit.id;
                return false;
            }();
            worksheet_write_string(tasks, row, T::Title, u(t->title), f.text);
            worksheet_write_string(tasks, row, T::Group, u(plan.groupTitle(t->groupId)), f.text);
            worksheet_write_string(tasks, row, T::Role,
                                   u(leads ? WorkbookText::leads() : WorkbookText::cooperates()), f.text);
            if (t->deadline.isValid()) {
                const lxw_datetime d = toLxw(t->deadline);
                worksheet_write_datetime(tasks, row, T::Deadline, const_cast<lxw_datetime *>(&d), f.date);
            } else {
                worksheet_write_blank(tasks, row, T::Deadline, f.date);
            }
            worksheet_write_string(tasks, row, T::CurrentStatus, u(WorkbookText::taskStatus(t->status)),
                                   f.text);
            worksheet_write_number(tasks, row, T::CurrentPercent, t->percentComplete, f.number);
            worksheet_write_blank(tasks, row, T::Status, f.input);
            worksheet_write_blank(tasks, row, T::Percent, f.inputNumber);
            worksheet_write_blank(tasks, row, T::CompletionDate, f.inputDate);
            worksheet_write_string(tasks, row, T::Output, u(t->output), f.input);
            worksheet_write_blank(tasks, row, T::Note, f.input);

            lxw_data_validation status = validation(QStringLiteral("Giá trị không hợp lệ"),
                                                    QStringLiteral("Chọn một trạng thái trong danh sách."));
            status.validate = LXW_VALIDATION_TYPE_LIST;
            status.value_list = statusList;
            worksheet_data_validation_cell(tasks, row, T::Status, &status);
            lxw_data_validation percent = validation(QStringLiteral("Giá trị không hợp lệ"),
                                                     QStringLiteral("Tỷ lệ % phải từ 0 đến 100."));
            percent.validate = LXW_VALIDATION_TYPE_INTEGER;
            percent.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            percent.minimum_number = 0;
            percent.maximum_number = 100;
            worksheet_data_validation_cell(tasks, row, T::Percent, &percent);
            lxw_data_validation date = validation(QStringLiteral("Giá trị không hợp lệ"),
                                                  QStringLiteral("Ghi một ngày (ngày/tháng/năm)."));
            date.validate = LXW_VALIDATION_TYPE_DATE;
            date.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
            date.minimum_datetime = toLxw(QDate(2000, 1, 1));
            date.maximum_datetime = toLxw(QDate(2100, 12, 31));
            worksheet_data_validation_cell(tasks, row, T::CompletionDate, &date);
        }
        keys.rows.append(r);
    }
    if (valueRow > 1)
        worksheet_autofilter(values, 0, 0, lxw_row_t(valueRow - 1), V::Count - 1);
    if (taskRow > 1)
        worksheet_autofilter(tasks, 0, 0, lxw_row_t(taskRow - 1), T::Count - 1);
    lxw_protection pv = protection();
    pv.autofilter = 1;
    worksheet_protect(values, nullptr, &pv);
    lxw_protection pt = protection();
    pt.autofilter = 1;
    worksheet_protect(tasks, nullptr, &pt);

    // ---- keys (hidden, protected) ----------------------------------------------------------------
    lxw_worksheet *keySheet = workbook_add_worksheet(wb, u(WorkbookText::keysSheet()));
    const QList<QStringList> cells = keys.toCells();
    for (int r = 0; r < cells.size(); ++r)
        for (int c = 0; c < cells.at(r).size(); ++c)
            worksheet_write_string(keySheet, lxw_row_t(r), lxw_col_t(c), u(cells.at(r).at(c)), nullptr);
    lxw_protection pk{};
    worksheet_protect(keySheet, nullptr, &pk);
    worksheet_hide(keySheet);
    worksheet_activate(values);

    const lxw_error error = workbook_close(wb);
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
