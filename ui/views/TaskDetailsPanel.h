// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: every field of the selected task with proper editors, committed field by field (each an undo
// step), and the task's change log (who, when, old -> new).
#include "domain/Fields.h"
#include "domain/Task.h"

#include <QWidget>

class QFormLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace dx {

class AgencyPicker;
class OptionalDateEdit;
class PlanDocument;

class TaskDetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskDetailsPanel(PlanDocument &document, QWidget *parent = nullptr);

    /// How long after the last keystroke a typed field is saved while it still has the focus: a crash
    /// loses at most this pause.
    static constexpr int kSavePauseMs = 1000;

    void showTask(Id id);
    /// Saves what is being typed now (leaving the task, closing, before another commit is shown).
    void flushTyping();
    Id taskId() const { return m_task.id; }

    QLineEdit *titleEdit() const { return m_title; }
    AgencyPicker *leadPicker() const { return m_lead; }
    OptionalDateEdit *deadlineEdit() const { return m_deadline; }
    OptionalDateEdit *startEdit() const { return m_start; }
    QComboBox *statusBox() const { return m_status; }
    QSpinBox *percentBox() const { return m_percent; }
    /// The rule shown under the percent field when the typed value is out of range (hidden otherwise).
    QLabel *percentRule() const { return m_percentRule; }
    /// One item per change log entry, newest first; its text reads "when · who" then "field: old → new".
    QTreeWidget *historyView() const { return m_history; }
    /// The parts of a history item, as data of its column 0.
    enum HistoryRole
    {
        WhenRole = Qt::UserRole + 1, ///< QDateTime, UTC
        WhoRole,
        FieldRole,
        OldRole,
        NewRole
    };

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void commit(TaskField field);
    /// A typed field changed: saved after kSavePauseMs without typing, or when the field is left.
    void schedule(TaskField field);
    /// What the editor of @p field holds now, as fieldValue() gives it.
    QVariant editorValue(TaskField field) const;
    void fillHistory();

    PlanDocument &m_document;
    Task m_task;
    bool m_loading = false;
    bool m_flushing = false;
    QFormLayout *m_form = nullptr;
    QLabel *m_historyLabel = nullptr;
    TaskFields m_typing;             ///< typed fields not saved yet
    class QTimer *m_pause = nullptr; ///< kSavePauseMs after the last keystroke
    QLabel *m_percentRule = nullptr; ///< "Percent done is a whole number from 0 to 100..." when refused
    QLabel *m_heading;
    QLineEdit *m_title;
    QComboBox *m_group;
    QLineEdit *m_legalRef;
    AgencyPicker *m_lead;
    QListWidget *m_cooperating;
    AgencyPicker *m_person;
    OptionalDateEdit *m_start;
    OptionalDateEdit *m_deadline;
    QComboBox *m_status;
    QSpinBox *m_percent;
    OptionalDateEdit *m_completion;
    QPlainTextEdit *m_output;
    QPlainTextEdit *m_notes;
    QLabel *m_state;
    QTreeWidget *m_history;
};

} // namespace dx
