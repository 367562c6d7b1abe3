// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: undo commands for indicators (add, edit, reorder, remove with their values) and for recorded
// values (a block of cells set or cleared at once, e.g. a paste: one undo step).
#include "StoreCommand.h"

#include "domain/Indicator.h"
#include "domain/Measurement.h"

namespace dx {

class PlanStore;

class AddIndicatorCommand : public StoreCommand
{
public:
    AddIndicatorCommand(PlanDocument &document, const Indicator &indicator);
    Id indicatorId() const { return m_indicator.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Indicator m_indicator;
};

class EditIndicatorCommand : public StoreCommand
{
public:
    EditIndicatorCommand(PlanDocument &document, const QList<Indicator> &before,
                         const QList<Indicator> &after, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Indicator> m_before, m_after;
};

class RemoveIndicatorCommand : public StoreCommand
{
public:
    RemoveIndicatorCommand(PlanDocument &document, Id id, const QString &code);

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    Indicator m_removed;
    QList<Measurement> m_values;
};

/// Sets values (upsert) and clears others, as one transaction and one undo step.
class SetMeasurementsCommand : public StoreCommand
{
public:
    SetMeasurementsCommand(PlanDocument &document, const QList<Measurement> &set,
                           const QList<Measurement> &clear, const QString &text);

protected:
    Status apply() override;
    Status revert() override;

private:
    QList<Measurement> m_set, m_clear;
    QList<Measurement> m_previous; ///< values replaced or cleared, to put back
    QList<Measurement> m_added;    ///< keys that did not exist before, to remove on undo
    QList<Measurement> m_written;  ///< the cells of m_set as this command left them (undo expects them)
    bool m_applied = false;        ///< m_previous and m_added are of the first execution
    /// The stored values of @p cells (by indicator, locality and period).
    static QList<Measurement> valuesIn(const PlanStore &store, const QList<Measurement> &cells);
};

} // namespace dx
