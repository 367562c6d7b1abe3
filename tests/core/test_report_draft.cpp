// SPDX-License-Identifier: GPL-3.0-or-later
// The report's written sections: kept per period, printed as the planner wrote them, else started from
// sentences computed from the plan on the cut-off.
#include "report/ReportDraft.h"
#include "test_analysis_fixtures.h"

#include <gtest/gtest.h>

namespace dx {
namespace {

using namespace analysis_test;

DraftFacts facts()
{
    DraftFacts f;
    f.period = Period::year(2025);
    f.cutOff = QDate(2025, 12, 31);
    Task done = task(TaskStatus::Done, QDate(2025, 6, 30), QDate(2025, 5, 10), 100);
    done.title = QStringLiteral("Ban hành quy chế");
    done.output = QStringLiteral("Quyết định 12/QĐ-UBND");
    done.leadAgencyId = 1;
    Task late = task(TaskStatus::InProgress, QDate(2025, 9, 30), {}, 40);
    late.title = QStringLiteral("Xây dựng kho dữ liệu");
    late.leadAgencyId = 2;
    Task coming = task(TaskStatus::NotStarted, QDate(2026, 3, 31));
    coming.title = QStringLiteral("Nâng cấp cổng dịch vụ công");
    coming.leadAgencyId = 1;
    Task later = task(TaskStatus::NotStarted, QDate(2027, 12, 31));
    later.title = QStringLiteral("Đô thị thông minh");
    f.tasks = {done, late, coming, later};
    f.agencyNames = {{1, QStringLiteral("Sở TT&TT")}, {2, QStringLiteral("Sở KH&ĐT")}};
    Indicator i = indicator(IndicatorKind::Share, Direction::Increase, "", std::nullopt, {});
    i.code = QStringLiteral("KTS-01");
    i.name = QStringLiteral("Tỷ trọng kinh tế số");
    f.indicators = {i};
    IndicatorAssessment a;
    a.indicatorId = i.id;
    a.status = IndicatorStatus::OffTrack;
    f.assessments.insert(i.id, a);
    f.missingFigures = 3;
    return f;
}

TEST(ReportDraft, KeysAreKeptPerPeriodAndSection)
{
    EXPECT_EQ(draftKey(Period::year(2025), DraftSection::Shortcomings),
              QStringLiteral("reportDraft/2025/shortcomings"));
    EXPECT_EQ(draftKey(Period::half(2025, 1), DraftSection::Proposals),
              QStringLiteral("reportDraft/2025-H1/proposals"));
    EXPECT_NE(draftKey(Period::year(2025), DraftSection::Leadership),
              draftKey(Period::year(2024), DraftSection::Leadership));
}

TEST(ReportDraft, ParagraphsAreTheNonEmptyLines)
{
    EXPECT_EQ(draftParagraphs(QStringLiteral("  Một.\n\n Hai. \n")),
              (QStringList{QStringLiteral("Một."), QStringLiteral("Hai.")}));
    EXPECT_TRUE(draftParagraphs(QStringLiteral(" \n ")).isEmpty());
}

TEST(ReportDraft, PrefilledSentencesComeFromThePlanOnTheCutOff)
{
    const Vocabulary english(ReportLanguage::English);
    const DraftFacts f = facts();
    const QString leadership = prefilledDraft(DraftSection::Leadership, f, english);
    EXPECT_TRUE(leadership.contains(
        QStringLiteral("4 tasks: 1 done, 1 under way and 2 not started as of 31/12/2025")))
        << leadership.toStdString();
    EXPECT_TRUE(leadership.contains(QStringLiteral("Quyết định 12/QĐ-UBND (Ban hành quy chế)")));

    const QString shortcomings = prefilledDraft(DraftSection::Shortcomings, f, english);
    EXPECT_TRUE(shortcomings.contains(QStringLiteral("KTS-01 (Tỷ trọng kinh tế số)")))
        << shortcomings.toStdString();
    EXPECT_TRUE(shortcomings.contains(QStringLiteral("1 tasks are overdue")));
    EXPECT_TRUE(
        shortcomings.contains(QStringLiteral("- Xây dựng kho dữ liệu (Sở KH&ĐT, deadline 30/09/2025)")));
    EXPECT_TRUE(shortcomings.contains(QStringLiteral("3 figures")));

    const QString next = prefilledDraft(DraftSection::NextSteps, f, english);
    EXPECT_TRUE(next.contains(QStringLiteral("Xây dựng kho dữ liệu"))) << "overdue tasks come first";
    EXPECT_TRUE(
        next.contains(QStringLiteral("- Nâng cấp cổng dịch vụ công (Sở TT&TT, deadline 31/03/2026)")));
    EXPECT_FALSE(next.contains(QStringLiteral("Đô thị thông minh"))) << "beyond the coming six months";

    EXPECT_TRUE(
        prefilledDraft(DraftSection::Proposals, f, english).contains(QStringLiteral("missing figures")));
}

TEST(ReportDraft, ThePlannersTextWinsOverThePrefilledOne)
{
    const Vocabulary english(ReportLanguage::English);
    const DraftFacts f = facts();
    QMap<QString, QString> settings;
    EXPECT_EQ(draftText(settings, DraftSection::Proposals, f, english),
              prefilledDraft(DraftSection::Proposals, f, english));
    settings.insert(draftKey(f.period, DraftSection::Proposals), QStringLiteral("Đề nghị bổ sung kinh phí."));
    EXPECT_EQ(draftText(settings, DraftSection::Proposals, f, english),
              QStringLiteral("Đề nghị bổ sung kinh phí."));
    // Another period's text is not this period's.
    DraftFacts other = f;
    other.period = Period::year(2024);
    EXPECT_NE(draftText(settings, DraftSection::Proposals, other, english),
              QStringLiteral("Đề nghị bổ sung kinh phí."));
}

TEST(ReportDraft, VietnameseHeadingsFromTheCatalogue)
{
    const Vocabulary vietnamese(ReportLanguage::Vietnamese);
    if (!vietnamese.hasCatalogue())
        GTEST_SKIP() << "no built-in catalogue";
    EXPECT_EQ(draftHeading(DraftSection::Shortcomings, vietnamese),
              QStringLiteral("Tồn tại, hạn chế và nguyên nhân"));
}

} // namespace
} // namespace dx
