// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 item 3: the report's written sections (I, III, IV, V) are edited in the window per reporting
// period, start from sentences computed from the plan, are kept in the plan as one undo step and printed.
#include "test_indicator_fixture.h"

#include "analysis/IndicatorAssessment.h"
#include "print/ReportDraftDialog.h"
#include "report/ReportContent.h"
#include "store/PlanStore.h"

#include <QTextEdit>
#include <QUndoStack>

using namespace dx;

namespace {

using ReportSectionsTest = dxtest::IndicatorFixture;

DraftFacts factsOf(const PlanStore &store, const Period &period, const QDate &asOf)
{
    QHash<Id, QString> names;
    for (const Agency &a : store.agencies())
        names.insert(a.id, a.displayName());
    const QList<Indicator> indicators = store.indicators();
    const MeasurementsByIndicator values = groupByIndicator(store.allMeasurements());
    return draftFacts(period, asOf, store.tasks(), names, indicators,
                      assessIndicators(indicators, values, asOf), values);
}

ReportSection sectionOf(const ReportContent &c, const QString &start)
{
    for (const ReportSection &s : c.sections)
        if (s.heading.startsWith(start))
            return s;
    return {};
}

TEST_F(ReportSectionsTest, WrittenTextIsKeptPerPeriodAsOneUndoStepAndPrinted)
{
    const Period year = Period::year(2024);
    const QDate asOf(2024, 6, 30);
    ReportDraftDialog dialog(document->store().settings(), factsOf(document->store(), year, asOf),
                             Vocabulary(ReportLanguage::Vietnamese));
    // Each section starts from the plan's figures, in the report's language.
    EXPECT_TRUE(
        dialog.editor(DraftSection::Leadership)->toPlainText().startsWith(QStringLiteral("Các cơ quan")));
    EXPECT_TRUE(
        dialog.editor(DraftSection::Shortcomings)->toPlainText().contains(QStringLiteral("Nguyên nhân")));
    dialog.editor(DraftSection::Shortcomings)
        ->setPlainText(QStringLiteral("Hạ tầng còn thiếu.\nNhân lực chưa đủ."));

    const int steps = document->undoStack()->count();
    ASSERT_TRUE(document->setReportSettings(dialog.values()));
    EXPECT_EQ(document->undoStack()->count(), steps + 1);
    EXPECT_EQ(document->store().settings().value(draftKey(year, DraftSection::Shortcomings)),
              QStringLiteral("Hạ tầng còn thiếu.\nNhân lực chưa đủ."));
    // A section left as pre-filled keeps no text of its own: it is computed again on the day it is printed.
    EXPECT_TRUE(document->store().settings().value(draftKey(year, DraftSection::Leadership)).isEmpty());

    const ReportSettings settings = ReportSettings::fromMap(document->store().settings());
    const ReportContent printed = ReportBuilder::build(document->store(), settings, year, asOf);
    EXPECT_EQ(sectionOf(printed, QStringLiteral("III.")).paragraphs,
              (QStringList{QStringLiteral("Hạ tầng còn thiếu."), QStringLiteral("Nhân lực chưa đủ.")}));

    // Reopened, the dialog shows what was written; undo takes it back out of the plan.
    ReportDraftDialog again(document->store().settings(), factsOf(document->store(), year, asOf),
                            Vocabulary(ReportLanguage::Vietnamese));
    EXPECT_EQ(again.editor(DraftSection::Shortcomings)->toPlainText(),
              QStringLiteral("Hạ tầng còn thiếu.\nNhân lực chưa đủ."));
    document->undoStack()->undo();
    EXPECT_TRUE(document->store().settings().value(draftKey(year, DraftSection::Shortcomings)).isEmpty());
    const ReportContent undone = ReportBuilder::build(document->store(), settings, year, asOf);
    EXPECT_NE(sectionOf(undone, QStringLiteral("III.")).paragraphs.value(0),
              QStringLiteral("Hạ tầng còn thiếu."));
}

} // namespace
