// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: what the meeting report ("Báo cáo kết quả thực hiện ...") says, computed in core from the
// plan and the analysis layer for a reporting period and an "as of" date: the header lines, the
// summary, Biểu 01 (targets) and Biểu 02 (tasks by group), the charts' data, the signature block
// and the recipients. Plain strings and rows in the report's language; ui/print only paints them.
#include "ChartData.h"
#include "ReportDraft.h"
#include "ReportSettings.h"
#include "ReportText.h"
#include "analysis/IndicatorRollUp.h"
#include "analysis/TaskRollUp.h"
#include "domain/Period.h"
#include "store/PlanStore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace dx {

/// One row of a report table.
struct ReportRow
{
    enum class Kind
    {
        Data,   ///< an ordinary row, one cell per column
        Heading ///< a group title: cells[0] is its number ("I"), cells[1] its title, spanning the row
    };
    Kind kind = Kind::Data;
    QStringList cells;
    bool overdue = false; ///< printed so that it survives black-and-white copying (bold, "(!)", hatched)
};

/// A table of the report, with its header row (repeated on every page it runs over).
struct ReportTable
{
    QString label;    ///< "Biểu 01"
    QString title;    ///< "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"
    QString subtitle; ///< "(Kèm theo Báo cáo số .../BC-STTTT ngày ...)"
    QStringList headers;
    QList<ReportRow> rows;
};

/// A heading and its paragraphs in the body of the report.
struct ReportSection
{
    int level = 1; ///< 1: "I. KẾT QUẢ ..." (upper case, bold); 2: "1. Các chỉ tiêu" (bold)
    QString heading;
    QStringList paragraphs;
};

/// The report's two dates besides its period, chosen separately.
struct ReportDates
{
    QDate cutOff;       ///< figures as of the end of this day: "số liệu tính đến ngày 14/12/2023"
    QDate documentDate; ///< the report's own date, in the date line: "Hải Dương, ngày 14 tháng 12 năm 2023"

    /// The reporting calendar's dates for @p period (ReportSettings::cutOffFor, documentDateFor), the
    /// cut-off never after @p today (the current period's figures cannot be as of a day still to come).
    static ReportDates defaults(const ReportSettings &settings, const Period &period, const QDate &today);
};

/// Everything printed in the meeting report.
struct ReportContent
{
    ReportSettings settings;
    Period period;
    QDate asOf;         ///< the data cut-off (ReportDates::cutOff): statuses, values and tasks as of its end
    QDate documentDate; ///< the date line's and the appendices' "ngày ..."

    // ---- header (first page) --------------------------------------------------------------------
    QString agencyParent; ///< top left, regular: "UBND TỈNH HẢI DƯƠNG" / "ĐẢNG BỘ TỈNH HẢI DƯƠNG"
    QString agencyIssuer; ///< under it, bold: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" / "BAN THƯỜNG VỤ TỈNH ỦY"
    QString number;       ///< "Số: 15/BC-STTTT" / "Số 25-BC/TU"
    QString nation;       ///< top right: the Quốc hiệu, or "ĐẢNG CỘNG SẢN VIỆT NAM"
    QString motto;        ///< "Độc lập - Tự do - Hạnh phúc"; empty in the Party format
    QString placeDate;    ///< "Hải Dương, ngày 05 tháng 6 năm 2023" (italic)
    QString documentType; ///< "BÁO CÁO"
    QString subject;      ///< "Kết quả thực hiện Nghị quyết số 06-NQ/TU ..." (bold, rule below)
    QString periodLine;   ///< "(Kỳ báo cáo: năm 2024; số liệu tính đến ngày 31/12/2024)"

    // ---- body ----------------------------------------------------------------------------------
    QList<ReportSection> sections;
    StatusCounts targetCounts; ///< the summary's figures, for tests and the dashboard
    TaskStateCounts taskCounts;

    // ---- appendices ------------------------------------------------------------------------------
    ReportTable targets; ///< Biểu 01; empty rows when the section is left out
    ReportTable tasks;   ///< Biểu 02
    QString chartsLabel; ///< "Phụ lục"
    QString chartsTitle; ///< "BIỂU ĐỒ THEO DÕI CÁC CHỈ TIÊU"
    QString chartsSubtitle;
    QList<IndicatorChartData> charts; ///< one per indicator, in the report's language
    bool hasOverdueChart = false;
    OverdueChartData overdue;
    QString overdueHeading;
    /// Since the last issued report (settings.sinceLast; core/report/ReportComparison): Biểu 01's column
    /// "Kỳ trước" (-1: none) and the appendix of changes (Biểu 03; no headers when not asked for).
    int sinceLastColumn = -1;
    ReportTable sinceLast;

    // ---- signature -------------------------------------------------------------------------------
    QString recipientsLabel; ///< "Nơi nhận:"
    QStringList recipients;  ///< "- UBND tỉnh (để b/c);" ... the last ends with "."
    QString signerAuthority;
    QString signerPosition;
    QString signerName;

    /// What the report would go out without, in the user's language ("no signer's name"): shown in the
    /// window before a preview or print, and on the command line's error stream (the report is still made).
    QStringList warnings;

    /// The report's language and formats.
    ReportText text() const { return ReportText(settings.language); }
};

class ReportBuilder
{
public:
    /**
     * Builds the report of @p store's plan for @p period with figures as of the end of @p dates.cutOff,
     * using @p settings (ReportSettings::fromMap(store.settings()) with any overrides); the date line
     * carries @p dates.documentDate. The tasks are those of the cut-off (rewindTasks() over the change
     * log since), and values recorded after it are not counted, except what the file was made with
     * (PlanStore::fileCreation(): a template's values have no earlier recording time).
     */
    static ReportContent build(const PlanStore &store, const ReportSettings &settings, const Period &period,
                               const ReportDates &dates);
    /// build() with the document dated on the cut-off @p asOf.
    static ReportContent build(const PlanStore &store, const ReportSettings &settings, const Period &period,
                               const QDate &asOf)
    {
        return build(store, settings, period, ReportDates{asOf, asOf});
    }

    /// The plan's tasks as they were at the end of @p cutOff (rewindTasks() over PlanStore::changesSince()),
    /// with the titles of those the log cannot bring back in @p lost (when given).
    static QList<Task> tasksAsOf(const PlanStore &store, const QDate &cutOff, QStringList *lost = nullptr);
    /// Whether a value counts in a report cut off at @p cutOffEnd (endOfCutOffDay()): recorded before it,
    /// with no recording time, or while the file was made (@p creation).
    static bool recordedBy(const Measurement &m, const QDateTime &cutOffEnd,
                           const PlanStore::Creation &creation)
    {
        return !m.recordedAt.isValid() || m.recordedAt < cutOffEnd || creation.contains(m.recordedAt);
    }
    /// The facts the written sections' drafts are computed from, as build() computes them for @p period
    /// cut off at @p cutOff (tasks and values of the cut-off).
    static DraftFacts draftFactsFor(const PlanStore &store, const Period &period, const QDate &cutOff);

    /// Biểu 01 alone, its rows the same as build()'s, reading @p store's values one indicator at a time
    /// (memory: one indicator's values, not the plan's; for the Excel export).
    static ReportTable targetsTable(const PlanStore &store, const ReportSettings &settings,
                                    const Period &period, const QDate &asOf);

    /// The default reporting period for @p asOf: the year of @p asOf.
    static Period defaultPeriod(const QDate &asOf) { return Period::year(asOf.year()); }
};

} // namespace dx
