// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportContent.h"

#include "ReportComparison.h"
#include "ReportDraft.h"
#include "analysis/IndicatorAssessment.h"
#include "analysis/TargetSelection.h"
#include "analysis/TaskHistory.h"
#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <cmath>
#include <optional>

namespace dx {
namespace {

using T = ReportText;

QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

QString lowerFirst(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toLower() + s.mid(1);
}

QString roman(int n)
{
    // Groups are few (the resolution has 8); beyond 39 the plain number is clearer than Roman numerals.
    if (n <= 0 || n >= 40)
        return QString::number(n);
    static const char *const tens[] = {"", "X", "XX", "XXX"};
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    return QString::fromLatin1(tens[n / 10]) + QString::fromLatin1(ones[n % 10]);
}

/// The English name of a document type, for the English subject line.
QString docTypeEn(const QString &vi)
{
    static const QHash<QString, QString> names{{QStringLiteral("Nghị quyết"), QStringLiteral("Resolution")},
                                               {QStringLiteral("Kế hoạch"), QStringLiteral("Plan")},
                                               {QStringLiteral("Quyết định"), QStringLiteral("Decision")},
                                               {QStringLiteral("Chương trình"), QStringLiteral("Programme")},
                                               {QStringLiteral("Chỉ thị"), QStringLiteral("Directive")}};
    return names.value(vi, vi);
}

QString pick(const ReportText &t, const QString &vi, const QString &en)
{
    return t.language() == ReportLanguage::English && !en.isEmpty() ? en : vi;
}

/// "≥ 80", or the stage's name for a Stage indicator.
QString targetText(const ReportText &t, const Indicator &ind, const Target &target)
{
    if (ind.kind == IndicatorKind::Stage) {
        const int stage = int(std::lround(target.value));
        if (stage >= 1 && stage <= ind.stageNames.size())
            return ind.stageNames.at(stage - 1);
    }
    return ChartText::comparison(target.comparison) + QLatin1Char(' ') + t.number(target.value);
}

QString valueText(const ReportText &t, double value, bool estimate)
{
    const QString v = t.number(value);
    return estimate ? QStringLiteral("%1 (%2)").arg(v, t(T::Estimate)) : v;
}

/// The documentNumber/BC-code part of the header and of the appendix notes.
QString numberCode(const ReportSettings &s)
{
    const QString n = ReportText::paddedNumber(s.documentNumber);
    return s.format == ReportSettings::Format::Party
               ? QStringLiteral("%1-BC/%2").arg(n, s.partyIssuerShort)
               : QStringLiteral("%1/BC-%2").arg(n, s.issuingAgencyShort);
}

/// The plan milestone a report for @p period is judged against: the first milestone year not before the
/// period's, else the last (@p milestones ascending).
int reportMilestoneYear(const QList<int> &milestones, const Period &period)
{
    for (int year : milestones)
        if (year >= period.yearNumber())
            return year;
    return milestones.isEmpty() ? 0 : milestones.last();
}

ReportRow targetRow(const ReportText &t, int no, const Indicator &ind, const IndicatorAssessment &a,
                    const QList<Measurement> &measurements, const QList<int> &milestones,
                    const Period &period, const QDate &asOf, const QHash<Id, QString> &agencyNames)
{
    ReportRow row;
    // The code, as the body names targets by it ("Đã đạt (1): TQ-01").
    row.cells << QString::number(no) << ind.code << pick(t, ind.name, ind.nameEn)
              << pick(t, ind.unit, ind.unitEn);
    const QList<Target> targets = applicableTargets(ind, 0);
    for (int year : milestones) {
        QString cell = QStringLiteral("-");
        for (const Target &target : targets)
            if (target.year == year)
                cell = targetText(t, ind, target);
        row.cells << cell;
    }

    // Previous year: the value recorded for the year before the reporting period.
    const int previousYear = period.yearNumber() - 1;
    QString previous = QStringLiteral("-");
    QString current = t(T::NoData);
    if (ind.scope == Scope::Localities) {
        const IndicatorAssessment before = assessIndicator(ind, measurements, QDate(previousYear, 12, 31));
        if (before.localitiesTotal > 0)
            previous = t(T::LocalitiesReached).arg(before.localitiesReached).arg(before.localitiesTotal);
        if (a.localitiesTotal > 0 && a.latest)
            current = t(T::LocalitiesReached).arg(a.localitiesReached).arg(a.localitiesTotal);
    } else {
        const QString key = QString::number(previousYear);
        for (const Measurement &m : measurements)
            if (m.indicatorId == ind.id && m.localityId == 0 && m.period == key)
                previous = valueText(t, m.value, m.estimate);
        // This period: the value recorded for it (for a year, its latest part when the whole year is not
        // in yet), never an older period's value shown as this one's.
        for (const SeriesPoint &p : indicatorSeries(measurements, ind.id, 0, asOf))
            if (p.period.startDate() >= period.startDate() && p.period.endDate() <= period.endDate())
                current = valueText(t, p.value, p.estimate);
    }
    row.cells << previous << current;

    // Share of the next milestone's target, and the assessment against it.
    QString ratio = QStringLiteral("-");
    // No target: followed, not judged ("Theo dõi"); "no data" only where there is no value.
    // Judged against the reporting period's milestone (the 2025 target for periods up to 2025, then
    // 2030), whatever the data date: the column's heading names it, and a row judged against another
    // year (an indicator with no target for it) says which.
    const std::optional<Target> periodMilestone =
        nextMilestone(ind.scope == Scope::Localities ? QList<Target>() : targets, period.startDate());
    std::optional<Target> milestone = ind.scope == Scope::Localities ? a.milestone : periodMilestone;
    if (ind.scope == Scope::Localities)
        for (const TargetProgress &p : a.targets)
            if (p.target.year >= period.yearNumber() && (!milestone || p.target.year < milestone->year))
                milestone = p.target;
    QString verdict = milestone ? t(T::NoData) : t.indicatorStatus(IndicatorStatus::Monitoring);
    if (milestone && a.latest) {
        const Target &m = *milestone;
        if (ind.scope == Scope::Localities) {
            for (const TargetProgress &p : a.targets)
                if (p.target.year == m.year && p.localitiesTotal > 0) {
                    ratio = t.number(100.0 * p.localitiesMet / p.localitiesTotal, 1);
                    verdict = t(p.localitiesMet >= p.localitiesTotal ? T::Met : T::NotMet);
                }
        } else {
            const double v = a.latest->value;
            const bool lowerBetter = ind.kind == IndicatorKind::Rank || ind.direction == Direction::Decrease;
            const double r =
                lowerBetter ? (v != 0.0 ? m.value / v : 0.0) : (m.value != 0.0 ? v / m.value : 0.0);
            if (r > 0.0)
                ratio = t.number(100.0 * r, 1);
            if (!compareMeets(m.comparison, v, m.value))
                verdict = t(T::NotMet);
            else
                verdict = t(v == m.value ? T::Met : T::Exceeded);
        }
        if (!milestones.isEmpty() && m.year != reportMilestoneYear(milestones, period))
            verdict += QStringLiteral(" (%1)").arg(t(T::ColTargetYear).arg(m.year).toLower());
    }
    row.cells << ratio << verdict << agencyNames.value(ind.ownerAgencyId);

    QStringList notes;
    if (a.milestone && a.latest)
        notes << t(T::ColTargetYear).arg(a.milestone->year) + QStringLiteral(": ") +
                     t.indicatorStatus(a.status).toLower();
    if (a.latest && ind.scope == Scope::Plan && a.latest->period.endDate() < period.startDate())
        notes << t(T::DataOfPeriod).arg(a.latest->period.key());
    row.cells << notes.join(QStringLiteral("; "));
    return row;
}

ReportRow taskRow(const ReportText &t, const QString &no, const Task &task, const QDate &asOf,
                  const QHash<Id, QString> &agencyNames)
{
    const TaskState state = taskState(task, asOf);
    QStringList cooperating;
    for (Id id : task.cooperatingAgencyIds)
        if (!agencyNames.value(id).isEmpty())
            cooperating << agencyNames.value(id);
    QString result;
    if (isDone(state))
        result =
            task.completionDate.isValid() ? t(T::DoneOn).arg(t.tableDate(task.completionDate)) : t(T::Met);
    else if (effectivePercent(task, asOf) > 0)
        result = t(T::PercentDone).arg(effectivePercent(task, asOf));
    QStringList notes;
    if (state == TaskState::Overdue) {
        const int days = daysOverdue(task, asOf);
        notes << t(days == 1 ? T::OverdueMarkOneDay : T::OverdueMark).arg(days);
    }
    if (!task.legalRef.isEmpty())
        notes << task.legalRef;
    if (!task.notes.isEmpty())
        notes << task.notes;
    ReportRow row;
    row.overdue = state == TaskState::Overdue;
    row.cells << no << task.title << agencyNames.value(task.leadAgencyId)
              << cooperating.join(QStringLiteral(", "))
              << (task.deadline.isValid() ? t.tableDate(task.deadline) : t(T::Ongoing)) << task.output
              << result << t.taskState(state, task.status != TaskStatus::NotStarted)
              << notes.join(QStringLiteral("; "));
    return row;
}

void normalise(ReportRow &row)
{
    for (QString &c : row.cells)
        c = nfc(c);
}

/// What the sections are computed from: read from the store once, each indicator's values grouped and
/// assessed once.
struct ReportInputs
{
    Plan plan;
    QList<Indicator> indicators;
    QList<TaskGroup> groups;
    QList<Task> tasks;     ///< as they were at the cut-off (ReportBuilder::tasksAsOf)
    QStringList lostTasks; ///< deleted since the cut-off, not to be rebuilt from the log
    QList<Agency> agencies;
    QList<Locality> localities;
    QHash<Id, QString> agencyNames;         ///< normalised display names
    MeasurementsByIndicator byIndicator;    ///< each indicator's own values
    QList<IndicatorAssessment> assessments; ///< in the order of indicators
    QMap<QString, QString> planSettings;    ///< the plan's settings: the written sections' drafts
};

ReportInputs readInputs(const PlanStore &store, const QDate &asOf, bool english)
{
    ReportInputs in;
    in.plan = store.plan();
    in.indicators = store.indicators();
    in.groups = store.groups();
    in.tasks = ReportBuilder::tasksAsOf(store, asOf, &in.lostTasks);
    in.agencies = store.agencies();
    in.localities = store.localities();
    for (const Agency &a : std::as_const(in.agencies))
        in.agencyNames.insert(a.id, nfc(english ? a.englishName() : a.displayName()));
    // Each indicator is judged on its own values only: grouping them once keeps a 300-indicator plan
    // with 150,000 values linear instead of scanning every value for every indicator.
    // Each indicator's run of values goes straight into its list, never one list of the whole plan first.
    // Values recorded after the cut-off are left out: the report says what was known then.
    const QDateTime cutOffEnd = endOfCutOffDay(asOf);
    const PlanStore::Creation creation = store.fileCreation();
    store.forEachIndicatorValues([&](Id id, QList<Measurement> &values) {
        values.removeIf(
            [&](const Measurement &m) { return !ReportBuilder::recordedBy(m, cutOffEnd, creation); });
        if (!values.isEmpty())
            in.byIndicator.insert(id, std::move(values));
    });
    in.assessments = assessIndicators(in.indicators, in.byIndicator, asOf);
    in.planSettings = store.settings();
    return in;
}

/// The first page's header: agencies, number, Quốc hiệu or Party name, date line, title and period.
void buildHeader(ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    const ReportSettings &settings = c.settings;
    const bool english = settings.language == ReportLanguage::English;
    const bool party = settings.format == ReportSettings::Format::Party;
    const auto [parent, issuer] = settings.agencies();
    c.agencyParent = nfc(parent);
    c.agencyIssuer = nfc(issuer);
    const QString padded = ReportText::paddedNumber(settings.documentNumber);
    c.number = party ? t(T::NumberParty).arg(padded, settings.partyIssuerShort)
                     : t(T::NumberState).arg(padded, settings.issuingAgencyShort);
    c.nation = t(party ? T::NationParty : T::NationState);
    c.motto = party ? QString() : t(T::MottoState);
    c.placeDate = nfc(t.dateLine(settings.effectivePlace(in.plan), c.documentDate));
    c.documentType = t(T::DocumentType);
    const Plan &plan = in.plan;
    const QString docType = english ? docTypeEn(plan.docType) : plan.docType;
    const QString title = lowerFirst(pick(t, plan.title, plan.titleEn));
    c.subject =
        nfc(!english && !plan.issuer.isEmpty()
                ? t(T::SubjectLead).arg(docType, plan.code, t.shortDate(plan.issueDate), plan.issuer, title)
                : t(T::SubjectShort).arg(docType, plan.code, t.shortDate(plan.issueDate), title));
    c.periodLine = t(T::PeriodLine).arg(t.periodWords(c.period), t.shortDate(c.asOf));
}

/// I. the counts of targets and tasks, and the overdue sentence.
ReportSection summarySection(const ReportContent &c, const ReportText &t)
{
    ReportSection s;
    s.heading = t(T::SummaryHeading);
    const StatusCounts &k = c.targetCounts;
    s.paragraphs << t(T::SummaryTargets)
                        .arg(t.shortDate(c.asOf))
                        .arg(k.total())
                        .arg(k.achieved)
                        .arg(k.onTrack)
                        .arg(k.atRisk)
                        .arg(k.offTrack)
                        .arg(k.noData);
    const TaskStateCounts &n = c.taskCounts;
    s.paragraphs << t(T::SummaryTasks)
                        .arg(n.total())
                        .arg(n.doneOnTime)
                        .arg(n.doneLate)
                        .arg(n.inProgress)
                        .arg(n.overdue)
                        .arg(n.notStarted);
    s.paragraphs << (n.overdue > 0 ? t(T::SummaryOverdue).arg(t(T::Table02)) : t(T::SummaryNoOverdue));
    return s;
}

/// II.1: one line per status with the codes, so a reader sees which targets stand where without the table.
ReportSection targetsSection(const ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    ReportSection s;
    s.level = 2;
    s.heading = t(T::TargetsSubheading);
    for (IndicatorStatus st : {IndicatorStatus::Achieved, IndicatorStatus::OnTrack, IndicatorStatus::AtRisk,
                               IndicatorStatus::OffTrack, IndicatorStatus::NoData}) {
        QStringList codes;
        for (int i = 0; i < in.indicators.size(); ++i)
            if (in.assessments[i].status == st &&
                !in.indicators[i].targets.isEmpty()) // as the summary counts
                codes << in.indicators[i].code;
        if (!codes.isEmpty())
            s.paragraphs << QStringLiteral("- %1 (%2): %3.")
                                .arg(t.indicatorStatus(st))
                                .arg(codes.size())
                                .arg(codes.join(QStringLiteral(", ")));
    }
    if (c.settings.includes(ReportSettings::TargetsTable))
        s.paragraphs << t(T::SeeAppendix).arg(t(T::Table01));
    return s;
}

/// II.2: each group's counts of tasks.
ReportSection tasksSection(const ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    ReportSection s;
    s.level = 2;
    s.heading = t(T::TasksSubheading);
    for (const GroupTaskRollUp &r : rollUpTasksByGroup(in.groups, in.tasks, c.asOf)) {
        QString groupTitle = t(T::NoGroup);
        for (const TaskGroup &g : in.groups)
            if (g.id == r.groupId)
                groupTitle = pick(t, g.title, g.titleEn);
        s.paragraphs << QStringLiteral("- ") + t(T::GroupLine)
                                                   .arg(groupTitle)
                                                   .arg(r.counts.total())
                                                   .arg(r.counts.done())
                                                   .arg(r.counts.overdue);
    }
    if (c.settings.includes(ReportSettings::TasksTable))
        s.paragraphs << t(T::SeeAppendix).arg(t(T::Table02));
    return s;
}

/// II.3: each ranking the plan follows (Rank indicators, the DTI among them), year by year against its
/// targets, so the reader sees the province's place without the chart.
ReportSection rankingSection(const ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    ReportSection s;
    s.level = 2;
    s.heading = t(T::RankingSubheading);
    for (int i = 0; i < in.indicators.size(); ++i) {
        const Indicator &ind = in.indicators.at(i);
        if (ind.kind != IndicatorKind::Rank || ind.scope != Scope::Plan)
            continue;
        QStringList years;
        for (const SeriesPoint &p : indicatorSeries(in.byIndicator.value(ind.id), ind.id, 0, c.asOf))
            if (p.period.kind() == Period::Kind::Year)
                years << t(T::RankingYear).arg(p.period.yearNumber()).arg(t.number(p.value));
        if (years.isEmpty())
            continue;
        QStringList targets;
        for (const Target &target : ind.targets)
            if (target.localityId == 0)
                targets << t(T::RankingTarget).arg(target.year).arg(targetText(t, ind, target));
        QString line =
            QStringLiteral("- %1: %2").arg(pick(t, ind.name, ind.nameEn), years.join(QStringLiteral("; ")));
        if (!targets.isEmpty())
            line += QStringLiteral(" (%1)").arg(targets.join(QStringLiteral("; ")));
        s.paragraphs << line + QLatin1Char('.');
    }
    return s;
}

/// One of the sections the planner writes: the draft kept in the plan for the period, else the sentences
/// computed from the plan (ReportDraft), under "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN".
ReportSection writtenSection(DraftSection section, int number, const DraftFacts &facts,
                             const ReportInputs &in, const Vocabulary &words)
{
    ReportSection s;
    s.heading = QStringLiteral("%1. %2").arg(roman(number), draftHeading(section, words).toUpper());
    s.paragraphs = draftParagraphs(draftText(in.planSettings, section, facts, words));
    return s;
}

/// The body in the order planners use: I. leadership and direction (written); II. results, opening with
/// the overview (when included), then 1. targets, 2. task groups, 3. rankings; III. shortcomings and
/// causes, IV. tasks for the coming period, V. proposals (written).
void buildBody(ReportContent &c, const ReportInputs &in, const ReportText &t, const Vocabulary &words)
{
    c.targetCounts = rollUpIndicators(in.indicators, in.assessments).overall;
    c.taskCounts = countTaskStates(in.tasks, c.asOf);

    const DraftFacts facts =
        draftFacts(c.period, c.asOf, in.tasks, in.agencyNames, in.indicators, in.assessments, in.byIndicator);
    c.sections << writtenSection(DraftSection::Leadership, 1, facts, in, words);
    ReportSection results;
    results.heading = t(T::ResultsHeading);
    if (c.settings.includes(ReportSettings::Summary))
        results.paragraphs = summarySection(c, t).paragraphs;
    c.sections << results << targetsSection(c, in, t) << tasksSection(c, in, t);
    const ReportSection ranking = rankingSection(c, in, t);
    if (!ranking.paragraphs.isEmpty())
        c.sections << ranking;
    c.sections << writtenSection(DraftSection::Shortcomings, 3, facts, in, words)
               << writtenSection(DraftSection::NextSteps, 4, facts, in, words)
               << writtenSection(DraftSection::Proposals, 5, facts, in, words);
    for (ReportSection &s : c.sections) {
        s.heading = nfc(s.heading);
        for (QString &p : s.paragraphs)
            p = nfc(p);
    }
}

/// "(Kèm theo Báo cáo số .../BC-STTTT ngày ...)" under the title of every appendix.
QString appendixNote(const ReportContent &c, const ReportText &t)
{
    return t(T::AppendixOf).arg(numberCode(c.settings), t.shortDate(c.documentDate));
}

/// Biểu 01: a row per indicator, a target column per milestone year of the plan.
void buildTargetsHeader(ReportContent &c, const QList<int> &milestones, const ReportText &t)
{
    c.targets.label = t(T::Table01);
    c.targets.title = t(T::Table01Title);
    c.targets.subtitle = appendixNote(c, t);
    c.targets.headers << t(T::ColNo) << t(T::ColCode) << t(T::ColTarget) << t(T::ColUnit);
    for (int year : milestones)
        c.targets.headers << t(T::ColTargetYear).arg(year);
    c.targets.headers << t(T::ColPrevious) << t(T::ColCurrent) << t(T::ColRatio)
                      << (milestones.isEmpty()
                              ? t(T::ColAssessment)
                              : t(T::ColAssessmentAgainst).arg(reportMilestoneYear(milestones, c.period)))
                      << t(T::ColTrackingAgency) << t(T::ColNote);
}

void buildTargetsTable(ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    const QList<int> milestones = in.plan.milestoneYears;
    buildTargetsHeader(c, milestones, t);
    if (!c.settings.includes(ReportSettings::TargetsTable))
        return;
    for (int i = 0; i < in.indicators.size(); ++i) {
        c.targets.rows << targetRow(t, i + 1, in.indicators[i], in.assessments[i],
                                    in.byIndicator.value(in.indicators[i].id), milestones, c.period, c.asOf,
                                    in.agencyNames);
        normalise(c.targets.rows.last());
    }
}

/// Biểu 02: tasks by group, sub-tasks numbered under their parent ("1.1").
void buildTasksTable(ReportContent &c, const ReportInputs &in, const ReportText &t)
{
    c.tasks.label = t(T::Table02);
    c.tasks.title = t(T::Table02Title);
    c.tasks.subtitle = appendixNote(c, t);
    c.tasks.headers << t(T::ColNo) << t(T::ColTask) << t(T::ColLead) << t(T::ColCooperating)
                    << t(T::ColDeadline) << t(T::ColOutput) << t(T::ColResult) << t(T::ColProgress)
                    << t(T::ColNote);
    if (!c.settings.includes(ReportSettings::TasksTable))
        return;
    QHash<Id, QList<const Task *>> children;
    for (const Task &task : in.tasks)
        if (task.parentId != 0)
            children[task.parentId] << &task;
    QList<QPair<QString, Id>> sections; // title, group id; 0 gathers tasks of unknown groups
    QSet<Id> known;
    for (const TaskGroup &g : in.groups) {
        sections << qMakePair(pick(t, g.title, g.titleEn), g.id);
        known.insert(g.id);
    }
    sections << qMakePair(t(T::NoGroup), Id(0));
    int groupNo = 0;
    for (const auto &section : std::as_const(sections)) {
        QList<ReportRow> rows;
        int no = 0;
        for (const Task &task : in.tasks) {
            const bool inSection =
                section.second != 0 ? task.groupId == section.second : !known.contains(task.groupId);
            if (!inSection || task.parentId != 0)
                continue;
            const QString number = QString::number(++no);
            rows << taskRow(t, number, task, c.asOf, in.agencyNames);
            int sub = 0;
            for (const Task *child : children.value(task.id))
                rows << taskRow(t, QStringLiteral("%1.%2").arg(number).arg(++sub), *child, c.asOf,
                                in.agencyNames);
        }
        if (section.second == 0 && rows.isEmpty())
            continue;
        ReportRow heading;
        heading.kind = ReportRow::Kind::Heading;
        heading.cells << roman(++groupNo) << section.first;
        c.tasks.rows << heading << rows;
    }
    for (ReportRow &r : c.tasks.rows)
        normalise(r);
}

/// The charts' appendix: one chart per indicator, every word in the report's language (@p words for the
/// chart's own words, @p t for those the body uses too), whatever the window's.
void buildIndicatorCharts(ReportContent &c, const ReportInputs &in, const ReportText &t,
                          const Vocabulary &words)
{
    c.chartsLabel = t(T::ChartsTitle);
    c.chartsTitle = t(T::ChartsHeading);
    c.chartsSubtitle = appendixNote(c, t);
    if (!c.settings.includes(ReportSettings::IndicatorCharts))
        return;
    ChartDataOptions options;
    options.localities = in.localities;
    options.english = c.settings.language == ReportLanguage::English;
    options.words = words;
    options.targetYears = in.plan.milestoneYears; // the targets Biểu 01 lists, no others
    for (int i = 0; i < in.indicators.size(); ++i) {
        const Indicator &ind = in.indicators.at(i);
        // An indicator without any value has nothing to chart: left out unless asked for (Biểu 01 says
        // "Chưa có số liệu"), so no page holds empty frames.
        if (!in.assessments.at(i).latest && !c.settings.chartsWithoutData)
            continue;
        IndicatorChartData d = chartDataFor(ind, in.byIndicator.value(ind.id), c.asOf, options);
        // The body's words for the title, status, source and targets, so chart and table agree.
        d.title = nfc(QStringLiteral("%1 %2").arg(ind.code, pick(t, ind.name, ind.nameEn)).trimmed());
        d.unit = nfc(pick(t, ind.unit, ind.unitEn));
        d.statusText = t.indicatorStatus(d.status);
        d.source = ind.dataSource.isEmpty() ? QString() : nfc(t(T::Source).arg(ind.dataSource));
        for (ChartTarget &target : d.targets) {
            Target tg;
            tg.comparison = target.comparison;
            tg.value = target.value;
            target.label = QStringLiteral("%1: %2").arg(target.year).arg(targetText(t, ind, tg));
        }
        for (LocalityBar &bar : d.localities)
            bar.name = nfc(bar.name);
        labelChart(d, words);
        c.charts << d;
    }
}

/// The overdue-tasks-per-agency chart.
void buildOverdueChart(ReportContent &c, const ReportInputs &in, const ReportText &t, const Vocabulary &words)
{
    c.overdueHeading = t(T::OverdueHeading);
    if (!c.settings.includes(ReportSettings::OverdueChart))
        return;
    c.overdue = overdueByAgency(in.agencies, in.tasks, c.asOf, words);
    // No overdue task: the body says so, and no page is spent on an empty chart.
    c.hasOverdueChart = !c.overdue.agencies.isEmpty();
    c.overdue.title = t(T::OverdueChartTitle);
    c.overdue.subtitle = t(T::AsOf).arg(t.shortDate(c.asOf));
    for (AgencyOverdue &a : c.overdue.agencies)
        a.name = nfc(a.name);
}

/// The signature block and "Nơi nhận": each recipient on a line ending in ";", the last in ".".
void buildSignature(ReportContent &c, const ReportText &t)
{
    const ReportSettings &settings = c.settings;
    const ReportSettings::Signature sig = settings.signature();
    c.recipientsLabel = t(T::Recipients);
    for (int i = 0; i < sig.recipients.size(); ++i)
        c.recipients << nfc(QStringLiteral("- %1%2").arg(
            sig.recipients[i], i + 1 == sig.recipients.size() ? QStringLiteral(".") : QStringLiteral(";")));
    c.signerAuthority = nfc(sig.authority);
    c.signerPosition = nfc(sig.position);
    c.signerName = nfc(sig.name);

    // Never a silent blank: what is missing is said (in the user's language, not the report's).
    const bool party = settings.format == ReportSettings::Format::Party;
    const auto warn = [&c](const char *text) {
        c.warnings << QCoreApplication::translate("ReportWarnings", text);
    };
    if (sig.name.isEmpty())
        warn(party ? QT_TRANSLATE_NOOP("ReportWarnings", "The Party report has no signer's name.")
                   : QT_TRANSLATE_NOOP("ReportWarnings", "The report has no signer's name."));
    if (sig.position.isEmpty())
        warn(party ? QT_TRANSLATE_NOOP("ReportWarnings", "The Party report has no signer's position.")
                   : QT_TRANSLATE_NOOP("ReportWarnings", "The report has no signer's position."));
    if (sig.recipients.isEmpty())
        warn(QT_TRANSLATE_NOOP("ReportWarnings", "The report has no recipients."));
    if (settings.documentNumber.isEmpty())
        warn(QT_TRANSLATE_NOOP("ReportWarnings",
                               "The report has no number: the space after \"Số\" is left for the clerk."));
    const QStringList untranslated = settings.missingEnglishNames();
    if (!untranslated.isEmpty())
        c.warnings << QCoreApplication::translate("ReportWarnings",
                                                  "The English report prints these in Vietnamese, for want "
                                                  "of an English name: %1.")
                          .arg(untranslated.join(QStringLiteral(", ")));
}

} // namespace

ReportTable ReportBuilder::targetsTable(const PlanStore &store, const ReportSettings &settings,
                                        const Period &period, const QDate &asOf)
{
    ReportContent c;
    c.settings = settings;
    c.period = period;
    c.asOf = asOf;
    c.documentDate = asOf;
    const ReportText t(settings.language);
    const QList<int> milestones = store.plan().milestoneYears;
    const QDateTime cutOffEnd = endOfCutOffDay(asOf);
    const PlanStore::Creation creation = store.fileCreation();
    buildTargetsHeader(c, milestones, t);
    QHash<Id, QString> agencyNames;
    for (const Agency &a : store.agencies())
        agencyNames.insert(
            a.id, nfc(settings.language == ReportLanguage::English ? a.englishName() : a.displayName()));
    const QList<Indicator> indicators = store.indicators();
    QHash<Id, int> position;
    for (int i = 0; i < indicators.size(); ++i)
        position.insert(indicators.at(i).id, i);
    QList<std::optional<ReportRow>> rows(indicators.size());
    const auto rowOf = [&](int i, const QList<Measurement> &values) {
        const Indicator &ind = indicators.at(i);
        ReportRow row = targetRow(t, i + 1, ind, assessIndicator(ind, values, asOf), values, milestones,
                                  period, asOf, agencyNames);
        normalise(row);
        return row;
    };
    // Only one indicator's values are held at a time (the same rows as build()'s: tested).
    store.forEachIndicatorValues([&](Id id, QList<Measurement> &values) {
        values.removeIf([&](const Measurement &m) { return !recordedBy(m, cutOffEnd, creation); });
        if (const auto it = position.constFind(id); it != position.cend())
            rows[*it] = rowOf(*it, values);
    });
    for (int i = 0; i < indicators.size(); ++i)
        c.targets.rows << (rows.at(i) ? *rows.at(i) : rowOf(i, {}));
    return c.targets;
}

ReportDates ReportDates::defaults(const ReportSettings &settings, const Period &period, const QDate &today)
{
    ReportDates d;
    d.cutOff = settings.cutOffFor(period);
    if (today.isValid() && (!d.cutOff.isValid() || today < d.cutOff))
        d.cutOff = today;
    d.documentDate = settings.documentDateFor(d.cutOff);
    return d;
}

QList<Task> ReportBuilder::tasksAsOf(const PlanStore &store, const QDate &cutOff, QStringList *lost)
{
    RewoundTasks r =
        rewindTasks(store.tasks(), store.changesSince(endOfCutOffDay(cutOff),
                                                      QLatin1String(FieldTable<TaskField>::entityKey())));
    if (lost)
        *lost = r.lost;
    return r.tasks;
}

DraftFacts ReportBuilder::draftFactsFor(const PlanStore &store, const Period &period, const QDate &cutOff)
{
    const bool english = ReportSettings::fromMap(store.settings()).language == ReportLanguage::English;
    const ReportInputs in = readInputs(store, cutOff, english);
    return draftFacts(period, cutOff, in.tasks, in.agencyNames, in.indicators, in.assessments,
                      in.byIndicator);
}

ReportContent ReportBuilder::build(const PlanStore &store, const ReportSettings &settings,
                                   const Period &period, const ReportDates &dates)
{
    ReportContent c;
    c.settings = settings;
    c.period = period;
    c.asOf = dates.cutOff;
    c.documentDate = dates.documentDate.isValid() ? dates.documentDate : dates.cutOff;
    const QDate asOf = c.asOf;
    const ReportText t(settings.language);
    const Vocabulary words(settings.language);
    const ReportInputs in = readInputs(store, asOf, settings.language == ReportLanguage::English);
    buildHeader(c, in, t);
    buildBody(c, in, t, words);
    buildTargetsTable(c, in, t);
    buildTasksTable(c, in, t);
    buildIndicatorCharts(c, in, t, words);
    buildOverdueChart(c, in, t, words);
    buildSignature(c, t);
    if (!in.lostTasks.isEmpty())
        c.warnings << QCoreApplication::translate(
                          "ReportWarnings",
                          "%n task(s) deleted after the data cut-off cannot be shown as they were then (the "
                          "history keeps only their titles) and are left out: %1",
                          nullptr, int(in.lostTasks.size()))
                          .arg(in.lostTasks.join(QStringLiteral("; ")));
    if (settings.sinceLast)
        ReportComparison::addTo(c, store);
    return c;
}

} // namespace dx
