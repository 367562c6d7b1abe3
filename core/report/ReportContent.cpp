// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportContent.h"

#include "analysis/IndicatorAssessment.h"
#include "analysis/TargetSelection.h"
#include "store/PlanStore.h"

#include <QHash>
#include <cmath>

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

ReportRow targetRow(const ReportText &t, int no, const Indicator &ind, const IndicatorAssessment &a,
                    const QList<Measurement> &measurements, const QList<int> &milestones,
                    const Period &period, const QHash<Id, QString> &agencyNames)
{
    ReportRow row;
    row.cells << QString::number(no) << pick(t, ind.name, ind.nameEn) << pick(t, ind.unit, ind.unitEn);
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
        if (a.latest)
            current = valueText(t, a.latest->value, a.latestIsEstimate);
    }
    row.cells << previous << current;

    // Share of the next milestone's target, and the assessment against it.
    QString ratio = QStringLiteral("-");
    QString verdict = t(T::NoData);
    if (a.milestone && a.latest) {
        const Target &m = *a.milestone;
        if (ind.scope == Scope::Localities) {
            if (a.localitiesTotal > 0) {
                ratio = t.number(100.0 * a.localitiesReached / a.localitiesTotal, 1);
                verdict = t(a.localitiesReached >= a.localitiesTotal ? T::Met : T::NotMet);
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

} // namespace

ReportContent ReportBuilder::build(const PlanStore &store, const ReportSettings &settings,
                                   const Period &period, const QDate &asOf)
{
    ReportContent c;
    c.settings = settings;
    c.period = period;
    c.asOf = asOf;
    const ReportText t(settings.language);
    const bool english = settings.language == ReportLanguage::English;
    const Plan plan = store.plan();
    const QList<Indicator> indicators = store.indicators();
    const QList<Measurement> measurements = store.allMeasurements();
    const QList<TaskGroup> groups = store.groups();
    const QList<Task> tasks = store.tasks();
    const QList<Agency> agencies = store.agencies();
    QHash<Id, QString> agencyNames;
    for (const Agency &a : agencies)
        agencyNames.insert(a.id, nfc(a.displayName()));

    // ---- header ----
    const bool party = settings.format == ReportSettings::Format::Party;
    c.agencyParent = party ? settings.partyParent : settings.parentAgency;
    c.agencyIssuer = party ? settings.partyIssuer : settings.issuingAgency;
    const QString padded = ReportText::paddedNumber(settings.documentNumber);
    c.number = party ? t(T::NumberParty).arg(padded, settings.partyIssuerShort)
                     : t(T::NumberState).arg(padded, settings.issuingAgencyShort);
    c.nation = t(party ? T::NationParty : T::NationState);
    c.motto = party ? QString() : t(T::MottoState);
    c.placeDate = t.dateLine(settings.effectivePlace(plan), asOf);
    c.documentType = t(T::DocumentType);
    const QString docType = english ? docTypeEn(plan.docType) : plan.docType;
    const QString title = lowerFirst(pick(t, plan.title, plan.titleEn));
    c.subject =
        !english && !plan.issuer.isEmpty()
            ? t(T::SubjectLead).arg(docType, plan.code, t.shortDate(plan.issueDate), plan.issuer, title)
            : t(T::SubjectShort).arg(docType, plan.code, t.shortDate(plan.issueDate), title);
    c.periodLine = t(T::PeriodLine).arg(t.periodWords(period), t.shortDate(asOf));

    // ---- figures ----
    // Each indicator is judged on its own values only: grouping them once keeps a 300-indicator plan
    // with 150,000 values linear instead of scanning every value for every indicator.
    QHash<Id, QList<Measurement>> byIndicator;
    for (const Measurement &m : measurements)
        byIndicator[m.indicatorId] << m;
    QList<IndicatorAssessment> assessments;
    for (const Indicator &ind : indicators)
        assessments << assessIndicator(ind, byIndicator.value(ind.id), asOf);
    c.targetCounts = rollUpIndicators(indicators, assessments).overall;
    c.taskCounts = countTaskStates(tasks, asOf);
    const QString table01 = t(T::Table01);
    const QString table02 = t(T::Table02);

    if (settings.includes(ReportSettings::Summary)) {
        ReportSection s;
        s.heading = t(T::SummaryHeading);
        const StatusCounts &k = c.targetCounts;
        s.paragraphs << t(T::SummaryTargets)
                            .arg(t.shortDate(asOf))
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
        s.paragraphs << (n.overdue > 0 ? t(T::SummaryOverdue).arg(table02) : t(T::SummaryNoOverdue));
        c.sections << s;
    }

    ReportSection results;
    results.heading = t(T::ResultsHeading);
    c.sections << results;
    ReportSection targetsPart;
    targetsPart.level = 2;
    targetsPart.heading = t(T::TargetsSubheading);
    // One line per status with the codes, so a reader sees which targets stand where without the table.
    for (IndicatorStatus st : {IndicatorStatus::Achieved, IndicatorStatus::OnTrack, IndicatorStatus::AtRisk,
                               IndicatorStatus::OffTrack, IndicatorStatus::NoData}) {
        QStringList codes;
        for (int i = 0; i < indicators.size(); ++i)
            if (assessments[i].status == st && !indicators[i].targets.isEmpty()) // as the summary counts them
                codes << indicators[i].code;
        if (!codes.isEmpty())
            targetsPart.paragraphs << QStringLiteral("- %1 (%2): %3.")
                                          .arg(t.indicatorStatus(st))
                                          .arg(codes.size())
                                          .arg(codes.join(QStringLiteral(", ")));
    }
    if (settings.includes(ReportSettings::TargetsTable))
        targetsPart.paragraphs << t(T::SeeAppendix).arg(table01);
    c.sections << targetsPart;
    ReportSection tasksPart;
    tasksPart.level = 2;
    tasksPart.heading = t(T::TasksSubheading);
    const QList<GroupTaskRollUp> byGroup = rollUpTasksByGroup(groups, tasks, asOf);
    for (int i = 0; i < byGroup.size(); ++i) {
        QString groupTitle = t(T::NoGroup);
        for (const TaskGroup &g : groups)
            if (g.id == byGroup[i].groupId)
                groupTitle = pick(t, g.title, g.titleEn);
        tasksPart.paragraphs << QStringLiteral("- ") + t(T::GroupLine)
                                                           .arg(groupTitle)
                                                           .arg(byGroup[i].counts.total())
                                                           .arg(byGroup[i].counts.done())
                                                           .arg(byGroup[i].counts.overdue);
    }
    if (settings.includes(ReportSettings::TasksTable))
        tasksPart.paragraphs << t(T::SeeAppendix).arg(table02);
    c.sections << tasksPart;
    for (ReportSection &s : c.sections) {
        s.heading = nfc(s.heading);
        for (QString &p : s.paragraphs)
            p = nfc(p);
    }

    // ---- Biểu 01 ----
    const QString appendixNote = t(T::AppendixOf).arg(numberCode(settings), t.shortDate(asOf));
    const QList<int> milestones = plan.milestoneYears;
    c.targets.label = table01;
    c.targets.title = t(T::Table01Title);
    c.targets.subtitle = appendixNote;
    c.targets.headers << t(T::ColNo) << t(T::ColTarget) << t(T::ColUnit);
    for (int year : milestones)
        c.targets.headers << t(T::ColTargetYear).arg(year);
    c.targets.headers << t(T::ColPrevious) << t(T::ColCurrent) << t(T::ColRatio) << t(T::ColAssessment)
                      << t(T::ColTrackingAgency) << t(T::ColNote);
    if (settings.includes(ReportSettings::TargetsTable))
        for (int i = 0; i < indicators.size(); ++i) {
            c.targets.rows << targetRow(t, i + 1, indicators[i], assessments[i],
                                        byIndicator.value(indicators[i].id), milestones, period, agencyNames);
            normalise(c.targets.rows.last());
        }

    // ---- Biểu 02: tasks by group, sub-tasks numbered under their parent ("1.1") ----
    c.tasks.label = table02;
    c.tasks.title = t(T::Table02Title);
    c.tasks.subtitle = appendixNote;
    c.tasks.headers << t(T::ColNo) << t(T::ColTask) << t(T::ColLead) << t(T::ColCooperating)
                    << t(T::ColDeadline) << t(T::ColOutput) << t(T::ColResult) << t(T::ColProgress)
                    << t(T::ColNote);
    if (settings.includes(ReportSettings::TasksTable)) {
        QHash<Id, QList<const Task *>> children;
        for (const Task &task : tasks)
            if (task.parentId != 0)
                children[task.parentId] << &task;
        QList<QPair<QString, Id>> sections; // title, group id; 0 gathers tasks of unknown groups
        QSet<Id> known;
        for (const TaskGroup &g : groups) {
            sections << qMakePair(pick(t, g.title, g.titleEn), g.id);
            known.insert(g.id);
        }
        sections << qMakePair(t(T::NoGroup), Id(0));
        int groupNo = 0;
        for (const auto &section : sections) {
            QList<ReportRow> rows;
            int no = 0;
            for (const Task &task : tasks) {
                const bool inSection =
                    section.second != 0 ? task.groupId == section.second : !known.contains(task.groupId);
                if (!inSection || task.parentId != 0)
                    continue;
                const QString number = QString::number(++no);
                rows << taskRow(t, number, task, asOf, agencyNames);
                int sub = 0;
                for (const Task *child : children.value(task.id))
                    rows << taskRow(t, QStringLiteral("%1.%2").arg(number).arg(++sub), *child, asOf,
                                    agencyNames);
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

    // ---- charts, in the report's language ----
    c.chartsLabel = t(T::ChartsTitle);
    c.chartsTitle = t(T::ChartsHeading);
    c.chartsSubtitle = appendixNote;
    if (settings.includes(ReportSettings::IndicatorCharts)) {
        ChartDataOptions options;
        options.localities = store.localities();
        options.english = english;
        for (int i = 0; i < indicators.size(); ++i) {
            const Indicator &ind = indicators[i];
            IndicatorChartData d = chartDataFor(ind, byIndicator.value(ind.id), asOf, options);
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
            c.charts << d;
        }
    }
    c.overdueHeading = t(T::OverdueHeading);
    c.hasOverdueChart = settings.includes(ReportSettings::OverdueChart);
    if (c.hasOverdueChart) {
        c.overdue = overdueByAgency(agencies, tasks, asOf);
        c.overdue.title = t(T::OverdueChartTitle);
        c.overdue.subtitle = t(T::AsOf).arg(t.shortDate(asOf));
        for (AgencyOverdue &a : c.overdue.agencies)
            a.name = nfc(a.name);
    }

    // ---- signature and recipients ----
    c.recipientsLabel = t(T::Recipients);
    for (int i = 0; i < settings.recipients.size(); ++i)
        c.recipients << nfc(QStringLiteral("- %1%2").arg(
            settings.recipients[i],
            i + 1 == settings.recipients.size() ? QStringLiteral(".") : QStringLiteral(";")));
    c.signerAuthority = nfc(settings.signerAuthority);
    c.signerPosition = nfc(settings.signerPosition);
    c.signerName = nfc(settings.signerName);
    c.agencyParent = nfc(c.agencyParent);
    c.agencyIssuer = nfc(c.agencyIssuer);
    c.subject = nfc(c.subject);
    c.placeDate = nfc(c.placeDate);
    return c;
}

} // namespace dx
