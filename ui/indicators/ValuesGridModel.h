// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the recorded values of one indicator as a grid: a row per period (years, and halves or
// quarters where the indicator is reported so), a column per locality in scope (one "plan area"
// column for a plan-wide indicator). Edits, pastes and clears go through PlanDocument as one undo
// step each; a bad cell refuses the whole edit with its reason and nothing changes.
#include "domain/Indicator.h"
#include "domain/Measurement.h"
#include "domain/Period.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace dx {

class IndicatorStatusCache;

class ValuesGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Which periods get rows besides whole years.
    enum class Granularity
    {
        Years,
        Halves,
        Quarters
    };
    enum Role
    {
        MeasurementIdRole = Qt::UserRole + 1,
        EstimateRole,
        PeriodRole,
        LocalityRole,
        HasValueRole
    };

    explicit ValuesGridModel(IndicatorStatusCache &cache, QObject *parent = nullptr);

    /// Shows indicator @p id (0: none). The granularity follows its recorded values.
    void setIndicator(Id id);
    Id indicatorId() const { return m_indicatorId; }
    void setGranularity(Granularity g);
    Granularity granularity() const { return m_granularity; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Period periodAt(int row) const { return m_periods.value(row); }
    Id localityAt(int column) const { return m_localities.value(column); }
    /// The value recorded in a cell, if any.
    std::optional<Measurement> cell(const QModelIndex &index) const;

    /// Fills cells from tab-separated text (rows by newlines, as Excel and LibreOffice copy) with
    /// @p topLeft as the first cell. Empty cells clear values; "12,5*" marks an estimate. All or nothing.
    /// @p fromClipboard: the values record that they were pasted (WorkbookText::pastedSource()), when and by
    /// whom.
    bool paste(const QModelIndex &topLeft, const QString &text, bool fromClipboard = false);
    /// Clears the values of @p cells (one undo step).
    bool clear(const QModelIndexList &cells);
    /// Sets the estimate flag, source and note of the recorded values among @p cells (one undo step).
    bool setDetails(const QModelIndexList &cells, bool estimate, const QString &source, const QString &note);

    /// Parses a value typed or pasted in the user's locale ("1.234,5" in Vietnamese), also accepting the
    /// C form ("1234.5"); a trailing '*' marks an estimate, a trailing '%' is ignored.
    static bool parseValue(const QString &text, double *value, bool *estimate);
    /// Why a value cannot be recorded for this indicator (translated), empty when it can.
    QString checkValue(double value) const;

    /// The last refusal's reason (translated), empty after a successful edit.
    QString lastError() const { return m_lastError; }

signals:
    /// An edit was refused; @p message says why (also sent to PlanDocument::reportError).
    void refused(const QString &message);

private:
    void rebuild();
    void refresh(Id id);
    QString key(Id locality, const QString &period) const;
    bool refuse(const QString &message);
    bool commit(const QList<Measurement> &set, const QList<Measurement> &clear, const QString &description);

    IndicatorStatusCache &m_cache;
    Id m_indicatorId = 0;
    Indicator m_indicator;
    Granularity m_granularity = Granularity::Years;
    QList<Period> m_periods;
    QList<Id> m_localities; ///< column -> locality id (0: the plan area)
    QHash<QString, Measurement> m_cells;
    QString m_lastError;
};

} // namespace dx
