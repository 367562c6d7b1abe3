// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include "Period.h"

#include <cmath>
#include <initializer_list>

namespace dx {

namespace {

/// The first sentence of @p checks that is not empty.
QString firstProblem(std::initializer_list<QString> checks)
{
    for (const QString &c : checks)
        if (!c.isEmpty())
            return c;
    return {};
}

} // namespace

QString Validation::length(const QString &value, qsizetype max, const QString &what)
{
    if (value.size() <= max)
        return {};
    return tr("%1 is %2 characters long; at most %3 are allowed.").arg(what).arg(value.size()).arg(max);
}

QString Validation::plan(const Plan &p)
{
    if (const QString why = firstProblem({length(p.code, kMaxLineLength, tr("The document number")),
                                          length(p.title, kMaxLineLength, tr("The plan's title")),
                                          length(p.titleEn, kMaxLineLength, tr("The plan's English title")),
                                          length(p.docType, kMaxLineLength, tr("The document type")),
                                          length(p.issuer, kMaxLineLength, tr("The issuer")),
                                          length(p.place, kMaxLineLength, tr("The place")),
                                          length(p.summary, kMaxTextLength, tr("The summary")),
                                          length(p.legalRefs, kMaxTextLength, tr("The legal references"))});
        !why.isEmpty())
        return why;
    if (p.code.trimmed().isEmpty())
        return tr("The plan needs a document number.");
    if (p.title.trimmed().isEmpty())
        return tr("The plan needs a title.");
    if (p.endYear < p.startYear)
        return tr("The plan's last year cannot come before its first year.");
    return {};
}

QString Validation::group(const TaskGroup &g)
{
    if (const QString why = firstProblem({length(g.title, kMaxLineLength, tr("The group's title")),
                                          length(g.titleEn, kMaxLineLength, tr("The group's English title")),
                                          length(g.description, kMaxTextLength, tr("The description"))});
        !why.isEmpty())
        return why;
    if (g.title.trimmed().isEmpty())
        return tr("A task group needs a title.");
    return {};
}

QString Validation::task(const Task &t)
{
    if (const QString why = firstProblem({length(t.title, kMaxLineLength, tr("The task's title")),
                                          length(t.legalRef, kMaxLineLength, tr("The legal reference")),
                                          length(t.output, kMaxTextLength, tr("The output")),
                                          length(t.notes, kMaxTextLength, tr("The notes"))});
        !why.isEmpty())
        return why;
    if (t.title.trimmed().isEmpty())
        return tr("A task needs a title.");
    if (t.groupId == 0)
        return tr("A task must belong to a task group.");
    if (t.percentComplete < 0 || t.percentComplete > 100)
        return tr("Percent complete must be between 0 and 100.");
    if (t.startDate.isValid() && t.deadline.isValid() && t.deadline < t.startDate)
        return tr("The deadline cannot be before the start date.");
    if (t.parentId != 0 && t.parentId == t.id)
        return tr("A task cannot be its own sub-task.");
    if (t.completionDate.isValid() && t.startDate.isValid() && t.completionDate < t.startDate)
        return tr("The completion date cannot be before the start date.");
    return {};
}

QString Validation::agency(const Agency &a)
{
    if (const QString why = firstProblem({length(a.name, kMaxLineLength, tr("The agency's name")),
                                          length(a.shortName, kMaxLineLength, tr("The short name")),
                                          length(a.nameEn, kMaxLineLength, tr("The English name"))});
        !why.isEmpty())
        return why;
    if (a.name.trimmed().isEmpty())
        return tr("An agency needs a name.");
    return {};
}

QString Validation::person(const Person &p)
{
    if (const QString why = firstProblem({length(p.name, kMaxLineLength, tr("The person's name")),
                                          length(p.position, kMaxLineLength, tr("The position")),
                                          length(p.email, kMaxLineLength, tr("The e-mail address")),
                                          length(p.phone, kMaxLineLength, tr("The phone number"))});
        !why.isEmpty())
        return why;
    if (p.name.trimmed().isEmpty())
        return tr("A person needs a name.");
    return {};
}

QString Validation::locality(const Locality &l)
{
    if (const QString why = firstProblem({length(l.code, kMaxLineLength, tr("The locality's code")),
                                          length(l.name, kMaxLineLength, tr("The locality's name")),
                                          length(l.nameEn, kMaxLineLength, tr("The English name"))});
        !why.isEmpty())
        return why;
    if (l.name.trimmed().isEmpty())
        return tr("A locality needs a name.");
    return {};
}

QString Validation::indicator(const Indicator &i)
{
    if (const QString why = firstProblem(
            {length(i.code, kMaxLineLength, tr("The indicator's code")),
             length(i.name, kMaxLineLength, tr("The indicator's name")),
             length(i.nameEn, kMaxLineLength, tr("The English name")),
             length(i.unit, kMaxLineLength, tr("The unit")),
             length(i.unitEn, kMaxLineLength, tr("The English unit")),
             length(i.dataSource, kMaxLineLength, tr("The data source")),
             length(i.notes, kMaxTextLength, tr("The notes")),
             length(i.stageNames.join(QLatin1Char('\n')), kMaxTextLength, tr("The stage names"))});
        !why.isEmpty())
        return why;
    for (const Target &t : i.targets)
        if (const QString why = length(t.note, kMaxLineLength, tr("A target's note")); !why.isEmpty())
            return why;
    if (i.code.trimmed().isEmpty())
        return tr("An indicator needs a code.");
    if (i.name.trimmed().isEmpty())
        return tr("An indicator needs a name.");
    if (!i.baselinePeriod.isEmpty() && !Period::parse(i.baselinePeriod))
        return tr("The baseline period \"%1\" is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).")
            .arg(i.baselinePeriod);
    if (i.baselineValue) {
        const QString why = value(i.kind, *i.baselineValue);
        if (!why.isEmpty())
            return why;
    }
    for (const Target &t : i.targets) {
        if (t.year < 1900 || t.year > 2200)
            return tr("A target year must be between 1900 and 2200.");
        if (i.kind != IndicatorKind::Stage) {
            const QString why = value(i.kind, t.value);
            if (!why.isEmpty())
                return why;
        }
    }
    return {};
}

QString Validation::value(IndicatorKind kind, double v)
{
    if (!std::isfinite(v))
        return tr("The value is not a number.");
    switch (kind) {
    case IndicatorKind::Share:
        if (v < 0 || v > 100)
            return tr("A share must be between 0 and 100.");
        break;
    case IndicatorKind::Rank:
        if (v < 1)
            return tr("A rank must be 1 or more.");
        break;
    case IndicatorKind::Count:
    case IndicatorKind::Stage:
        if (v < 0)
            return tr("A count cannot be negative.");
        break;
    case IndicatorKind::YearlyRate:
        break;
    }
    return {};
}

QString Validation::measurement(const Measurement &m, IndicatorKind kind)
{
    if (const QString why =
            firstProblem({length(m.source, kMaxLineLength, tr("The source")),
                          length(m.note, kMaxTextLength, tr("The note")),
                          length(m.recordedBy, kMaxLineLength, tr("The name of who recorded it"))});
        !why.isEmpty())
        return why;
    if (!Period::parse(m.period))
        return tr("The period \"%1\" is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).")
            .arg(m.period);
    return value(kind, m.value);
}

QString Validation::fromDatabaseError(const QString &text)
{
    struct Rule
    {
        const char *needle;
        const char *message;
    };
    // The sentences are listed with QT_TR_NOOP so lupdate finds them; tr() translates at use.
    static const Rule rules[] = {
        {"dx_share_range", QT_TR_NOOP("A share must be between 0 and 100.")},
        {"dx_rank_min", QT_TR_NOOP("A rank must be 1 or more.")},
        {"dx_count_min", QT_TR_NOOP("A count cannot be negative.")},
        {"dx_issued_read_only", QT_TR_NOOP("An issued report is kept as it was issued: it cannot be changed "
                                           "or removed.")},
        {"task_deadline_after_start", QT_TR_NOOP("The deadline cannot be before the start date.")},
        {"task_percent_range", QT_TR_NOOP("Percent complete must be between 0 and 100.")},
        {"task_title_required", QT_TR_NOOP("A task needs a title.")},
        {"group_title_required", QT_TR_NOOP("A task group needs a title.")},
        {"agency_name_required", QT_TR_NOOP("An agency needs a name.")},
        {"person_name_required", QT_TR_NOOP("A person needs a name.")},
        {"locality_name_required", QT_TR_NOOP("A locality needs a name.")},
        {"indicator_code_required", QT_TR_NOOP("An indicator needs a code.")},
        {"indicator_name_required", QT_TR_NOOP("An indicator needs a name.")},
        {"indicator.code", QT_TR_NOOP("Another indicator already has this code.")},
        {"measurement_key", QT_TR_NOOP("A value for this period and locality is already recorded.")},
        {"measurement.indicator_id", QT_TR_NOOP("A value for this period and locality is already recorded.")},
        {"target_key", QT_TR_NOOP("This indicator already has a target for that year.")},
        {"target.indicator_id", QT_TR_NOOP("This indicator already has a target for that year.")},
        {"measurement_period_format",
         QT_TR_NOOP("The period is not a year (2024), a half (2024-H1) or a quarter (2024-Q3).")},
        {"FOREIGN KEY", QT_TR_NOOP("The item refers to something that no longer exists.")},
        {"plan_title_required", QT_TR_NOOP("The plan needs a title.")},
        {"plan_code_required", QT_TR_NOOP("The plan needs a document number.")},
        {"setting_key_required", QT_TR_NOOP("A setting needs a name.")},
    };
    for (const Rule &r : rules)
        if (text.contains(QLatin1String(r.needle)))
            return tr(r.message);
    return tr("The change could not be saved: %1").arg(text);
}

} // namespace dx
