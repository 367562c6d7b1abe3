// SPDX-License-Identifier: GPL-3.0-or-later
// The meeting report's content, computed in core: settings kept in the plan, the regulated date and
// number formats, the header of state and Party documents, Biểu 01 and Biểu 02 rows from the bundled
// plan, overdue rows, languages and sections.
#include "analysis/IndicatorAssessment.h"
#include "io/PlanImporter.h"
#include "report/ReportContent.h"
#include "report/ReportDraft.h"
#include "store/PlanStore.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace dx {
namespace {

class ReportContentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = PlanImporter::createFromTemplate(m_dir.filePath(QStringLiteral("p.dxplan")),
                                                      QStringLiteral("resolution-06"));
        ASSERT_TRUE(store.ok()) << store.error().message.toStdString();
        m_store = std::move(store.value());
    }
    ReportContent build(const QDate &asOf, const ReportSettings &s) const
    {
        return ReportBuilder::build(*m_store, s, Period::year(asOf.year()), asOf);
    }
    ReportSettings settings() const { return ReportSettings::fromMap(m_store->settings()); }

    QTemporaryDir m_dir;
    std::unique_ptr<PlanStore> m_store;
};

TEST(ReportText, DateLineFollowsTheDecreesZeroRules)
{
    const ReportText vi(ReportLanguage::Vietnamese);
    const QString place = QStringLiteral("Hải Dương");
    EXPECT_EQ(vi.dateLine(place, QDate(2023, 6, 5)), QStringLiteral("Hải Dương, ngày 05 tháng 6 năm 2023"));
    EXPECT_EQ(vi.dateLine(place, QDate(2024, 2, 26)), QStringLiteral("Hải Dương, ngày 26 tháng 02 năm 2024"));
    EXPECT_EQ(vi.dateLine(place, QDate(2024, 1, 9)), QStringLiteral("Hải Dương, ngày 09 tháng 01 năm 2024"));
    EXPECT_EQ(vi.dateLine(place, QDate(2024, 12, 31)),
              QStringLiteral("Hải Dương, ngày 31 tháng 12 năm 2024"));
    EXPECT_EQ(vi.shortDate(QDate(2021, 3, 26)), QStringLiteral("26/03/2021"));
    EXPECT_EQ(vi.shortDate(QDate(2023, 6, 5)), QStringLiteral("05/06/2023"));
    EXPECT_EQ(vi.shortDate(QDate(2024, 1, 5)), QStringLiteral("05/01/2024"));
    const ReportText en(ReportLanguage::English);
    EXPECT_EQ(en.dateLine(place, QDate(2023, 6, 5)), QStringLiteral("Hải Dương, 5 June 2023"));
}

TEST(ReportText, PeriodsNumbersAndWords)
{
    const ReportText vi(ReportLanguage::Vietnamese);
    EXPECT_EQ(vi.periodWords(Period::year(2024)), QStringLiteral("năm 2024"));
    EXPECT_EQ(vi.periodWords(Period::half(2024, 1)), QStringLiteral("6 tháng đầu năm 2024"));
    EXPECT_EQ(vi.periodWords(Period::half(2024, 2)), QStringLiteral("6 tháng cuối năm 2024"));
    EXPECT_EQ(vi.periodWords(Period::quarter(2024, 3)), QStringLiteral("quý III năm 2024"));
    EXPECT_EQ(vi.number(1234.5), QStringLiteral("1.234,5"));
    EXPECT_EQ(vi.number(80.0), QStringLiteral("80"));
    EXPECT_EQ(ReportText(ReportLanguage::English).number(1234.5), QStringLiteral("1,234.5"));
    EXPECT_EQ(ReportText::paddedNumber(QStringLiteral("5")), QStringLiteral("05"));
    EXPECT_EQ(ReportText::paddedNumber(QStringLiteral("15")), QStringLiteral("15"));
    EXPECT_EQ(vi.taskState(TaskState::Overdue, true), QStringLiteral("Đang thực hiện quá hạn"));
    EXPECT_EQ(vi.taskState(TaskState::DoneLate, true), QStringLiteral("Hoàn thành quá hạn"));
    EXPECT_EQ(vi.taskState(TaskState::NotStarted, false), QStringLiteral("Chưa triển khai"));
    // Every key has words in both languages.
    for (int k = 0; k < ReportText::KeyCount; ++k) {
        EXPECT_FALSE(vi(ReportText::Key(k)).isEmpty()) << k;
        EXPECT_FALSE(ReportText(ReportLanguage::English)(ReportText::Key(k)).isEmpty()) << k;
    }
}

TEST(ReportSettings, RoundTripAndDefaults)
{
    const ReportSettings defaults = ReportSettings::fromMap({});
    EXPECT_EQ(defaults.format, ReportSettings::Format::State);
    EXPECT_EQ(defaults.language, ReportLanguage::Vietnamese);
    EXPECT_EQ(defaults.sections, int(ReportSettings::AllSections));
    EXPECT_EQ(defaults.chartLayout, ReportSettings::ChartLayout::TwoPerPortraitPage);

    ReportSettings s;
    s.parentAgency = QStringLiteral("UBND TỈNH X");
    s.documentNumber = QStringLiteral("7");
    s.recipients = {QStringLiteral("Như trên"), QStringLiteral("Lưu: VT")};
    s.format = ReportSettings::Format::Party;
    s.language = ReportLanguage::English;
    s.sections = ReportSettings::Summary | ReportSettings::TasksTable;
    s.chartLayout = ReportSettings::ChartLayout::OnePerLandscapePage;
    EXPECT_EQ(ReportSettings::fromMap(s.toMap()), s);

    // Recipients typed with their own dashes and punctuation are cleaned: the report adds them.
    const ReportSettings typed = ReportSettings::fromMap(
        {{QStringLiteral("recipients"), QStringLiteral("- UBND tỉnh;\n\n- Lưu: VT.")}});
    EXPECT_EQ(typed.recipients, (QStringList{QStringLiteral("UBND tỉnh"), QStringLiteral("Lưu: VT")}));
}

TEST_F(ReportContentTest, StateHeaderFromThePlanAndItsSettings)
{
    const ReportContent c = build(QDate(2024, 12, 31), settings());
    EXPECT_EQ(c.nation, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    EXPECT_EQ(c.motto, QStringLiteral("Độc lập - Tự do - Hạnh phúc"));
    EXPECT_EQ(c.agencyParent, QStringLiteral("UBND TỈNH HẢI DƯƠNG"));
    EXPECT_EQ(c.agencyIssuer, QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"));
    EXPECT_TRUE(c.number.startsWith(QStringLiteral("Số: "))) << c.number.toStdString();
    EXPECT_TRUE(c.number.endsWith(QStringLiteral("/BC-STTTT")));
    EXPECT_EQ(c.placeDate, QStringLiteral("Hải Dương, ngày 31 tháng 12 năm 2024"));
    EXPECT_EQ(c.documentType, QStringLiteral("BÁO CÁO"));
    EXPECT_EQ(
        c.subject,
        QStringLiteral("Kết quả thực hiện Nghị quyết số 06-NQ/TU ngày 26/03/2021 của Ban Chấp hành Đảng "
                       "bộ tỉnh Hải Dương về chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030"));
    EXPECT_EQ(c.recipients.last(), QStringLiteral("- Lưu: VT, CĐS."));
    EXPECT_TRUE(c.recipients.first().endsWith(QLatin1Char(';')));
    EXPECT_EQ(c.signerAuthority, QStringLiteral("KT. GIÁM ĐỐC"));

    ReportSettings s = settings();
    s.documentNumber = QStringLiteral("5");
    s.place = QStringLiteral("Hải Phòng");
    const ReportContent numbered = build(QDate(2024, 12, 31), s);
    EXPECT_EQ(numbered.number, QStringLiteral("Số: 05/BC-STTTT"));
    EXPECT_TRUE(numbered.placeDate.startsWith(QStringLiteral("Hải Phòng, ")));
}

TEST_F(ReportContentTest, PartyHeader)
{
    ReportSettings s = settings();
    s.format = ReportSettings::Format::Party;
    s.documentNumber = QStringLiteral("25");
    const ReportContent c = build(QDate(2024, 6, 30), s);
    EXPECT_EQ(c.nation, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"));
    EXPECT_TRUE(c.motto.isEmpty());
    EXPECT_EQ(c.agencyParent, QStringLiteral("ĐẢNG BỘ TỈNH HẢI DƯƠNG"));
    EXPECT_EQ(c.agencyIssuer, QStringLiteral("BAN THƯỜNG VỤ TỈNH ỦY"));
    EXPECT_EQ(c.number, QStringLiteral("Số 25-BC/TU"));
}

TEST_F(ReportContentTest, TargetsTableHasEveryIndicatorAndTheMilestoneColumnsOfThePlan)
{
    const ReportContent c = build(QDate(2024, 12, 31), settings());
    const QList<Indicator> indicators = m_store->indicators();
    ASSERT_EQ(c.targets.rows.size(), indicators.size());
    EXPECT_EQ(c.targets.headers.size(), 12);
    EXPECT_EQ(c.targets.headers.at(1), QStringLiteral("Mã"));
    EXPECT_EQ(c.targets.headers.at(4), QStringLiteral("Mục tiêu 2025"));
    EXPECT_EQ(c.targets.headers.at(5), QStringLiteral("Mục tiêu 2030"));
    // The assessment column names the milestone a 2024 report is judged against.
    EXPECT_TRUE(c.targets.headers.at(9).contains(QStringLiteral("mục tiêu 2025")))
        << c.targets.headers.at(9).toStdString();
    for (int i = 0; i < indicators.size(); ++i) {
        EXPECT_EQ(c.targets.rows[i].cells.size(), c.targets.headers.size());
        EXPECT_EQ(c.targets.rows[i].cells.at(1), indicators[i].code);
        EXPECT_EQ(c.targets.rows[i].cells.at(2), indicators[i].name);
    }
    // TQ-01: rank 13 (2022) meets "≤ 20": exceeded; targets as the plan states them. No 2024 value: this
    // period's cell says so rather than repeating 2022's 13, and the note names the data's year.
    const QStringList dti = c.targets.rows.first().cells;
    EXPECT_EQ(dti.at(4), QStringLiteral("≤ 20"));
    EXPECT_EQ(dti.at(5), QStringLiteral("≤ 15"));
    EXPECT_EQ(dti.at(7), QStringLiteral("Chưa có số liệu"));
    EXPECT_EQ(dti.at(9), QStringLiteral("Vượt"));
    EXPECT_TRUE(dti.last().contains(QStringLiteral("2022"))) << dti.last().toStdString();
    // A 2022 report: last year's and this year's values are those years' own.
    const QStringList dti2022 = build(QDate(2022, 12, 31), settings()).targets.rows.first().cells;
    EXPECT_EQ(dti2022.at(6), QStringLiteral("14"));
    EXPECT_EQ(dti2022.at(7), QStringLiteral("13"));
    // Monitoring indicators are listed as such, with their value.
    for (int i = 0; i < indicators.size(); ++i)
        if (indicators[i].code == QStringLiteral("CQS-09")) {
            const QStringList row = build(QDate(2023, 12, 31), settings()).targets.rows.at(i).cells;
            EXPECT_EQ(row.at(7), QStringLiteral("4"));
            EXPECT_EQ(row.at(9), QStringLiteral("Theo dõi"));
        }

    // A plan with other milestones gets other columns: nothing is hard-coded.
    Plan p = m_store->plan();
    p.milestoneYears = {2026, 2028, 2030};
    ASSERT_TRUE(m_store->updatePlan(p).ok());
    const ReportContent three = build(QDate(2024, 12, 31), settings());
    EXPECT_EQ(three.targets.headers.size(), 13);
    EXPECT_EQ(three.targets.headers.at(4), QStringLiteral("Mục tiêu 2026"));
}

// Issue 11 item 1: a report for 2025 read after the end of 2025 is still judged against 2025's targets, not
// 2030's (CQS-01 86 against "≥ 80 by 2025" is met), and a row judged against another year says which.
TEST_F(ReportContentTest, AReportIsJudgedAgainstItsPeriodsMilestone)
{
    const QList<Indicator> indicators = m_store->indicators();
    int cqs01 = -1, xhs02 = -1;
    for (int i = 0; i < indicators.size(); ++i) {
        if (indicators[i].code == QStringLiteral("CQS-01"))
            cqs01 = i;
        if (indicators[i].code == QStringLiteral("XHS-02"))
            xhs02 = i;
    }
    ASSERT_GE(cqs01, 0);
    Measurement m;
    m.indicatorId = indicators[cqs01].id;
    m.period = QStringLiteral("2025");
    m.value = 86;
    m.recordedAt = QDateTime(QDate(2026, 2, 10), QTime(3, 0), Qt::UTC); // before the report's cut-off
    ASSERT_TRUE(m_store->upsertMeasurements({m}).ok());
    const ReportContent c =
        ReportBuilder::build(*m_store, settings(), Period::year(2025), QDate(2026, 3, 15));
    const QStringList row = c.targets.rows.at(cqs01).cells;
    EXPECT_EQ(row.at(7), QStringLiteral("86"));
    EXPECT_EQ(row.at(9), QStringLiteral("Vượt")) << "86 against ≥ 80 (2025), not against ≥ 100 (2030)";
    EXPECT_EQ(row.at(8), QStringLiteral("107,5"));
    EXPECT_TRUE(c.targets.headers.at(9).contains(QStringLiteral("2025")));
    // XHS-02 has only a 2030 target: its verdict names it.
    ASSERT_GE(xhs02, 0);
    const QString other = c.targets.rows.at(xhs02).cells.at(9);
    EXPECT_TRUE(other == QStringLiteral("Chưa có số liệu") || other.contains(QStringLiteral("2030")))
        << other.toStdString();
}

TEST_F(ReportContentTest, TasksTableIsGroupedAndMarksOverdueRows)
{
    // Late enough that open tasks with a deadline are overdue.
    const QDate asOf(2026, 6, 30);
    const ReportContent c = build(asOf, settings());
    const QList<TaskGroup> groups = m_store->groups();
    int headings = 0;
    int overdue = 0;
    for (const ReportRow &r : c.tasks.rows) {
        if (r.kind == ReportRow::Kind::Heading) {
            ASSERT_LT(headings, groups.size());
            EXPECT_EQ(r.cells.at(1), groups[headings].title);
            ++headings;
            continue;
        }
        EXPECT_EQ(r.cells.size(), 9);
        if (r.overdue) {
            ++overdue;
            EXPECT_TRUE(r.cells.at(8).startsWith(QStringLiteral("(!) Quá hạn")))
                << r.cells.at(8).toStdString();
            EXPECT_TRUE(r.cells.at(7).contains(QStringLiteral("quá hạn"))) << r.cells.at(7).toStdString();
        }
    }
    EXPECT_EQ(headings, groups.size());
    EXPECT_EQ(overdue, c.taskCounts.overdue);
    EXPECT_GT(overdue, 0);
    EXPECT_EQ(c.taskCounts.total(), m_store->tasks().size());
    ASSERT_GE(c.sections.size(), 2);
    EXPECT_TRUE(c.sections.at(1).heading.startsWith(QStringLiteral("II.")));
    EXPECT_TRUE(c.sections.at(1).paragraphs.join(QLatin1Char(' ')).contains(QStringLiteral("quá hạn")));
}

// The English overdue mark agrees with its number of days; Vietnamese has one form for both.
TEST_F(ReportContentTest, OverdueMarkSaysDayOrDays)
{
    const Task *late = nullptr;
    const QList<Task> tasks = m_store->tasks();
    for (const Task &t : tasks)
        if (t.deadline.isValid() && t.status != TaskStatus::Done && !late)
            late = &t;
    ASSERT_TRUE(late);
    struct Case
    {
        ReportLanguage language;
        int days;
        const char *mark;
    };
    for (const Case c : {Case{ReportLanguage::English, 1, "(!) Overdue by 1 day"},
                         Case{ReportLanguage::English, 3, "(!) Overdue by 3 days"},
                         Case{ReportLanguage::Vietnamese, 1, "(!) Quá hạn 1 ngày"},
                         Case{ReportLanguage::Vietnamese, 3, "(!) Quá hạn 3 ngày"}}) {
        SCOPED_TRACE(c.mark);
        ReportSettings s = settings();
        s.language = c.language;
        const ReportContent content = build(late->deadline.addDays(c.days), s);
        QString notes;
        for (const ReportRow &r : content.tasks.rows)
            if (r.kind != ReportRow::Kind::Heading && r.cells.at(1).startsWith(late->title))
                notes = r.cells.at(8);
        const QString mark = QString::fromUtf8(c.mark);
        EXPECT_TRUE(notes.startsWith(mark) && !notes.mid(mark.size()).startsWith(QLatin1Char('s')))
            << notes.toStdString();
    }
}

TEST_F(ReportContentTest, EnglishAndSections)
{
    ReportSettings s = settings();
    s.language = ReportLanguage::English;
    s.sections = ReportSettings::Summary;
    const ReportContent c = build(QDate(2024, 12, 31), s);
    EXPECT_EQ(c.nation, QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM"));
    EXPECT_EQ(c.documentType, QStringLiteral("REPORT"));
    EXPECT_EQ(c.targets.label, QStringLiteral("Table 01"));
    EXPECT_TRUE(c.subject.startsWith(QStringLiteral("Results of implementing Resolution No. 06-NQ/TU")));
    EXPECT_TRUE(c.targets.rows.isEmpty());
    EXPECT_TRUE(c.tasks.rows.isEmpty());
    EXPECT_TRUE(c.charts.isEmpty());
    EXPECT_FALSE(c.hasOverdueChart);

    s.sections = ReportSettings::AllSections;
    s.chartsWithoutData = true;
    const ReportContent all = build(QDate(2024, 12, 31), s);
    ASSERT_EQ(all.charts.size(), m_store->indicators().size());
    EXPECT_TRUE(all.charts.first().title.startsWith(QStringLiteral("TQ-01 Provincial rank")));
    EXPECT_EQ(all.charts.first().statusText, QStringLiteral("Achieved"));
    EXPECT_EQ(all.targets.rows.first().cells.at(9), QStringLiteral("Exceeded"));
}

TEST_F(ReportContentTest, ChartWordsFollowTheReportsLanguageNotTheApplications)
{
    // No translator is installed in core tests: every Vietnamese word below comes from the report's own
    // catalogue, and every English one from the source text.
    struct Case
    {
        ReportLanguage language;
        const char *recorded, *status, *overdueAxis, *captionStart, *locale;
    };
    for (const Case &k :
         {Case{ReportLanguage::Vietnamese, "Số liệu đã ghi nhận", "Trạng thái:", "Nhiệm vụ",
               "Đơn vị tính: ", "vi_VN"},
          Case{ReportLanguage::English, "Recorded values", "Status:", "Tasks", "Unit: ", "en_GB"}}) {
        ReportSettings s = settings();
        s.language = k.language;
        const ReportContent c = build(QDate(2024, 12, 31), s);
        ASSERT_FALSE(c.charts.isEmpty());
        const IndicatorChartData &first = c.charts.first();
        EXPECT_EQ(first.legend.recordedValues, QString::fromUtf8(k.recorded));
        EXPECT_TRUE(first.caption.startsWith(QString::fromUtf8(k.captionStart)))
            << first.caption.toStdString();
        EXPECT_TRUE(first.caption.contains(QString::fromUtf8(k.status))) << first.caption.toStdString();
        // The chart's status is the body's word for it (ReportText), so chart and Biểu 01 agree.
        EXPECT_TRUE(first.caption.contains(c.text().indicatorStatus(first.status)))
            << first.caption.toStdString();
        EXPECT_EQ(first.locale.name(), QString::fromLatin1(k.locale));
        for (const ChartTarget &t : first.targets)
            EXPECT_TRUE(t.legend.endsWith(t.label)) << t.legend.toStdString();
        EXPECT_EQ(c.overdue.axisTitle, QString::fromUtf8(k.overdueAxis));
        EXPECT_EQ(c.overdue.locale.name(), QString::fromLatin1(k.locale));
    }
}

// Issue 11 item 3: sections I to V in the order planners use, II with its rankings part; a written section
// prints the planner's text kept for the period, the computed sentences otherwise (and for other periods).
TEST_F(ReportContentTest, SectionsOneToFiveInOrderWithTheDraftOfThePeriod)
{
    const ReportContent pre = build(QDate(2024, 12, 31), settings());
    QStringList top;
    for (const ReportSection &sec : pre.sections)
        if (sec.level == 1)
            top << sec.heading;
    ASSERT_EQ(top.size(), 5) << top.join(QStringLiteral(" | ")).toStdString();
    EXPECT_EQ(top.at(0), QStringLiteral("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI"));
    EXPECT_TRUE(top.at(1).startsWith(QStringLiteral("II. KẾT QUẢ THỰC HIỆN")));
    EXPECT_EQ(top.at(2), QStringLiteral("III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"));
    EXPECT_EQ(top.at(3), QStringLiteral("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THỜI GIAN TỚI"));
    EXPECT_EQ(top.at(4), QStringLiteral("V. ĐỀ XUẤT, KIẾN NGHỊ"));
    // II opens with the overview, then its parts 1, 2 and 3 (the DTI year by year).
    const auto section = [](const ReportContent &c, const QString &start) {
        for (const ReportSection &sec : c.sections)
            if (sec.heading.startsWith(start))
                return sec;
        return ReportSection{};
    };
    EXPECT_TRUE(
        section(pre, QStringLiteral("II.")).paragraphs.value(0).startsWith(QStringLiteral("Tính đến ngày")));
    const ReportSection ranking = section(pre, QStringLiteral("3. "));
    ASSERT_FALSE(ranking.paragraphs.isEmpty());
    EXPECT_TRUE(ranking.paragraphs.first().contains(QStringLiteral("năm 2022: hạng 13")))
        << ranking.paragraphs.first().toStdString();
    // Pre-filled, in the report's language.
    EXPECT_TRUE(section(pre, QStringLiteral("I."))
                    .paragraphs.value(0)
                    .startsWith(QStringLiteral("Các cơ quan, đơn vị")))
        << section(pre, QStringLiteral("I.")).paragraphs.value(0).toStdString();

    ASSERT_TRUE(m_store
                    ->setSettings({{draftKey(Period::year(2024), DraftSection::Shortcomings),
                                    QStringLiteral("Hạ tầng còn thiếu.\n\n  Nhân lực chưa đủ.  ")}})
                    .ok());
    const ReportContent written = build(QDate(2024, 12, 31), settings());
    EXPECT_EQ(section(written, QStringLiteral("III.")).paragraphs,
              (QStringList{QStringLiteral("Hạ tầng còn thiếu."), QStringLiteral("Nhân lực chưa đủ.")}));
    // Another period keeps its own (here: computed) text.
    const ReportContent other =
        ReportBuilder::build(*m_store, settings(), Period::year(2023), QDate(2023, 12, 31));
    EXPECT_NE(section(other, QStringLiteral("III.")).paragraphs.value(0),
              QStringLiteral("Hạ tầng còn thiếu."));
}

// Issue 11 item 4: each format has its own signer and recipients (the Party report is never signed by the
// state agency's director), and what is missing is a warning, never a silent blank.
TEST_F(ReportContentTest, EachFormatSignsWithItsOwnSignerAndWarnsOfWhatIsMissing)
{
    ReportSettings s = settings();
    s.signerAuthority = QStringLiteral("KT. GIÁM ĐỐC");
    s.signerPosition = QStringLiteral("PHÓ GIÁM ĐỐC");
    s.signerName = QStringLiteral("Nguyễn Văn A");
    s.recipients = {QStringLiteral("UBND tỉnh (để b/c)"), QStringLiteral("Lưu: VT")};
    s.documentNumber = QStringLiteral("15");
    s.partySignerPosition = QStringLiteral("PHÓ BÍ THƯ");
    s.partyRecipients = {QStringLiteral("Ban Chấp hành Trung ương Đảng"),
                         QStringLiteral("Lưu Văn phòng Tỉnh ủy")};
    const ReportContent state = build(QDate(2024, 12, 31), s);
    EXPECT_EQ(state.signerName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_TRUE(state.warnings.isEmpty()) << state.warnings.join(QLatin1Char(' ')).toStdString();

    s.format = ReportSettings::Format::Party;
    const ReportContent party = build(QDate(2024, 12, 31), s);
    EXPECT_EQ(party.signerAuthority, QStringLiteral("T/M BAN THƯỜNG VỤ"));
    EXPECT_EQ(party.signerPosition, QStringLiteral("PHÓ BÍ THƯ"));
    EXPECT_FALSE(party.signerAuthority.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_FALSE(party.signerPosition.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_EQ(party.recipients.first(), QStringLiteral("- Ban Chấp hành Trung ương Đảng;"));
    ASSERT_EQ(party.warnings.size(), 1) << party.warnings.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(party.warnings.first().contains(QStringLiteral("signer's name")));

    // The settings keep both signatures through the plan.
    const ReportSettings back = ReportSettings::fromMap(s.toMap());
    EXPECT_EQ(back.partySignerPosition, QStringLiteral("PHÓ BÍ THƯ"));
    EXPECT_EQ(back.signerName, QStringLiteral("Nguyễn Văn A"));
    EXPECT_EQ(back.partyRecipients, s.partyRecipients);

    // The bundled plan has neither a signer's name nor a number yet: both are said.
    const ReportContent bundled = build(QDate(2024, 12, 31), settings());
    EXPECT_GE(bundled.warnings.size(), 2);
}

// Biểu 01 read one indicator at a time (the Excel export's) has the rows of the whole report's.
TEST_F(ReportContentTest, TheStreamedTargetsTableIsTheReportsOne)
{
    for (const QDate &asOf : {QDate(2022, 12, 31), QDate(2024, 6, 30), QDate(2026, 3, 15)}) {
        const ReportContent whole = build(asOf, settings());
        const ReportTable streamed =
            ReportBuilder::targetsTable(*m_store, settings(), Period::year(asOf.year()), asOf);
        EXPECT_EQ(streamed.headers, whole.targets.headers);
        ASSERT_EQ(streamed.rows.size(), whole.targets.rows.size());
        for (int i = 0; i < streamed.rows.size(); ++i)
            EXPECT_EQ(streamed.rows.at(i).cells, whole.targets.rows.at(i).cells)
                << asOf.year() << " row " << i;
    }
}

// Issue 11 item 5: the charts show only the targets Biểu 01 lists (CQS-02's 2021 target is not one of the
// plan's milestones), indicators without data get no chart unless asked for, and no page is spent on an
// empty overdue chart.
TEST_F(ReportContentTest, ChartsOnlyForDataAndOnlyTheMilestonesBieu01Lists)
{
    const QList<Indicator> indicators = m_store->indicators();
    ReportSettings s = settings();
    const ReportContent c = build(QDate(2024, 6, 30), s);
    int withData = 0;
    for (const Indicator &ind : indicators)
        withData += assessIndicator(ind, m_store->measurements(ind.id), QDate(2024, 6, 30)).latest ? 1 : 0;
    EXPECT_EQ(c.charts.size(), withData);
    EXPECT_LT(c.charts.size(), indicators.size());
    EXPECT_FALSE(c.hasOverdueChart) << "no task is overdue on 30/06/2024";

    s.chartsWithoutData = true;
    const ReportContent all = build(QDate(2024, 6, 30), s);
    ASSERT_EQ(all.charts.size(), indicators.size());
    for (int i = 0; i < indicators.size(); ++i)
        for (const ChartTarget &t : all.charts.at(i).targets)
            EXPECT_TRUE(m_store->plan().milestoneYears.contains(t.year))
                << indicators.at(i).code.toStdString() << " " << t.year;
    EXPECT_EQ(ReportSettings::fromMap(s.toMap()).chartsWithoutData, true);

    const ReportContent late = build(QDate(2026, 6, 30), settings());
    EXPECT_TRUE(late.hasOverdueChart);
    EXPECT_FALSE(late.overdue.agencies.isEmpty());
}

} // namespace
} // namespace dx
