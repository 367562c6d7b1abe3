// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDraft.h"

#include "analysis/DataFollowUp.h"
#include "analysis/TaskState.h"

#include <QCoreApplication>

namespace dx {

namespace {

constexpr const char *kContext = "ReportDraft";

const char *keyOf(DraftSection section)
{
    switch (section) {
    case DraftSection::Leadership:
        return "leadership";
    case DraftSection::Shortcomings:
        return "shortcomings";
    case DraftSection::NextSteps:
        return "nextSteps";
    case DraftSection::Proposals:
        return "proposals";
    }
    return "";
}

/// At most this many tasks are named in one sentence; the rest are counted.
constexpr int kNamedTasks = 8;
/// "The coming period": the six months after the period's end.
constexpr int kComingMonths = 6;

QString date(const QDate &d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

} // namespace

QString draftKey(const Period &period, DraftSection section)
{
    return QStringLiteral("reportDraft/%1/%2").arg(period.key(), QLatin1String(keyOf(section)));
}

QString draftHeading(DraftSection section, const Vocabulary &words)
{
    switch (section) {
    case DraftSection::Leadership:
        return words.translate(kContext,
                               QT_TRANSLATE_NOOP("ReportDraft", "Leadership, direction and organisation"));
    case DraftSection::Shortcomings:
        return words.translate(kContext,
                               QT_TRANSLATE_NOOP("ReportDraft", "Shortcomings, limitations and causes"));
    case DraftSection::NextSteps:
        return words.translate(
            kContext, QT_TRANSLATE_NOOP("ReportDraft", "Key tasks and solutions for the coming period"));
    case DraftSection::Proposals:
        return words.translate(kContext, QT_TRANSLATE_NOOP("ReportDraft", "Proposals and recommendations"));
    }
    return {};
}

QStringList draftParagraphs(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString p = line.trimmed();
        if (!p.isEmpty())
            out << p;
    }
    return out;
}

DraftFacts draftFacts(const Period &period, const QDate &cutOff, const QList<Task> &tasks,
                      const QHash<Id, QString> &agencyNames, const QList<Indicator> &indicators,
                      const QList<IndicatorAssessment> &assessments,
                      const MeasurementsByIndicator &byIndicator)
{
    DraftFacts facts;
    facts.period = period;
    facts.cutOff = cutOff;
    facts.tasks = tasks;
    facts.agencyNames = agencyNames;
    facts.indicators = indicators;
    for (const IndicatorAssessment &a : assessments)
        facts.assessments.insert(a.indicatorId, a);
    facts.missingFigures = int(dataFollowUp(indicators, byIndicator, cutOff).size());
    return facts;
}

QString prefilledDraft(DraftSection section, const DraftFacts &facts, const Vocabulary &words)
{
    const auto say = [&words](const char *text) { return words.translate(kContext, text); };
    const QDate periodEnd = facts.period.isValid() ? facts.period.endDate() : facts.cutOff;
    const QDate from = facts.period.isValid() ? facts.period.startDate() : QDate();
    QStringList lines;
    int done = 0, inProgress = 0, notStarted = 0;
    QList<const Task *> overdue, coming, issued;
    for (const Task &t : facts.tasks) {
        const TaskState s = taskState(t, facts.cutOff);
        if (isDone(s)) {
            ++done;
            if (!t.output.isEmpty() && t.completionDate.isValid() &&
                (!from.isValid() || t.completionDate >= from) && t.completionDate <= facts.cutOff)
                issued << &t;
        } else if (s == TaskState::NotStarted) {
            ++notStarted;
        } else {
            ++inProgress;
        }
        if (s == TaskState::Overdue)
            overdue << &t;
        else if (!isDone(s) && t.deadline.isValid() && t.deadline > periodEnd &&
                 t.deadline <= periodEnd.addMonths(kComingMonths))
            coming << &t;
    }
    const auto taskLine = [&](const Task *t) {
        QString agency = facts.agencyNames.value(t->leadAgencyId);
        QString line = QStringLiteral("- %1").arg(t->title);
        if (!agency.isEmpty() && t->deadline.isValid())
            line +=
                say(QT_TRANSLATE_NOOP("ReportDraft", " (%1, deadline %2)")).arg(agency, date(t->deadline));
        else if (!agency.isEmpty())
            line += QStringLiteral(" (%1)").arg(agency);
        return line;
    };
    const auto listTasks = [&](const QList<const Task *> &tasks) {
        for (int i = 0; i < tasks.size() && i < kNamedTasks; ++i)
            lines << taskLine(tasks.at(i));
        if (tasks.size() > kNamedTasks)
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "- and %1 other tasks (see Biểu 02)."))
                         .arg(tasks.size() - kNamedTasks);
    };
    QStringList lagging;
    for (const Indicator &i : facts.indicators) {
        const IndicatorStatus s = facts.assessments.value(i.id).status;
        if (s == IndicatorStatus::OffTrack || s == IndicatorStatus::AtRisk)
            lagging << QStringLiteral("%1 (%2)").arg(i.code, i.name);
    }

    switch (section) {
    case DraftSection::Leadership:
        lines << say(QT_TRANSLATE_NOOP(
                         "ReportDraft",
                         "The agencies and units are carrying out the plan's %1 tasks: %2 done, %3 under "
                         "way and %4 not started as of %5."))
                     .arg(facts.tasks.size())
                     .arg(done)
                     .arg(inProgress)
                     .arg(notStarted)
                     .arg(date(facts.cutOff));
        if (!issued.isEmpty()) {
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Completed in the period:"));
            for (int i = 0; i < issued.size() && i < kNamedTasks; ++i)
                lines << QStringLiteral("- %1 (%2)").arg(issued.at(i)->output, issued.at(i)->title);
        }
        break;
    case DraftSection::Shortcomings:
        if (!lagging.isEmpty())
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Targets behind schedule or at risk: %1."))
                         .arg(lagging.join(QStringLiteral("; ")));
        if (!overdue.isEmpty()) {
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "%1 tasks are overdue:")).arg(overdue.size());
            listTasks(overdue);
        }
        if (facts.missingFigures > 0)
            lines << say(QT_TRANSLATE_NOOP(
                             "ReportDraft",
                             "%1 figures of the last year have not been reported, so those targets "
                             "cannot yet be assessed."))
                         .arg(facts.missingFigures);
        if (lines.isEmpty())
            lines << say(
                QT_TRANSLATE_NOOP("ReportDraft", "No target is behind schedule and no task is overdue."));
        lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Causes: "));
        break;
    case DraftSection::NextSteps:
        if (!overdue.isEmpty()) {
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Complete the overdue tasks:"));
            listTasks(overdue);
        }
        if (!coming.isEmpty()) {
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Carry out the tasks due by %1:"))
                         .arg(date(periodEnd.addMonths(kComingMonths)));
            listTasks(coming);
        }
        if (facts.missingFigures > 0)
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "Collect and update the figures still missing."));
        if (lines.isEmpty())
            lines << say(
                QT_TRANSLATE_NOOP("ReportDraft", "Continue carrying out the plan's tasks on schedule."));
        break;
    case DraftSection::Proposals:
        if (facts.missingFigures > 0)
            lines << say(QT_TRANSLATE_NOOP(
                "ReportDraft", "The agencies and units are asked to send the missing figures so that "
                               "the targets can be assessed."));
        else
            lines << say(QT_TRANSLATE_NOOP("ReportDraft", "None."));
        break;
    }
    return lines.join(QLatin1Char('\n'));
}

QString draftText(const QMap<QString, QString> &settings, DraftSection section, const DraftFacts &facts,
                  const Vocabulary &words)
{
    const QString written = settings.value(draftKey(facts.period, section));
    return written.trimmed().isEmpty() ? prefilledDraft(section, facts, words) : written;
}

} // namespace dx
