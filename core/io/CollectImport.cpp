// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectImport.h"

#include "CollectKeys.h"
#include "CollectLayout.h"
#include "CsvReader.h"
#include "WorkbookCells.h"
#include "WorkbookText.h"
#include "XlsxReader.h"
#include "domain/Period.h"
#include "domain/Validation.h"
#include "store/PlanStore.h"

#include <QFileInfo>
#include <QSet>
#include <cmath>

namespace dx {
namespace {

namespace V = collect_layout::values;
namespace T = collect_layout::tasks;
using Outcome = CollectPreviewRow::Outcome;

QString numberText(double v)
{
    return WorkbookCells::pointText(v);
}

QString valueText(const Measurement &m)
{
    return numberText(m.value) +
           (m.estimate ? QStringLiteral(" (") + WorkbookText::estimate() + QLatin1Char(')') : QString());
}

QString taskText(const Task &t)
{
    QString s = WorkbookText::taskStatus(t.status) + QStringLiteral(", %1%").arg(t.percentComplete);
    if (t.completionDate.isValid())
        s += QStringLiteral(", ") + t.completionDate.toString(QStringLiteral("dd/MM/yyyy"));
    return s;
}

bool sameValue(const Measurement &a, const Measurement &b)
{
    return a.value == b.value && a.estimate == b.estimate && a.source == b.source && a.note == b.note;
}

bool sameTask(const Task &a, const Task &b)
{
    return a.status == b.status && a.percentComplete == b.percentComplete &&
           a.completionDate == b.completionDate && a.output == b.output && a.notes == b.notes;
}

/// Reads what a file holds into a preview: the workbook's keys and rows, or the long form.
class FileReader
{
public:
    FileReader(const CollectSnapshot &plan, const CollectImport::Options &options, CollectPreviewFile &file)
        : m_plan(plan), m_options(options), m_file(file)
    {
    }

    void read()
    {
        const QFileInfo info(m_file.path);
        m_file.fileName = info.fileName();
        m_file.received = info.lastModified().date();
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
            suffix == QLatin1String("tsv")) {
            auto sheet = CsvReader::read(m_file.path, m_options.limits);
            if (!sheet) {
                m_file.refusal = sheet.error().message;
                return;
            }
            sheet.value().name = info.fileName();
            longForm(sheet.value(), true);
            return;
        }
        auto sheets = XlsxReader::read(m_file.path, m_options.limits);
        if (!sheets) {
            m_file.refusal = sheets.error().message;
            return;
        }
        const WorkbookSheet *keys = nullptr, *values = nullptr, *tasks = nullptr, *measurements = nullptr;
        for (const WorkbookSheet &s : sheets.value()) {
            if (s.name == WorkbookText::keysSheet())
                keys = &s;
            else if (s.name == WorkbookText::indicatorsSheet())
                values = &s;
            else if (s.name == WorkbookText::tasksSheet())
                tasks = &s;
            else if (s.name == QStringLiteral("Số liệu"))
                measurements = &s;
        }
        if (!keys) {
            if (measurements) {
                longForm(*measurements, false);
                return;
            }
            m_file.refusal =
                CollectImport::tr("\"%1\" is not a collection workbook made by DX Planner (it has "
                                  "no keys); make the unit's workbook with Collect data > Make "
                                  "workbooks.")
                    .arg(m_file.fileName);
            return;
        }
        auto k = CollectKeys::fromSheet(*keys, m_file.fileName);
        if (!k) {
            m_file.refusal = k.error().message;
            return;
        }
        m_file.unit = k->unit;
        m_file.period = k->period;
        if (k->planIdentity != m_plan.planIdentity()) {
            m_file.refusal =
                CollectImport::tr("\"%1\" was made for another plan (%2), not this one (%3).")
                    .arg(m_file.fileName, k->planTitle.isEmpty() ? k->planIdentity : k->planTitle,
                         m_plan.plan.title);
            return;
        }
        if (!Period::parse(k->period)) {
            m_file.refusal =
                CollectImport::tr("\"%1\": the workbook's hidden keys sheet was changed or damaged; "
                                  "send the unit a new workbook.")
                    .arg(m_file.fileName);
            return;
        }
        if (!m_options.expectedPeriod.isEmpty() && k->period != m_options.expectedPeriod) {
            m_file.refusal = CollectImport::tr("\"%1\" was made for the period %2, not %3.")
                                 .arg(m_file.fileName, k->period, m_options.expectedPeriod);
            return;
        }
        const WorkbookSheet empty;
        for (const CollectRow &r : k->rows) {
            if (r.kind == CollectRow::Kind::Value)
                valueRow(values ? *values : empty, r);
            else
                taskRow(tasks ? *tasks : empty, r);
        }
    }

private:
    QString address(const QString &sheet, int row, int column) const
    {
        return sheet + QLatin1Char('!') + WorkbookSheet::address(row, column);
    }

    void refuse(CollectPreviewRow row, const QString &address, const QString &reason)
    {
        row.outcome = Outcome::Refused;
        row.address = address;
        row.reason = reason;
        m_file.rows.append(row);
    }

    QString what(const Indicator &ind, Id localityId, const QString &period) const
    {
        return QStringLiteral("%1 · %2 · %3")
            .arg(ind.code, localityId ? m_plan.localityName(localityId) : WorkbookText::planArea(), period);
    }

    /// Compares a value the file gives with the plan's; @p version is the plan's row version when the
    /// workbook was made (nullopt: no version known, as for a CSV file).
    void compareValue(CollectPreviewRow row, const std::optional<QString> &version)
    {
        const auto now = m_plan.value(row.value.indicatorId, row.value.localityId, row.value.period);
        row.newText = valueText(row.value);
        row.old = now;
        if (now)
            row.oldText = valueText(*now);
        if (now && sameValue(*now, row.value))
            row.outcome = Outcome::Unchanged;
        else if (version && *version != CollectSnapshot::valueVersion(now)) {
            row.outcome = Outcome::Conflict;
            row.reason = CollectImport::tr("the plan's value was changed after the workbook was made");
        } else
            row.outcome = now ? Outcome::Changed : Outcome::New;
        m_file.rows.append(row);
    }

    void fillProvenance(Measurement &m, const QString &unitName)
    {
        m.sourceFile = m_file.fileName;
        m.sourceUnit = unitName;
        m.receivedAt = m_file.received;
        m.importedBy = m_options.importedBy;
        m.recordedBy = m_options.importedBy;
    }

    void valueRow(const WorkbookSheet &sheet, const CollectRow &r)
    {
        const QString sheetName = WorkbookText::indicatorsSheet();
        CollectPreviewRow row;
        row.kind = CollectRow::Kind::Value;
        row.address = address(sheetName, r.sheetRow, V::Value);
        const Indicator *ind = m_plan.indicator(r.indicatorId);
        if (!ind) {
            refuse(row, row.address, CollectImport::tr("the indicator was removed from the plan"));
            return;
        }
        row.what = what(*ind, r.localityId, m_file.period);
        if (sheet.cell(r.sheetRow, V::Code).trimmed() != ind->code) {
            refuse(
                row, address(sheetName, r.sheetRow, V::Code),
                CollectImport::tr("the row does not hold indicator %1 any more (rows were moved or deleted)")
                    .arg(ind->code));
            return;
        }
        const QString text = sheet.cell(r.sheetRow, V::Value).trimmed();
        if (text.isEmpty()) {
            ++m_file.blankRows;
            return;
        }
        row.newText = text; // what a refusal shows; a valid value is written again in the plan's form
        const auto number = WorkbookCells::number(text);
        if (!number) {
            refuse(row, row.address, CollectImport::tr("\"%1\" is not a number").arg(text));
            return;
        }
        if (const QString why = Validation::value(ind->kind, *number); !why.isEmpty()) {
            refuse(row, row.address, why);
            return;
        }
        if (ind->kind == IndicatorKind::Rank && *number != std::floor(*number)) {
            refuse(row, row.address, CollectImport::tr("A rank must be a whole number."));
            return;
        }
        const auto estimate = WorkbookText::estimateFromText(sheet.cell(r.sheetRow, V::Estimate));
        if (!estimate) {
            refuse(
                row, address(sheetName, r.sheetRow, V::Estimate),
                CollectImport::tr("write %1 or %2").arg(WorkbookText::official(), WorkbookText::estimate()));
            return;
        }
        Measurement &m = row.value;
        m.indicatorId = ind->id;
        m.localityId = r.localityId;
        m.period = m_file.period;
        m.value = *number;
        m.estimate = *estimate;
        m.source = sheet.cell(r.sheetRow, V::Source).trimmed();
        if (m.source.isEmpty())
            m.source = m_file.unit.name;
        m.note = sheet.cell(r.sheetRow, V::Note).trimmed();
        fillProvenance(m, m_file.unit.name);
        compareValue(row, r.version);
    }

    void taskRow(const WorkbookSheet &sheet, const CollectRow &r)
    {
        const QString sheetName = WorkbookText::tasksSheet();
        CollectPreviewRow row;
        row.kind = CollectRow::Kind::Task;
        row.address = address(sheetName, r.sheetRow, T::Status);
        const Task *current = m_plan.task(r.taskId);
        if (!current) {
            refuse(row, row.address, CollectImport::tr("the task was removed from the plan"));
            return;
        }
        row.what = current->title;
        const QString statusText = sheet.cell(r.sheetRow, T::Status).trimmed();
        const QString percentText = sheet.cell(r.sheetRow, T::Percent).trimmed();
        const QString dateText = sheet.cell(r.sheetRow, T::CompletionDate).trimmed();
        const QString output = sheet.cell(r.sheetRow, T::Output).trimmed();
        const QString note = sheet.cell(r.sheetRow, T::Note).trimmed();
        if (statusText.isEmpty() && percentText.isEmpty() && dateText.isEmpty() && note.isEmpty() &&
            output == current->output.trimmed()) {
            ++m_file.blankRows;
            return;
        }
        Task t = *current;
        if (!statusText.isEmpty()) {
            const auto status = WorkbookText::taskStatusFromText(statusText);
            if (!status) {
                refuse(row, row.address,
                       CollectImport::tr("\"%1\" is not a status; choose one from the list").arg(statusText));
                return;
            }
            t.status = *status;
        }
        if (!percentText.isEmpty()) {
            const auto percent = WorkbookCells::number(percentText);
            if (!percent || *percent != std::floor(*percent) || *percent < 0 || *percent > 100) {
                refuse(row, address(sheetName, r.sheetRow, T::Percent),
                       CollectImport::tr("percent complete must be a whole number from 0 to 100"));
                return;
            }
            t.percentComplete = int(*percent);
        }
        if (!dateText.isEmpty()) {
            const auto date = WorkbookCells::date(dateText);
            if (!date) {
                refuse(row, address(sheetName, r.sheetRow, T::CompletionDate),
                       CollectImport::tr("\"%1\" is not a date; write it as day/month/year").arg(dateText));
                return;
            }
            t.completionDate = *date;
        }
        if (t.status == TaskStatus::Done && percentText.isEmpty())
            t.percentComplete = 100;
        t.output = output;
        if (!note.isEmpty() && !t.notes.contains(note))
            t.notes = t.notes.isEmpty() ? note : t.notes + QLatin1Char('\n') + note;
        if (const QString why = Validation::task(t); !why.isEmpty()) {
            refuse(row, row.address, why);
            return;
        }
        row.task = t;
        row.oldText = taskText(*current);
        row.newText = taskText(t);
        if (sameTask(*current, t))
            row.outcome = Outcome::Unchanged;
        else if (r.version != CollectSnapshot::taskVersion(*current)) {
            row.outcome = Outcome::Conflict;
            row.reason = CollectImport::tr("the task was changed in the plan after the workbook was made");
        } else
            row.outcome = Outcome::Changed;
        m_file.rows.append(row);
    }

    /// A table of values in long form (code, locality, period, value, official/estimate, source, note),
    /// as the CSV and workbook exports write it. Columns are found by their header.
    void longForm(const WorkbookSheet &sheet, bool csv)
    {
        const QStringList header = sheet.rows.value(0);
        auto column = [&](std::initializer_list<const char16_t *> names) {
            for (int c = 0; c < header.size(); ++c)
                for (const char16_t *n : names)
                    if (header.at(c).trimmed().compare(QString::fromUtf16(n), Qt::CaseInsensitive) == 0)
                        return c;
            return -1;
        };
        const int code = column({u"Mã chỉ tiêu", u"code"}), locality = column({u"Địa bàn", u"locality"}),
                  period = column({u"Kỳ", u"period"}), value = column({u"Giá trị", u"value"}),
                  estimate = column({u"Chính thức / Ước tính", u"estimate"}),
                  source = column({u"Nguồn số liệu", u"source"}), note = column({u"Ghi chú", u"note"});
        if (code < 0 || period < 0 || value < 0) {
            m_file.refusal =
                CollectImport::tr("\"%1\" has no columns \"Mã chỉ tiêu\", \"Kỳ\" and \"Giá trị\" in its "
                                  "first row; it is not a table of values DX Planner can import.")
                    .arg(m_file.fileName);
            return;
        }
        QHash<QString, const Indicator *> byCode;
        for (const Indicator &i : m_plan.indicators)
            byCode.insert(i.code, &i);
        QHash<QString, Id> byLocality;
        for (const Locality &l : m_plan.localities) {
            byLocality.insert(l.name.toCaseFolded(), l.id);
            if (!l.code.isEmpty())
                byLocality.insert(l.code.toCaseFolded(), l.id);
        }
        const QString sheetName = csv ? m_file.fileName : sheet.name;
        for (int r = 1; r < sheet.rows.size(); ++r) {
            CollectPreviewRow row;
            row.address = address(sheetName, r, value);
            const QString codeText = sheet.cell(r, code).trimmed();
            const QString valueText = sheet.cell(r, value).trimmed();
            if (codeText.isEmpty() && valueText.isEmpty()) {
                ++m_file.blankRows;
                continue;
            }
            const Indicator *ind = byCode.value(codeText);
            if (!ind) {
                refuse(row, address(sheetName, r, code),
                       CollectImport::tr("the plan has no indicator \"%1\"").arg(codeText));
                continue;
            }
            Id localityId = 0;
            const QString place = locality < 0 ? QString() : sheet.cell(r, locality).trimmed();
            if (!place.isEmpty() && place != WorkbookText::planArea()) {
                localityId = byLocality.value(place.toCaseFolded());
                if (localityId == 0) {
                    refuse(row, address(sheetName, r, locality),
                           CollectImport::tr("the plan has no locality \"%1\"").arg(place));
                    continue;
                }
            }
            const auto p = Period::parse(sheet.cell(r, period).trimmed());
            if (!p) {
                refuse(row, address(sheetName, r, period),
                       CollectImport::tr("\"%1\" is not a period; write 2024, 2024-H1 or 2024-Q3")
                           .arg(sheet.cell(r, period)));
                continue;
            }
            row.what = what(*ind, localityId, p->key());
            if (valueText.isEmpty()) {
                ++m_file.blankRows;
                continue;
            }
            row.newText = valueText; // what a refusal shows, as in a workbook
            const auto number = WorkbookCells::number(valueText);
            if (!number) {
                refuse(row, row.address, CollectImport::tr("\"%1\" is not a number").arg(valueText));
                continue;
            }
            if (const QString why = Validation::value(ind->kind, *number); !why.isEmpty()) {
                refuse(row, row.address, why);
                continue;
            }
            const auto isEstimate =
                WorkbookText::estimateFromText(estimate < 0 ? QString() : sheet.cell(r, estimate));
            if (!isEstimate) {
                refuse(row, address(sheetName, r, estimate),
                       CollectImport::tr("write %1 or %2")
                           .arg(WorkbookText::official(), WorkbookText::estimate()));
                continue;
            }
            Measurement &m = row.value;
            m.indicatorId = ind->id;
            m.localityId = localityId;
            m.period = p->key();
            m.value = *number;
            m.estimate = *isEstimate;
            m.source = source < 0 ? QString() : sheet.cell(r, source).trimmed();
            m.note = note < 0 ? QString() : sheet.cell(r, note).trimmed();
            fillProvenance(m, QString());
            compareValue(row, std::nullopt);
        }
    }

    const CollectSnapshot &m_plan;
    const CollectImport::Options &m_options;
    CollectPreviewFile &m_file;
};

QString rowKey(const CollectPreviewRow &r)
{
    return r.kind == CollectRow::Kind::Task
               ? QStringLiteral("t%1").arg(r.task.id)
               : QStringLiteral("v") +
                     CollectSnapshot::valueKey(r.value.indicatorId, r.value.localityId, r.value.period);
}

} // namespace

CollectPreview CollectImport::preview(const CollectSnapshot &plan, const QStringList &paths,
                                      const Options &options)
{
    CollectPreview preview;
    for (const QString &path : paths) {
        CollectPreviewFile file;
        file.path = path;
        FileReader(plan, options, file).read();
        if (!file.refusal.isEmpty())
            file.rows.clear();
        preview.files.append(file);
    }
    // Two files that give different values for the same cell: both rows are conflicts.
    QHash<QString, QList<CollectPreviewRow *>> byKey;
    for (CollectPreviewFile &f : preview.files)
        for (CollectPreviewRow &r : f.rows)
            if (r.outcome != Outcome::Refused && r.outcome != Outcome::Unchanged)
                byKey[rowKey(r)].append(&r);
    for (auto it = byKey.begin(); it != byKey.end(); ++it) {
        const QList<CollectPreviewRow *> &rows = it.value();
        bool differ = false;
        for (const CollectPreviewRow *r : rows)
            differ = differ || r->newText != rows.first()->newText;
        if (!differ)
            continue;
        for (CollectPreviewRow *r : rows) {
            r->outcome = Outcome::Conflict;
            r->reason = tr("%n files give different values for it", nullptr, int(rows.size()));
        }
    }
    return preview;
}

Result<CollectImport::Changes> CollectImport::changes(const CollectPreview &preview, bool skipRefused)
{
    if (!skipRefused && preview.refusedFiles() > 0)
        return Result<Changes>::fail(Error::Code::Invalid, tr("%n file(s) are refused; nothing was imported.",
                                                              nullptr, preview.refusedFiles()));
    if (preview.undecidedConflicts() > 0)
        return Result<Changes>::fail(Error::Code::Invalid,
                                     tr("%n conflict(s) must be settled first; nothing was imported.",
                                        nullptr, preview.undecidedConflicts()));
    Changes out;
    QSet<QString> written;
    for (const CollectPreviewFile &f : preview.files) {
        if (!f.refusal.isEmpty())
            continue;
        for (const CollectPreviewRow &r : f.rows) {
            if (!r.writes())
                continue;
            const QString key = rowKey(r);
            if (written.contains(key))
                continue; // the same value from two files that agree
            written.insert(key);
            if (r.kind == CollectRow::Kind::Value) {
                out.values.append(r.value);
            } else {
                out.tasks.append(r.task);
            }
        }
        if (f.unit.id != 0 && !f.period.isEmpty())
            out.settings.insert(returnKey(f.period, f.unit),
                                QStringLiteral("%1\t%2").arg(f.received.toString(Qt::ISODate), f.fileName));
    }
    return out;
}

Status CollectImport::apply(PlanStore &store, const Changes &changes)
{
    return store.bulkWrite([&](PlanStore &s) {
        if (!changes.values.isEmpty())
            if (const Status st = s.upsertMeasurements(changes.values); !st)
                return st;
        if (!changes.tasks.isEmpty())
            if (const Status st = s.updateTasks(changes.tasks); !st)
                return st;
        return changes.settings.isEmpty() ? success() : s.setSettings(changes.settings);
    });
}

QString CollectImport::returnKey(const QString &period, const CollectUnit &unit)
{
    return QStringLiteral("collect/%1/%2/%3").arg(period, unit.kindKey()).arg(unit.id);
}

} // namespace dx
