// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportText.h"

#include <array>
#include <cmath>

namespace dx {
namespace {

struct Words
{
    const char *vi; ///< UTF-8
    const char *en;
};

// One row per ReportText::Key, in the enum's order (checked by the static_assert below).
constexpr std::array<Words, ReportText::KeyCount> kWords{{
    {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"},
    {"Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"},
    {"ĐẢNG CỘNG SẢN VIỆT NAM", "COMMUNIST PARTY OF VIET NAM"},
    {"BÁO CÁO", "REPORT"},
    {"Số: %1/BC-%2", "No.: %1/BC-%2"},
    {"Số %1-BC/%2", "No. %1-BC/%2"},
    {"Kết quả thực hiện %1 số %2 ngày %3 của %4 về %5",
     "Results of implementing %1 No. %2 of %3 by %4 on %5"},
    {"Kết quả thực hiện %1 số %2 ngày %3 về %4", "Results of implementing %1 No. %2 of %3 on %4"},
    {"(Kỳ báo cáo: %1; số liệu tính đến ngày %2)", "(Reporting period: %1; figures as of %2)"},
    {"I. TỔNG QUAN KẾT QUẢ THỰC HIỆN", "I. OVERVIEW OF RESULTS"},
    {"Tính đến ngày %1, trong tổng số %2 chỉ tiêu: %3 chỉ tiêu đã đạt; %4 chỉ tiêu đúng tiến độ; %5 chỉ tiêu "
     "có "
     "nguy cơ chậm tiến độ; %6 chỉ tiêu chậm tiến độ; %7 chỉ tiêu chưa có số liệu.",
     "As of %1, of the %2 targets: %3 met; %4 on track; %5 at risk; %6 off track; %7 without data."},
    {"Về nhiệm vụ: tổng số %1 nhiệm vụ, trong đó %2 nhiệm vụ hoàn thành đúng hạn; %3 nhiệm vụ hoàn thành quá "
     "hạn; "
     "%4 nhiệm vụ đang thực hiện trong hạn; %5 nhiệm vụ quá hạn chưa hoàn thành; %6 nhiệm vụ chưa triển "
     "khai.",
     "Tasks: %1 in all; %2 done on time; %3 done late; %4 in progress on time; %5 overdue and not done; "
     "%6 not started."},
    {"Các nhiệm vụ quá hạn được đánh dấu (!) trong %1; đề nghị các cơ quan chủ trì khẩn trương hoàn thành.",
     "Overdue tasks are marked (!) in %1; their lead agencies are asked to complete them without delay."},
    {"Không có nhiệm vụ quá hạn.", "No task is overdue."},
    {"II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU VÀ NHIỆM VỤ", "II. RESULTS ON THE TARGETS AND TASKS"},
    {"1. Kết quả thực hiện các chỉ tiêu", "1. Targets"},
    {"2. Kết quả thực hiện các nhóm nhiệm vụ, giải pháp", "2. Groups of tasks and solutions"},
    {"%1: %2 nhiệm vụ; đã hoàn thành %3; quá hạn %4.", "%1: %2 tasks; %3 done; %4 overdue."},
    {"(Chi tiết tại %1 kèm theo.)", "(Details in %1, attached.)"},
    {"Biểu 01", "Table 01"},
    {"Biểu 02", "Table 02"},
    {"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "RESULTS ON THE TARGETS"},
    {"KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", "PROGRESS OF THE TASKS AND SOLUTIONS"},
    {"(Kèm theo Báo cáo số %1 ngày %2)", "(Attached to Report No. %1 of %2)"},
    {"Phụ lục", "Appendix"},
    {"BIỂU ĐỒ THEO DÕI CÁC CHỈ TIÊU", "CHARTS OF THE TARGETS"},
    {"NHIỆM VỤ QUÁ HẠN THEO CƠ QUAN CHỦ TRÌ", "OVERDUE TASKS BY LEAD AGENCY"},
    {"STT", "No."},
    {"Chỉ tiêu", "Target"},
    {"Đơn vị tính", "Unit"},
    {"Mục tiêu %1", "Target %1"},
    {"Kết quả năm trước", "Previous year"},
    {"Kết quả kỳ báo cáo", "This period"},
    {"Tỷ lệ so với mục tiêu (%)", "Share of the target (%)"},
    {"Đánh giá (Đạt / Vượt / Chưa đạt)", "Assessment (met / exceeded / not met)"},
    {"Cơ quan theo dõi", "Tracking agency"},
    {"Ghi chú", "Notes"},
    {"Nhiệm vụ", "Task"},
    {"Cơ quan chủ trì", "Lead agency"},
    {"Cơ quan phối hợp", "Cooperating agencies"},
    {"Thời gian hoàn thành", "Deadline"},
    {"Sản phẩm đầu ra", "Output"},
    {"Kết quả thực hiện", "Result"},
    {"Tiến độ", "Progress"},
    {"Vượt", "Exceeded"},
    {"Đạt", "Met"},
    {"Chưa đạt", "Not met"},
    {"Chưa có số liệu", "No data"},
    {"Hoàn thành đúng hạn", "Done on time"},
    {"Hoàn thành quá hạn", "Done late"},
    {"Đang thực hiện trong hạn", "In progress, on time"},
    {"Đang thực hiện quá hạn", "In progress, overdue"},
    {"Chưa triển khai", "Not started"},
    {"Chưa triển khai, quá hạn", "Not started, overdue"},
    {"(!) Quá hạn %1 ngày", "(!) Overdue by %1 days"},
    {"(!) Quá hạn %1 ngày", "(!) Overdue by %1 day"},
    {"Hoàn thành ngày %1", "Completed on %1"},
    {"Đạt %1%", "%1% done"},
    {"Thường xuyên", "Ongoing"},
    {"ước tính", "estimate"},
    {"số liệu %1", "figure for %1"},
    {"%1/%2 địa phương đạt", "%1 of %2 localities"},
    {"Nơi nhận:", "Recipients:"},
    {"Trang %1", "Page %1"},
    {"Nhiệm vụ khác", "Other tasks"},
    {"Đúng tiến độ", "On track"},
    {"Có nguy cơ chậm tiến độ", "At risk"},
    {"Chậm tiến độ", "Off track"},
    {"Đã đạt", "Achieved"},
    {"Theo dõi", "Monitoring"},
    {"Nguồn: %1", "Source: %1"},
    {"Đơn vị: %1", "Unit: %1"},
    {"Số nhiệm vụ quá hạn theo cơ quan chủ trì", "Overdue tasks per lead agency"},
    {"Tính đến ngày %1", "As of %1"},
    {"3. Kết quả xếp hạng", "3. Rankings"},
    {"năm %1: hạng %2", "%1: rank %2"},
    {"mục tiêu năm %1: %2", "target for %1: %2"},
    {"Mã", "Code"},
    {"Đánh giá so với mục tiêu %1 (Đạt / Vượt / Chưa đạt)",
     "Assessment against the %1 target (met / exceeded / not met)"},
}};
static_assert(kWords.size() == ReportText::KeyCount, "one row of words per key");

QString roman(int n)
{
    static const char *const numerals[] = {"I", "II", "III", "IV"};
    return n >= 1 && n <= 4 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

} // namespace

ReportText::ReportText(ReportLanguage language)
    : m_language(language),
      m_locale(language == ReportLanguage::Vietnamese ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                      : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
}

QString ReportText::operator()(Key key) const
{
    if (key < 0 || key >= KeyCount)
        return {};
    const Words &w = kWords[std::size_t(key)];
    return QString::fromUtf8(m_language == ReportLanguage::Vietnamese ? w.vi : w.en);
}

QString ReportText::shortDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    // One numeric date format everywhere in the report, the Vietnamese locale's dd/MM/yyyy ("05/06/2023",
    // "26/03/2021"); only the date line is written out ("ngày 05 tháng 6 năm 2023", dateLine()).
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1/%2/%3").arg(day, month).arg(date.year());
}

QString ReportText::tableDate(const QDate &date) const
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString ReportText::dateLine(const QString &place, const QDate &date) const
{
    if (!date.isValid())
        return place;
    const QString prefix = place.isEmpty() ? QString() : place + QStringLiteral(", ");
    if (m_language == ReportLanguage::English)
        return prefix + m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2 ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                                            : QString::number(date.month());
    return prefix + QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
}

QString ReportText::periodWords(const Period &period) const
{
    const bool vi = m_language == ReportLanguage::Vietnamese;
    const int y = period.yearNumber();
    switch (period.kind()) {
    case Period::Kind::Quarter:
        return vi ? QStringLiteral("quý %1 năm %2").arg(roman(period.part())).arg(y)
                  : QStringLiteral("Q%1 %2").arg(period.part()).arg(y);
    case Period::Kind::Half:
        if (vi)
            return (period.part() == 1 ? QStringLiteral("6 tháng đầu năm %1")
                                       : QStringLiteral("6 tháng cuối năm %1"))
                .arg(y);
        return (period.part() == 1 ? QStringLiteral("first half of %1") : QStringLiteral("second half of %1"))
            .arg(y);
    case Period::Kind::Year:
        break;
    }
    return vi ? QStringLiteral("năm %1").arg(y) : QStringLiteral("the year %1").arg(y);
}

QString ReportText::number(double value, int decimals) const
{
    QString s = m_locale.toString(value, 'f', decimals);
    const QChar point = m_locale.decimalPoint().at(0);
    if (s.contains(point)) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(point))
            s.chop(1);
    }
    return s;
}

QString ReportText::taskState(TaskState state, bool started) const
{
    switch (state) {
    case TaskState::DoneOnTime:
        return (*this)(DoneOnTime);
    case TaskState::DoneLate:
        return (*this)(DoneLate);
    case TaskState::InProgress:
        return (*this)(InProgressOnTime);
    case TaskState::NotStarted:
        return (*this)(NotStarted);
    case TaskState::Overdue:
        return (*this)(started ? InProgressOverdue : NotStartedOverdue);
    }
    return {};
}

QString ReportText::indicatorStatus(IndicatorStatus status) const
{
    switch (status) {
    case IndicatorStatus::Achieved:
        return (*this)(StatusAchieved);
    case IndicatorStatus::OnTrack:
        return (*this)(StatusOnTrack);
    case IndicatorStatus::AtRisk:
        return (*this)(StatusAtRisk);
    case IndicatorStatus::OffTrack:
        return (*this)(StatusOffTrack);
    case IndicatorStatus::NoData:
        return (*this)(NoData);
    case IndicatorStatus::Monitoring:
        return (*this)(StatusMonitoring);
    }
    return {};
}

QString ReportText::paddedNumber(const QString &number)
{
    const QString n = number.trimmed();
    if (n.isEmpty())
        return QStringLiteral(
            "     "); // left blank: the clerk writes the number in when the report is issued
    bool ok = false;
    const int v = n.toInt(&ok);
    return ok && v >= 0 && v < 10 ? QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')) : n;
}

} // namespace dx
