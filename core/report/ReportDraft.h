// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the written sections of the meeting report (I. leadership and direction, III. shortcomings
// and causes, IV. tasks for the coming period, V. proposals): the planner's text kept in the plan per
// reporting period, and the sentences computed from the plan that the planner starts from.
#include "Vocabulary.h"
#include "analysis/IndicatorAssessment.h"
#include "domain/Ids.h"
#include "domain/Indicator.h"
#include "domain/Period.h"
#include "domain/Task.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <array>

namespace dx {

/// A section of the report the planner writes (the numbered sections II is computed).
enum class DraftSection
{
    Leadership,   ///< I. Công tác lãnh đạo, chỉ đạo, triển khai
    Shortcomings, ///< III. Tồn tại, hạn chế và nguyên nhân
    NextSteps,    ///< IV. Nhiệm vụ, giải pháp trọng tâm thời gian tới
    Proposals     ///< V. Đề xuất, kiến nghị
};

constexpr std::array<DraftSection, 4> kDraftSections{DraftSection::Leadership, DraftSection::Shortcomings,
                                                     DraftSection::NextSteps, DraftSection::Proposals};

/// The plan setting that keeps @p section of the report for @p period: "reportDraft/2025/leadership".
QString draftKey(const Period &period, DraftSection section);

/// The section's heading in @p words' language, without its number ("Tồn tại, hạn chế và nguyên nhân").
QString draftHeading(DraftSection section, const Vocabulary &words);

/// The text as printed: one paragraph per line, each trimmed, empty lines dropped.
QStringList draftParagraphs(const QString &text);

/// What the computed sentences are made from: the plan as it was on the cut-off.
struct DraftFacts
{
    Period period;
    QDate cutOff;
    QList<Task> tasks; ///< as they were on the cut-off
    QHash<Id, QString> agencyNames;
    QList<Indicator> indicators;
    QHash<Id, IndicatorAssessment> assessments;
    int missingFigures = 0; ///< figures still to ask for on the cut-off (dataFollowUp())
};

/// The facts of @p period on @p cutOff from what a report has read: @p assessments in the order of
/// @p indicators, @p byIndicator each indicator's values (for the figures still to ask for).
DraftFacts draftFacts(const Period &period, const QDate &cutOff, const QList<Task> &tasks,
                      const QHash<Id, QString> &agencyNames, const QList<Indicator> &indicators,
                      const QList<IndicatorAssessment> &assessments,
                      const MeasurementsByIndicator &byIndicator);

/// The starting text of @p section: sentences computed from @p facts, one paragraph per line, in @p words'
/// language. The planner rewrites it; the report prints the planner's text once there is one.
QString prefilledDraft(DraftSection section, const DraftFacts &facts, const Vocabulary &words);

/// The section's text for @p period: the planner's from @p settings, else the pre-filled one.
QString draftText(const QMap<QString, QString> &settings, DraftSection section, const DraftFacts &facts,
                  const Vocabulary &words);

} // namespace dx
