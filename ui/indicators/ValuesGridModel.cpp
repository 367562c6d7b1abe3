// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValuesGridModel.h"

#include "io/CsvReader.h"
#include "io/WorkbookText.h"

#include "IndicatorStatusCache.h"
#include "document/PlanDocument.h"
#include "domain/Validation.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <cmath>

namespace dx {

ValuesGridModel::ValuesGridModel(IndicatorStatusCache &cache, QObject *parent)
    : QAbstractTableModel(parent), m_cache(cache)
{
    connect(&cache, &IndicatorStatusCache::indicatorUpdated, this, &ValuesGridModel::refresh);
    connect(&cache, &IndicatorStatusCache::reset, this, [this] { refresh(m_indicatorId); });
}

void ValuesGridModel::setIndicator(Id id)
{
    m_indicatorId = id;
    m_granularity = Granularity::Years;
    for (const Measurement &m : m_cache.measurements(id)) {
        const auto p = Period::parse(m.period);
        if (p && p->kind() == Period::Kind::Quarter)
            m_granularity = Granularity::Quarters;
        else if (p && p->kind() == Period::Kind::Half && m_granularity == Granularity::Years)
            m_granularity = Granularity::Halves;
    }
    rebuild();
}

void ValuesGridModel::setGranularity(Granularity g)
{
    if (g == m_granularity)
        return;
    m_granularity = g;
    rebuild();
}

QString ValuesGridModel::key(Id locality, const QString &period) const
{
    return QString::number(locality) + QLatin1Char('/') + period;
}

void ValuesGridModel::rebuild()
{
    beginResetModel();
    m_periods.clear();
    m_localities.clear();
    m_cells.clear();
    const Indicator *indicator = m_cache.indicator(m_indicatorId);
    if (indicator) {
        m_indicator = *indicator;
        const Plan plan = m_cache.document().plan();
        // Years from the baseline (or the year before the plan starts) to the last target, widened
        // to every recorded value: 2020-2030 for the bundled resolution.
        int first = plan.startYear > 0 ? plan.startYear - 1 : 2020;
        int last = plan.endYear > 0 ? plan.endYear : 2030;
        if (const auto b = Period::parse(indicator->baselinePeriod))
            first = std::min(first, b->yearNumber());
        for (const Target &t : indicator->targets)
            last = std::max(last, t.year);
        const QList<Measurement> values = m_cache.measurements(m_indicatorId);
        for (const Measurement &m : values) {
            if (const auto p = Period::parse(m.period)) {
                first = std::min(first, p->yearNumber());
                last = std::max(last, p->yearNumber());
            }
        }
        for (int y = first; y <= last; ++y) {
            m_periods << Period::year(y);
            if (m_granularity == Granularity::Halves)
                m_periods << Period::half(y, 1) << Period::half(y, 2);
            else if (m_granularity == Granularity::Quarters)
                for (int q = 1; q <= 4; ++q)
                    m_periods << Period::quarter(y, q);
        }
        if (indicator->scope == Scope::Localities && !indicator->localityIds.isEmpty())
            m_localities = indicator->localityIds;
        else
            m_localities = {0};
        for (const Measurement &m : values)
            m_cells.insert(key(m.localityId, m.period), m);
    }
    endResetModel();
}

void ValuesGridModel::refresh(Id id)
{
    if (id != m_indicatorId)
        return;
    const Indicator *indicator = m_cache.indicator(id);
    if (!indicator) {
        m_indicatorId = 0;
        rebuild();
        return;
    }
    const bool sameShape = indicator->scope == m_indicator.scope &&
                           indicator->localityIds == m_indicator.localityIds &&
                           indicator->targets.size() == m_indicator.targets.size();
    QHash<QString, Measurement> cells;
    bool inGrid = true;
    QSet<QString> periods;
    for (const Period &p : std::as_const(m_periods))
        periods.insert(p.key());
    for (const Measurement &m : m_cache.measurements(id)) {
        cells.insert(key(m.localityId, m.period), m);
        inGrid = inGrid && periods.contains(m.period);
    }
    if (!sameShape || !inGrid) {
        rebuild();
        return;
    }
    // Same rows and columns: only the values changed, so no reset (the current cell and selection stay).
    m_indicator = *indicator;
    m_cells = cells;
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int ValuesGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int ValuesGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_localities.size());
}

std::optional<Measurement> ValuesGridModel::cell(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_periods.size() || index.column() >= m_localities.size())
        return std::nullopt;
    const auto it = m_cells.constFind(key(m_localities.at(index.column()), m_periods.at(index.row()).key()));
    if (it == m_cells.cend())
        return std::nullopt;
    return *it;
}

QVariant ValuesGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto m = cell(index);
    switch (role) {
    case Qt::DisplayRole:
        if (!m)
            return QString();
        return m->estimate ? tr("%1 (est.)").arg(ChartText::number(m->value, 4))
                           : ChartText::number(m->value, 4);
    case Qt::EditRole:
        return m ? ChartText::number(m->value, 6) : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (m && m->estimate) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole: {
        if (!m)
            return {};
        QStringList lines{m->estimate ? tr("Estimate") : tr("Official")};
        if (!m->source.isEmpty())
            lines << tr("Source: %1").arg(m->source);
        if (!m->note.isEmpty())
            lines << tr("Note: %1").arg(m->note);
        if (!m->sourceFile.isEmpty()) // collected through a workbook, a CSV file or pasted
            lines << tr("From %1%2, received %3, imported by %4")
                         .arg(m->sourceFile,
                              m->sourceUnit.isEmpty() ? QString() : tr(" (%1)").arg(m->sourceUnit),
                              QLocale().toString(m->receivedAt, QLocale::ShortFormat), m->importedBy);
        if (!m->recordedBy.isEmpty())
            lines << tr("Recorded by %1 on %2")
                         .arg(m->recordedBy,
                              QLocale().toString(m->recordedAt.toLocalTime().date(), QLocale::ShortFormat));
        return lines.join(QLatin1Char('\n'));
    }
    case MeasurementIdRole:
        return m ? m->id : Id(0);
    case EstimateRole:
        return m && m->estimate;
    case HasValueRole:
        return m.has_value();
    case PeriodRole:
        return m_periods.at(index.row()).key();
    case LocalityRole:
        return m_localities.at(index.column());
    default:
        return {};
    }
}

Qt::ItemFlags ValuesGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ValuesGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical) {
        const Period p = m_periods.value(section);
        switch (p.kind()) {
        case Period::Kind::Year:
            return QString::number(p.yearNumber());
        case Period::Kind::Half:
            return tr("%1 H%2").arg(p.yearNumber()).arg(p.part());
        case Period::Kind::Quarter:
            return tr("%1 Q%2").arg(p.yearNumber()).arg(p.part());
        }
        return {};
    }
    const Id locality = m_localities.value(section);
    return locality == 0 ? tr("Plan area") : m_cache.document().localityName(locality);
}

bool ValuesGridModel::parseValue(const QString &input, double *value, bool *estimate)
{
    QString text = input.trimmed();
    *estimate = false;
    if (text.endsWith(QLatin1Char('*'))) {
        *estimate = true;
        text.chop(1);
        text = text.trimmed();
    }
    if (text.endsWith(QLatin1Char('%')))
        text = text.chopped(1).trimmed();
    text.remove(QChar(0x00A0)); // a no-break space as thousands separator (LibreOffice in some locales)
    bool ok = false;
    *value = QLocale().toDouble(text, &ok);
    if (!ok)
        *value = QLocale::c().toDouble(text, &ok);
    if (!ok && text.count(QLatin1Char(',')) == 1 && !text.contains(QLatin1Char('.')))
        *value = QLocale::c().toDouble(QString(text).replace(QLatin1Char(','), QLatin1Char('.')), &ok);
    return ok && std::isfinite(*value);
}

QString ValuesGridModel::checkValue(double value) const
{
    return Validation::value(m_indicator.kind, value);
}

bool ValuesGridModel::refuse(const QString &message)
{
    m_lastError = message;
    emit refused(message);
    m_cache.document().reportError(message);
    return false;
}

bool ValuesGridModel::commit(const QList<Measurement> &set, const QList<Measurement> &clear,
                             const QString &description)
{
    m_lastError.clear();
    if (set.isEmpty() && clear.isEmpty())
        return true;
    if (!m_cache.document().setMeasurements(set, clear, description)) {
        m_lastError = tr("The values were not recorded.");
        return false;
    }
    return true;
}

bool ValuesGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    return paste(index, value.toString());
}

bool ValuesGridModel::paste(const QModelIndex &topLeft, const QString &text, bool fromClipboard)
{
    if (!topLeft.isValid() || m_indicatorId == 0)
        return false;
    // Excel and Calc copy a block as tab-separated text, quoting cells that hold tabs, quotes or line
    // breaks: the CSV reader of the import reads it. Text that is not valid CSV (a lone quote) is split
    // plainly, as typed.
    QList<QStringList> lines;
    if (auto parsed = CsvReader::parse(text.toUtf8(), '\t'); parsed && !parsed->rows.isEmpty()) {
        lines = parsed->rows;
    } else {
        QString block = text;
        block.replace(QLatin1String("\r\n"), QLatin1String("\n"))
            .replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (block.endsWith(QLatin1Char('\n')))
            block.chop(1); // spreadsheets end a copied block with a line break
        for (const QString &line : block.split(QLatin1Char('\n')))
            lines << line.split(QLatin1Char('\t'));
    }
    QList<Measurement> set, clearList;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines.at(r);
        for (int c = 0; c < cells.size(); ++c) {
            const int row = topLeft.row() + r, column = topLeft.column() + c;
            if (row >= rowCount() || column >= columnCount())
                return refuse(tr("The pasted block (%1 × %2) does not fit in the grid from this cell; "
                                 "nothing was changed.")
                                  .arg(lines.size())
                                  .arg(cells.size()));
            const QString where = tr("%1, %2").arg(headerData(row, Qt::Vertical).toString(),
                                                   headerData(column, Qt::Horizontal).toString());
            Measurement m;
            m.indicatorId = m_indicatorId;
            m.localityId = m_localities.at(column);
            m.period = m_periods.at(row).key();
            const auto existing = cell(index(row, column));
            // What the grid showed: a cell another program changed meanwhile is refused (PlanStore).
            m.version = existing ? existing->version : Measurement::kEmpty;
            if (cells.at(c).trimmed().isEmpty()) {
                if (existing)
                    clearList << *existing;
                continue;
            }
            bool estimate = false;
            if (!parseValue(cells.at(c), &m.value, &estimate))
                return refuse(
                    tr("%1: \"%2\" is not a number; nothing was changed.").arg(where, cells.at(c).trimmed()));
            if (const QString why = checkValue(m.value); !why.isEmpty())
                return refuse(tr("%1: %2 Nothing was changed.").arg(where, why));
            // A value typed over another keeps its source and note; the estimate flag is kept too unless
            // the new text says "estimate" with a trailing '*'.
            if (existing) {
                m.source = existing->source;
                m.note = existing->note;
                m.estimate = existing->estimate || estimate;
            } else {
                m.estimate = estimate;
            }
            if (fromClipboard) { // where a pasted value came from (CollectImport records files the same way)
                m.sourceFile = WorkbookText::pastedSource();
                m.receivedAt = QDate::currentDate();
                m.importedBy = m_cache.document().store().userName();
            }
            set << m;
        }
    }
    const int count = int(set.size() + clearList.size());
    return commit(set, clearList,
                  count == 1 ? tr("Record a value of %1").arg(m_indicator.code)
                             : tr("Paste %n value(s) into %1", nullptr, count).arg(m_indicator.code));
}

bool ValuesGridModel::clear(const QModelIndexList &cells)
{
    QList<Measurement> clearList;
    for (const QModelIndex &i : cells)
        if (const auto m = cell(i))
            clearList << *m;
    if (clearList.isEmpty())
        return false;
    return commit({}, clearList,
                  tr("Clear %n value(s) of %1", nullptr, int(clearList.size())).arg(m_indicator.code));
}

bool ValuesGridModel::setDetails(const QModelIndexList &cells, bool estimate, const QString &source,
                                 const QString &note)
{
    QList<Measurement> set;
    for (const QModelIndex &i : cells) {
        if (auto m = cell(i)) {
            if (m->estimate == estimate && m->source == source && m->note == note)
                continue;
            m->estimate = estimate;
            m->source = source;
            m->note = note;
            m->recordedBy.clear();
            m->recordedAt = {};
            set << *m;
        }
    }
    if (set.isEmpty())
        return false;
    return commit(set, {}, tr("Edit source and status of %n value(s)", nullptr, int(set.size())));
}

} // namespace dx
