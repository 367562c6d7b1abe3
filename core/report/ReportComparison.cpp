// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportComparison.h"

#include "store/PlanStore.h"

#include <QCoreApplication>
#include <QHash>
#include <array>

namespace dx {
namespace {

// The appendix's own words, both languages side by side as in ReportText (the report's language is not the
// window's, and its Vietnamese must not vary with a catalogue).
enum Word
{
    Label,
    Title,
    Subtitle,
    ColWhat,
    ColBefore,
    ColNow,
    Completed,
    NewlyOverdue,
    DeadlinesMoved,
    Values,
    Judgements,
    NoChange,
    NotInLast,
    Removed,
    LocalityValues,
    PreviousColumn,
    TaskDone,
    OverdueDays,
    OverdueDay,
    AgainstTarget,
    WordCount
};

struct Words
{
    const char *vi; ///< UTF-8
    const char *en;
};

constexpr std::array<Words, WordCount> kWords{{
    {"Biểu 03", "Table 03"},
    {"NHỮNG THAY ĐỔI KỂ TỪ BÁO CÁO TRƯỚC", "CHANGES SINCE THE LAST REPORT"},
    {"(So với Báo cáo số %1 ngày %2, số liệu tính đến ngày %3)",
     "(Compared with Report No. %1 of %2, figures as of %3)"},
    {"Nội dung", "Item"},
    {"Báo cáo trước", "Last report"},
    {"Báo cáo này", "This report"},
    {"Nhiệm vụ đã hoàn thành", "Tasks completed"},
    {"Nhiệm vụ mới quá hạn", "Tasks newly overdue"},
    {"Nhiệm vụ điều chỉnh thời gian hoàn thành", "Deadlines moved"},
    {"Số liệu bổ sung, điều chỉnh", "Values added or revised"},
    {"Chỉ tiêu thay đổi đánh giá", "Targets whose assessment changed"},
    {"Không có thay đổi so với báo cáo trước.", "No change since the last report."},
    {"Chưa có", "Not listed"},
    {"Đã xóa", "Removed"},
    {"%1 địa phương", "%1 localities"},
    {"Kỳ trước", "Last report"},
    {"Hoàn thành ngày %1", "Done on %1"},
    {"Quá hạn %1 ngày", "Overdue by %1 days"},
    {"Quá hạn %1 ngày", "Overdue by %1 day"},
    {"%1 (mục tiêu %2)", "%1 (target %2)"},
}};

QString word(const ReportText &t, Word w)
{
    const Words &words = kWords.at(std::size_t(w));
    return QString::fromUtf8(t.language() == ReportLanguage::English ? words.en : words.vi);
}

QString nfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C);
}

QString valueText(const ReportText &t, const std::optional<double> &v, bool estimate)
{
    if (!v)
        return QStringLiteral("-");
    const QString n = t.number(*v);
    return estimate ? QStringLiteral("%1 (%2)").arg(n, t(ReportText::Estimate)) : n;
}

QString dateText(const ReportText &t, const QDate &d)
{
    return d.isValid() ? t.tableDate(d) : t(ReportText::Ongoing);
}

QString judgementText(const ReportText &t, IndicatorStatus s, int year)
{
    const QString status = t.indicatorStatus(s);
    return year > 0 ? word(t, AgainstTarget).arg(status).arg(year) : status;
}

ReportRow row(int no, const QString &what, const QString &before, const QString &now)
{
    ReportRow r;
    r.cells << QString::number(no) << nfc(what) << nfc(before) << nfc(now);
    return r;
}

ReportRow heading(const QString &number, const QString &title)
{
    ReportRow r;
    r.kind = ReportRow::Kind::Heading;
    r.cells << number << nfc(title);
    return r;
}

} // namespace

ReportComparison ReportComparison::compare(const IssuedSnapshot &before, const IssuedSnapshot &now)
{
    ReportComparison out;
    QHash<Id, const SnapshotTask *> oldTasks;
    for (const SnapshotTask &t : before.tasks)
        oldTasks.insert(t.id, &t);
    for (const SnapshotTask &t : now.tasks) {
        const SnapshotTask *old = oldTasks.value(t.id);
        TaskChange c;
        c.id = t.id;
        c.title = t.title;
        c.known = old != nullptr;
        c.before = old ? old->state : TaskState::NotStarted;
        c.now = t.state;
        c.completionDate = t.completionDate;
        c.daysOverdue = t.daysOverdue;
        if (isDone(t.state) && !(old && isDone(old->state)))
            out.completed << c;
        if (t.state == TaskState::Overdue && !(old && old->state == TaskState::Overdue))
            out.newlyOverdue << c;
        if (old && old->deadline != t.deadline)
            out.deadlinesMoved << DeadlineMove{t.id, t.title, old->deadline, t.deadline};
    }

    QHash<Id, const SnapshotIndicator *> oldIndicators;
    for (const SnapshotIndicator &i : before.indicators)
        oldIndicators.insert(i.id, &i);
    for (const SnapshotIndicator &i : now.indicators) {
        const SnapshotIndicator *old = oldIndicators.value(i.id);
        // Values: each period of the plan area, then the localities' values of each period.
        QMap<QString, SnapshotValue> was, is;
        if (old)
            for (const SnapshotValue &v : old->values)
                was.insert(v.period, v);
        for (const SnapshotValue &v : i.values)
            is.insert(v.period, v);
        QStringList periods = was.keys();
        for (const QString &p : is.keys())
            if (!was.contains(p))
                periods << p;
        std::sort(periods.begin(), periods.end());
        for (const QString &p : std::as_const(periods)) {
            const auto a = was.constFind(p);
            const auto b = is.constFind(p);
            ValueChange c;
            c.indicatorId = i.id;
            c.code = i.code;
            c.period = p;
            if (a != was.cend()) {
                c.from = a->value;
                c.fromEstimate = a->estimate;
            }
            if (b != is.cend()) {
                c.to = b->value;
                c.toEstimate = b->estimate;
            }
            if (a == was.cend())
                c.kind = ValueChange::Kind::Added;
            else if (b == is.cend())
                c.kind = ValueChange::Kind::Removed;
            else if (!(*a == *b))
                c.kind = ValueChange::Kind::Revised;
            else
                continue;
            out.values << c;
        }
        const QMap<QString, SnapshotLocalityValues> noLocalities;
        const QMap<QString, SnapshotLocalityValues> &lwas = old ? old->localityValues : noLocalities;
        QStringList localityPeriods = lwas.keys();
        for (const QString &p : i.localityValues.keys())
            if (!lwas.contains(p))
                localityPeriods << p;
        std::sort(localityPeriods.begin(), localityPeriods.end());
        for (const QString &p : std::as_const(localityPeriods)) {
            const SnapshotLocalityValues a = lwas.value(p), b = i.localityValues.value(p);
            if (a.count == b.count && a.digest == b.digest)
                continue;
            ValueChange c;
            c.kind = ValueChange::Kind::Localities;
            c.indicatorId = i.id;
            c.code = i.code;
            c.period = p;
            c.fromCount = a.count;
            c.toCount = b.count;
            out.values << c;
        }
        if (old && (old->status != i.status || old->milestoneYear != i.milestoneYear))
            out.judgements << JudgementChange{
                i.id, i.code, i.name, i.nameEn, old->status, i.status, old->milestoneYear, i.milestoneYear};
    }
    return out;
}

QString ReportComparison::previousCell(const SnapshotIndicator *indicator, const ReportText &t)
{
    if (!indicator)
        return QStringLiteral("-");
    if (indicator->localities)
        return indicator->localitiesTotal > 0 ? t(ReportText::LocalitiesReached)
                                                    .arg(indicator->localitiesReached)
                                                    .arg(indicator->localitiesTotal)
                                              : QStringLiteral("-");
    return valueText(t, indicator->periodValue, indicator->periodEstimate);
}

ReportTable ReportComparison::table(const ReportComparison &changes, const IssuedReport &last,
                                    const IssuedSnapshot &lastFigures, const ReportText &t)
{
    ReportTable table;
    table.label = word(t, Label);
    table.title = word(t, Title);
    table.subtitle = nfc(
        word(t, Subtitle).arg(lastFigures.reference, t.shortDate(last.documentDate), t.shortDate(last.asOf)));
    table.headers << t(ReportText::ColNo) << word(t, ColWhat) << word(t, ColBefore) << word(t, ColNow);
    const bool english = t.language() == ReportLanguage::English;
    int group = 0;
    static const char *const roman[] = {"I", "II", "III", "IV", "V"};
    const auto section = [&](Word title) {
        table.rows << heading(QLatin1String(roman[group++]), word(t, title));
    };
    const auto taskBefore = [&](const TaskChange &c) {
        return c.known ? t.taskState(c.before, c.before != TaskState::NotStarted) : word(t, NotInLast);
    };
    if (!changes.completed.isEmpty()) {
        section(Completed);
        int no = 0;
        for (const TaskChange &c : changes.completed)
            table.rows << row(++no, c.title, taskBefore(c),
                              c.completionDate.isValid()
                                  ? word(t, TaskDone).arg(t.tableDate(c.completionDate))
                                  : t.taskState(c.now, true));
    }
    if (!changes.newlyOverdue.isEmpty()) {
        section(NewlyOverdue);
        int no = 0;
        for (const TaskChange &c : changes.newlyOverdue)
            table.rows << row(++no, c.title, taskBefore(c),
                              word(t, c.daysOverdue == 1 ? OverdueDay : OverdueDays).arg(c.daysOverdue));
    }
    if (!changes.deadlinesMoved.isEmpty()) {
        section(DeadlinesMoved);
        int no = 0;
        for (const DeadlineMove &m : changes.deadlinesMoved)
            table.rows << row(++no, m.title, dateText(t, m.from), dateText(t, m.to));
    }
    if (!changes.values.isEmpty()) {
        section(Values);
        int no = 0;
        for (const ValueChange &v : changes.values) {
            const Period p = Period::parse(v.period).value_or(Period::year(2000));
            const QString what = QStringLiteral("%1 - %2").arg(v.code, t.periodWords(p));
            if (v.kind == ValueChange::Kind::Localities)
                table.rows << row(++no, what, word(t, LocalityValues).arg(v.fromCount),
                                  word(t, LocalityValues).arg(v.toCount));
            else
                table.rows << row(++no, what, valueText(t, v.from, v.fromEstimate),
                                  v.kind == ValueChange::Kind::Removed ? word(t, Removed)
                                                                       : valueText(t, v.to, v.toEstimate));
        }
    }
    if (!changes.judgements.isEmpty()) {
        section(Judgements);
        int no = 0;
        for (const JudgementChange &j : changes.judgements)
            table.rows << row(
                ++no, QStringLiteral("%1 %2").arg(j.code, english && !j.nameEn.isEmpty() ? j.nameEn : j.name),
                judgementText(t, j.from, j.fromYear), judgementText(t, j.to, j.toYear));
    }
    if (changes.isEmpty()) {
        ReportRow none;
        none.cells << QString() << word(t, NoChange) << QString() << QString();
        table.rows << none;
    }
    return table;
}

void ReportComparison::addTo(ReportContent &c, const PlanStore &store)
{
    const std::optional<IssuedReport> last = store.lastIssuedReport();
    const std::optional<IssuedSnapshot> figures =
        last ? IssuedSnapshot::fromJson(last->snapshot) : std::optional<IssuedSnapshot>();
    if (!figures) {
        const char *text =
            last ? QT_TRANSLATE_NOOP("ReportWarnings",
                                     "The last issued report's figures cannot be read: nothing is compared.")
                 : QT_TRANSLATE_NOOP("ReportWarnings",
                                     "No report has been issued yet: there is nothing to compare with.");
        c.warnings << QCoreApplication::translate("ReportWarnings", text);
        return;
    }
    const ReportText t = c.text();
    // Biểu 01: "Kỳ trước" right after "Kết quả năm trước" (else before the last three columns).
    const qsizetype previous = c.targets.headers.indexOf(t(ReportText::ColPrevious));
    c.sinceLastColumn = previous >= 0 ? int(previous) + 1 : qMax(0, int(c.targets.headers.size()) - 5);
    c.targets.headers.insert(c.sinceLastColumn, word(t, PreviousColumn));
    const QList<Indicator> indicators = store.indicators();
    for (ReportRow &r : c.targets.rows) {
        const int no = r.cells.value(0).toInt();
        const SnapshotIndicator *old =
            no >= 1 && no <= indicators.size() ? figures->indicator(indicators.at(no - 1).id) : nullptr;
        r.cells.insert(c.sinceLastColumn, nfc(previousCell(old, t)));
    }
    const ReportComparison changes = compare(*figures, IssuedSnapshot::of(store, c.period, c.asOf));
    c.sinceLast = table(changes, *last, *figures, t);
}

} // namespace dx
