// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the words of the meeting report in Vietnamese and English, and its date, period and number
// formats.
//
// Why a table here and not tr(): the report's language is chosen per report, independent of the user
// interface's language, and its Vietnamese wording is regulated (the Quốc hiệu, "Nơi nhận", the
// planners' progress words of report-format.md §3): it must not vary with a translator's catalogue.
// Both columns are written side by side, so a new string cannot be left untranslated, and core tests
// check the Vietnamese without loading any catalogue.
#include "ReportSettings.h"
#include "analysis/IndicatorStatus.h"
#include "analysis/TaskState.h"
#include "domain/Period.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace dx {

class ReportText
{
public:
    enum Key
    {
        NationState,  ///< CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        MottoState,   ///< Độc lập - Tự do - Hạnh phúc
        NationParty,  ///< ĐẢNG CỘNG SẢN VIỆT NAM
        DocumentType, ///< BÁO CÁO
        NumberState,  ///< "Số: %1/BC-%2"
        NumberParty,  ///< "Số %1-BC/%2"
        SubjectLead,  ///< "Kết quả thực hiện %1 số %2 ngày %3 của %4 về %5"
        SubjectShort, ///< the same without issuer: "... %1 số %2 ngày %3 về %4"
        PeriodLine,   ///< "(Kỳ báo cáo: %1; số liệu tính đến ngày %2)"
        SummaryHeading,
        SummaryTargets, ///< counts of targets
        SummaryTasks,   ///< counts of tasks
        SummaryOverdue, ///< "%1 tasks are overdue ..."
        SummaryNoOverdue,
        ResultsHeading,
        TargetsSubheading,
        TasksSubheading,
        GroupLine,   ///< one group's counts in the body
        SeeAppendix, ///< "(Chi tiết tại %1 kèm theo.)"
        Table01,
        Table02,
        Table01Title,
        Table02Title,
        AppendixOf, ///< "(Kèm theo Báo cáo số %1 ngày %2)"
        ChartsTitle,
        ChartsHeading,
        OverdueHeading,
        ColNo,
        ColTarget,
        ColUnit,
        ColTargetYear,
        ColPrevious,
        ColCurrent,
        ColRatio,
        ColAssessment,
        ColTrackingAgency,
        ColNote,
        ColTask,
        ColLead,
        ColCooperating,
        ColDeadline,
        ColOutput,
        ColResult,
        ColProgress,
        Exceeded,
        Met,
        NotMet,
        NoData,
        DoneOnTime,
        DoneLate,
        InProgressOnTime,
        InProgressOverdue,
        NotStarted,
        NotStartedOverdue,
        OverdueMark,       ///< "(!) Quá hạn %1 ngày" (English: days)
        OverdueMarkOneDay, ///< the same for one day (English: "day")
        DoneOn,            ///< "Hoàn thành ngày %1"
        PercentDone,       ///< "Đạt %1%"
        Ongoing,           ///< no deadline: "Thường xuyên"
        Estimate,          ///< "ước tính"
        DataOfPeriod,      ///< "số liệu %1"
        LocalitiesReached, ///< "%1/%2 địa phương"
        Recipients,        ///< "Nơi nhận:"
        PageOf,            ///< unused on paper; for previews
        NoGroup,
        StatusOnTrack,
        StatusAtRisk,
        StatusOffTrack,
        StatusAchieved,
        StatusMonitoring, ///< no target: "Theo dõi"
        Source,           ///< "Nguồn: %1"
        Unit,             ///< "Đơn vị: %1"
        OverdueChartTitle,
        AsOf,
        RankingSubheading,    ///< II.3 "3. Kết quả xếp hạng"
        RankingYear,          ///< "năm %1: hạng %2"
        RankingTarget,        ///< "mục tiêu năm %1: %2"
        ColCode,              ///< Biểu 01's code column: "Mã"
        ColAssessmentAgainst, ///< "Đánh giá so với mục tiêu %1"
        KeyCount
    };

    explicit ReportText(ReportLanguage language);

    QString operator()(Key key) const;
    ReportLanguage language() const { return m_language; }
    /// vi_VN or en_GB: decimal comma and dot thousands in Vietnamese (1.234,5).
    const QLocale &locale() const { return m_locale; }

    /// "Hải Dương, ngày 05 tháng 6 năm 2023": the day below 10 and months 1-2 get a leading zero
    /// (Nghị định 30/2020, Appendix I). English: "Hải Dương, 5 June 2023".
    QString dateLine(const QString &place, const QDate &date) const;
    /// The short date of the body and the appendix notes: dd/MM/yyyy, as tableDate() ("05/06/2023").
    QString shortDate(const QDate &date) const;
    /// dd/MM/yyyy (tables).
    QString tableDate(const QDate &date) const;
    /// "quý III năm 2024", "6 tháng đầu năm 2024", "năm 2024"; "Q3 2024", "first half of 2024", "2024".
    QString periodWords(const Period &period) const;
    /// A value in the report's locale, at most @p decimals decimals, trailing zeros dropped.
    QString number(double value, int decimals = 2) const;
    /// A task state in the planners' words (report-format.md §3); @p status tells a not-started overdue task.
    QString taskState(TaskState state, bool started) const;
    QString indicatorStatus(IndicatorStatus status) const;
    /// The document number with the zero rule ("5" -> "05"); blank spaces when @p number is empty.
    static QString paddedNumber(const QString &number);

private:
    ReportLanguage m_language;
    QLocale m_locale;
};

} // namespace dx
