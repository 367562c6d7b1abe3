// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the editor of one indicator: code, names, unit, kind, direction, baseline, targets per year
// with their comparison, scope (plan area or chosen localities), owner agency, data source, stage
// names, linked task groups and tasks. It only edits a copy; the caller applies it as one undo step.
#include "domain/Indicator.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace dx {

class PlanDocument;

class IndicatorDialog : public QDialog
{
    Q_OBJECT
public:
    /// Edits @p indicator (id 0: a new one); @p linkedTasks are the tasks that list it.
    IndicatorDialog(PlanDocument &document, const Indicator &indicator, const QList<Id> &linkedTasks,
                    QWidget *parent = nullptr);

    /// The edited indicator; valid after accept().
    Indicator indicator() const { return m_result; }
    /// The tasks checked as linked to the indicator.
    QList<Id> linkedTasks() const;

    /// Builds the indicator from the fields; an error message (translated) when a field is invalid.
    QString collect(Indicator *out) const;

    // For tests and the panel: direct access to the fields.
    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QTableWidget *targetTable() const { return m_targets; }
    void addTargetRow(const Target &target);
    QLabel *errorLabel() const { return m_error; }

    void accept() override;

private:
    QWidget *generalPage();
    QWidget *targetsPage();
    QWidget *scopePage();
    QWidget *linksPage();
    void updateKindFields();

    PlanDocument &m_document;
    Indicator m_original;
    Indicator m_result;
    QLineEdit *m_code, *m_name, *m_nameEn, *m_unit, *m_unitEn, *m_source, *m_baselinePeriod, *m_baselineValue;
    QComboBox *m_kind, *m_direction, *m_owner;
    QSpinBox *m_rankOutOf;
    QPlainTextEdit *m_stageNames, *m_notes;
    QTableWidget *m_targets;
    QRadioButton *m_planScope, *m_localityScope;
    QListWidget *m_localities, *m_groups, *m_tasks;
    QLabel *m_error;
    QList<Id> m_initialTasks;
};

} // namespace dx
