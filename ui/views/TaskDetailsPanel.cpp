// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskDetailsPanel.h"

#include "AgencyPicker.h"
#include "OptionalDateEdit.h"
#include "WrappingItemDelegate.h"
#include "document/PlanDocument.h"
#include "models/TaskPresentation.h"
#include "store/PlanStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dx {
namespace {

/// A plain-text box that reports when it loses focus (QPlainTextEdit has no editingFinished).
class NoteEdit : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<void()> onLeave;

protected:
    void focusOutEvent(QFocusEvent *e) override
    {
        QPlainTextEdit::focusOutEvent(e);
        if (onLeave)
            onLeave();
    }
};

} // namespace

TaskDetailsPanel::TaskDetailsPanel(PlanDocument &document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)), m_title(new QLineEdit(this)),
      m_group(new QComboBox(this)), m_legalRef(new QLineEdit(this)),
      m_lead(new AgencyPicker(document, AgencyPicker::Kind::Agency, this)),
      m_cooperating(new QListWidget(this)),
      m_person(new AgencyPicker(document, AgencyPicker::Kind::Person, this)),
      m_start(new OptionalDateEdit(this)), m_deadline(new OptionalDateEdit(this)),
      m_status(new QComboBox(this)), m_percent(new QSpinBox(this)), m_completion(new OptionalDateEdit(this)),
      m_output(new NoteEdit(this)), m_notes(new NoteEdit(this)), m_state(new QLabel(this)),
      m_history(new QTreeWidget(this))
{
    m_pause = new QTimer(this);
    m_percentRule = new QLabel(this);
    setObjectName(QStringLiteral("taskDetails"));
    // Wide enough for the form's labels and a readable field beside them; the scroll area does the rest.
    setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(12);
    // Wider than the rule on purpose: QSpinBox would silently refuse the third digit of "150" and keep
    // "15"; the value is checked on saving instead and refused with the rule shown under the field.
    m_percent->setRange(0, 999);
    m_percent->setSuffix(QStringLiteral("%"));
    m_percentRule->setObjectName(QStringLiteral("percentRule"));
    m_percentRule->setWordWrap(true);
    m_percentRule->setVisible(false);
    QFont ruleFont = m_percentRule->font();
    ruleFont.setBold(true); // legible without colour too
    m_percentRule->setFont(ruleFont);
    m_percentRule->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_pause->setSingleShot(true);
    m_pause->setInterval(kSavePauseMs);
    connect(m_pause, &QTimer::timeout, this, &TaskDetailsPanel::flushTyping);
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done})
        m_status->addItem(QString(), int(s)); // named in retranslate()
    m_cooperating->setMaximumHeight(110);
    m_output->setMaximumHeight(60);
    m_notes->setMaximumHeight(60);
    m_state->setWordWrap(true);
    // One entry per change, on as many lines as it needs at the pane's width: five columns never fitted a
    // pane beside the table (they were cut); when, who, the field and its old and new values read in turn.
    m_history->setRootIsDecorated(false);
    m_history->setColumnCount(1);
    m_history->header()->hide();
    m_history->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_history->setAlternatingRowColors(true);
    m_history->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    WrappingItemDelegate::install(m_history);

    m_form = new QFormLayout;
    QFormLayout *form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow pane a label goes above its field rather than pushing the field out of sight.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // The labels are named in retranslate(), again on every language change.
    for (QWidget *w : std::initializer_list<QWidget *>{m_title, m_group, m_legalRef, m_lead, m_cooperating,
                                                       m_person, m_start, m_deadline, m_status, m_percent})
        form->addRow(QStringLiteral("-"), w);
    form->addRow(QString(), m_percentRule);
    for (QWidget *w : std::initializer_list<QWidget *>{m_completion, m_output, m_notes, m_state})
        form->addRow(QStringLiteral("-"), w);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_heading);
    innerLayout->addLayout(form);
    m_historyLabel = new QLabel(inner);
    innerLayout->addWidget(m_historyLabel);
    innerLayout->addWidget(m_history, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    using F = TaskField;
    // Each editor is named after its field's key: tests and accessibility tools find it by the field.
    const std::pair<QWidget *, TaskField> editors[] = {{m_title, F::Title},
                                                       {m_legalRef, F::LegalRef},
                                                       {m_group, F::Group},
                                                       {m_lead, F::LeadAgency},
                                                       {m_cooperating, F::CooperatingAgencies},
                                                       {m_person, F::Person},
                                                       {m_start, F::StartDate},
                                                       {m_deadline, F::Deadline},
                                                       {m_status, F::Status},
                                                       {m_percent, F::PercentComplete},
                                                       {m_completion, F::CompletionDate},
                                                       {m_output, F::Output},
                                                       {m_notes, F::Notes}};
    for (const auto &[widget, field] : editors)
        widget->setObjectName(fieldKey(field));
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(F::Title); });
    connect(m_legalRef, &QLineEdit::editingFinished, this, [this] { commit(F::LegalRef); });
    connect(m_group, &QComboBox::activated, this, [this] { commit(F::Group); });
    connect(m_lead->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(F::LeadAgency); });
    connect(m_lead, &QComboBox::activated, this, [this] { commit(F::LeadAgency); });
    connect(m_person->lineEdit(), &QLineEdit::editingFinished, this, [this] { commit(F::Person); });
    connect(m_person, &QComboBox::activated, this, [this] { commit(F::Person); });
    connect(m_cooperating, &QListWidget::itemChanged, this, [this] { commit(F::CooperatingAgencies); });
    connect(m_start, &OptionalDateEdit::edited, this, [this] { commit(F::StartDate); });
    connect(m_deadline, &OptionalDateEdit::edited, this, [this] { commit(F::Deadline); });
    connect(m_completion, &OptionalDateEdit::edited, this, [this] { commit(F::CompletionDate); });
    connect(m_status, &QComboBox::activated, this, [this] { commit(F::Status); });
    connect(m_percent, &QSpinBox::valueChanged, this, [this] { schedule(F::PercentComplete); });
    connect(m_percent, &QSpinBox::editingFinished, this, [this] { commit(F::PercentComplete); });
    static_cast<NoteEdit *>(m_output)->onLeave = [this] { commit(F::Output); };
    static_cast<NoteEdit *>(m_notes)->onLeave = [this] { commit(F::Notes); };
    // Typed text is saved after a pause too, not only when the field is left (a crash loses the pause).
    connect(m_title, &QLineEdit::textEdited, this, [this] { schedule(F::Title); });
    connect(m_legalRef, &QLineEdit::textEdited, this, [this] { schedule(F::LegalRef); });
    connect(m_output, &QPlainTextEdit::textChanged, this, [this] { schedule(F::Output); });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { schedule(F::Notes); });

    connect(&m_document, &PlanDocument::tasksChanged, this, [this](const QList<Id> &ids) {
        if (ids.contains(m_task.id))
            load();
    });
    connect(&m_document, &PlanDocument::tasksRemoved, this, [this](const QList<Id> &ids) {
        if (ids.contains(m_task.id))
            showTask(0);
    });
    connect(&m_document, &PlanDocument::reloaded, this, [this] { showTask(m_task.id); });
    connect(&m_document, &PlanDocument::groupListChanged, this, &TaskDetailsPanel::load);
    connect(&m_document, &PlanDocument::directoryChanged, this, &TaskDetailsPanel::load);
    connect(&m_document, &PlanDocument::asOfChanged, this, &TaskDetailsPanel::load);
    retranslate();
    showTask(0);
}

void TaskDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_form) {
        retranslate();
        load(); // the heading, the state and the history are worded by the language too
    }
    QWidget::changeEvent(event);
}

void TaskDetailsPanel::retranslate()
{
    const std::pair<QWidget *, const char *> labels[] = {
        {m_title, QT_TR_NOOP("&Title:")},
        {m_group, QT_TR_NOOP("&Group:")},
        {m_legalRef, QT_TR_NOOP("&Legal reference:")},
        {m_lead, QT_TR_NOOP("Lead &agency:")},
        {m_cooperating, QT_TR_NOOP("&Cooperating:")},
        {m_person, QT_TR_NOOP("&Responsible:")},
        {m_start, QT_TR_NOOP("&Start:")},
        {m_deadline, QT_TR_NOOP("&Deadline:")},
        {m_status, QT_TR_NOOP("Stat&us:")},
        {m_percent, QT_TR_NOOP("&Percent done:")},
        {m_completion, QT_TR_NOOP("Co&mpleted on:")},
        {m_output, QT_TR_NOOP("&Output:")},
        {m_notes, QT_TR_NOOP("&Notes:")},
        {m_state, QT_TR_NOOP("Now:")},
    };
    for (const auto &[field, text] : labels)
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(tr(text));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i, TaskPresentation::statusName(TaskStatus(m_status->itemData(i).toInt())));
    m_historyLabel->setText(tr("History of this task:"));
}

void TaskDetailsPanel::showTask(Id id)
{
    flushTyping(); // what was typed belongs to the task shown until now
    const Task *t = id ? m_document.task(id) : nullptr;
    m_task = t ? *t : Task{};
    load();
}

void TaskDetailsPanel::load()
{
    if (!m_typing.isEmpty() && !m_flushing)
        flushTyping(); // saved before the stored values replace the editors (its commit reloads again)
    if (m_task.id != 0) {
        const Task *fresh = m_document.task(m_task.id);
        m_task = fresh ? *fresh : Task{};
    }
    const bool has = m_task.id != 0;
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_heading && w != m_history && !qobject_cast<QLabel *>(w))
            w->setEnabled(has);
    m_loading = true;
    m_heading->setText(has ? m_task.title : tr("Select a task to see and edit its details."));
    // A typed field that holds the stored value once normalised keeps its text (a trailing space the
    // planner is about to follow with a word, the cursor where it is).
    const auto keep = [](const QString &typed, const QString &stored, TaskField f) {
        return normalizeText(typed, fieldSpec(f).text) == stored;
    };
    // A text longer than its field shows its beginning, not the end QLineEdit scrolls to.
    if (!keep(m_title->text(), m_task.title, TaskField::Title)) {
        m_title->setText(m_task.title);
        m_title->setCursorPosition(0);
    }
    m_group->clear();
    for (const TaskGroup &g : m_document.groups())
        m_group->addItem(QStringLiteral("%1. %2").arg(m_document.groupIndex(g.id) + 1).arg(g.title), g.id);
    m_group->setCurrentIndex(m_group->findData(m_task.groupId));
    if (!keep(m_legalRef->text(), m_task.legalRef, TaskField::LegalRef)) {
        m_legalRef->setText(m_task.legalRef);
        m_legalRef->setCursorPosition(0);
    }
    m_title->setToolTip(m_task.title);
    m_legalRef->setToolTip(m_task.legalRef);
    m_lead->setCurrentId(m_task.leadAgencyId);
    m_person->setCurrentId(m_task.personId);
    m_cooperating->clear();
    for (const Agency &a : m_document.agencies()) {
        const bool on = m_task.cooperatingAgencyIds.contains(a.id);
        if (a.retired && !on)
            continue;
        auto *item = new QListWidgetItem(a.displayName(), m_cooperating);
        item->setData(Qt::UserRole, a.id);
        item->setToolTip(a.name);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    const QDate asOf = m_document.asOf();
    m_start->setDate(m_task.startDate, asOf);
    m_deadline->setDate(m_task.deadline, m_task.startDate.isValid() ? m_task.startDate : asOf);
    m_completion->setDate(m_task.completionDate, asOf);
    m_status->setCurrentIndex(m_status->findData(int(m_task.status)));
    m_percent->setValue(m_task.percentComplete);
    if (!keep(m_output->toPlainText(), m_task.output, TaskField::Output))
        m_output->setPlainText(m_task.output);
    if (!keep(m_notes->toPlainText(), m_task.notes, TaskField::Notes))
        m_notes->setPlainText(m_task.notes);
    m_state->setText(has ? TaskPresentation::stateText(m_task, asOf) : QString());
    m_loading = false;
    fillHistory();
}

QVariant TaskDetailsPanel::editorValue(TaskField field) const
{
    switch (field) {
    case TaskField::Title:
        return m_title->text();
    case TaskField::LegalRef:
        return m_legalRef->text();
    case TaskField::Group:
        return m_group->currentData();
    case TaskField::LeadAgency:
        return m_lead->resolve();
    case TaskField::Person:
        return m_person->resolve();
    case TaskField::CooperatingAgencies: {
        QList<Id> ids;
        for (int i = 0; i < m_cooperating->count(); ++i)
            if (m_cooperating->item(i)->checkState() == Qt::Checked)
                ids << m_cooperating->item(i)->data(Qt::UserRole).toLongLong();
        return QVariant::fromValue(ids);
    }
    case TaskField::StartDate:
        return m_start->date();
    case TaskField::Deadline:
        return m_deadline->date();
    case TaskField::CompletionDate:
        return m_completion->date();
    case TaskField::Status:
        return m_status->currentData();
    case TaskField::PercentComplete:
        return m_percent->value();
    case TaskField::Output:
        return m_output->toPlainText();
    case TaskField::Notes:
        return m_notes->toPlainText();
    default:
        return {};
    }
}

void TaskDetailsPanel::schedule(TaskField field)
{
    if (m_loading || m_task.id == 0)
        return;
    m_typing |= field;
    m_pause->start();
}

void TaskDetailsPanel::flushTyping()
{
    m_pause->stop();
    if (m_typing.isEmpty() || m_flushing)
        return;
    m_flushing = true;
    const TaskFields fields = std::exchange(m_typing, TaskFields());
    for (TaskField f : fields.toList())
        commit(f);
    m_flushing = false;
}

void TaskDetailsPanel::commit(TaskField field)
{
    if (m_loading || m_task.id == 0)
        return;
    m_typing = TaskFields::fromBits(m_typing.bits() & ~TaskFields(field).bits());
    const QVariant value = editorValue(field);
    if (field == TaskField::PercentComplete) {
        const int percent = value.toInt();
        const bool outOfRange = percent < 0 || percent > 100;
        m_percentRule->setVisible(outOfRange);
        if (outOfRange) {
            // Refused, never clamped: the rule is shown at the field, the stored figure stays.
            m_percentRule->setText(
                tr("Percent done is a whole number from 0 to 100; %1% was not saved.").arg(percent));
            if (!m_percent->hasFocus()) {
                m_loading = true;
                m_percent->setValue(m_task.percentComplete);
                m_loading = false;
            }
            return;
        }
    }
    if (field == TaskField::Group) {
        if (value.toLongLong() != m_task.groupId)
            m_document.moveTasks({m_task.id}, value.toLongLong()); // sub-tasks go along
        return;
    }
    // The one path of every task edit (the table's too): unchanged values make no undo step.
    if (!m_document.setTaskField({m_task.id}, field, value))
        load(); // refused: show the stored values again (the reason is in the message banner)
}

void TaskDetailsPanel::fillHistory()
{
    m_history->clear();
    if (m_task.id == 0)
        return;
    const QLocale locale;
    for (const ChangeLogEntry &e :
         m_document.store().changeLog(QLatin1String(FieldTable<TaskField>::entityKey()), m_task.id)) {
        QString field, oldText, newText;
        // A delete line with a field keeps the whole row for reports of earlier dates; its plain delete
        // line beside it is the one shown.
        if (e.action == QLatin1String("delete") && !e.field.isEmpty())
            continue;
        if (e.action == QLatin1String("insert")) {
            field = tr("Created");
            newText = e.newValue;
        } else if (e.action == QLatin1String("delete")) {
            field = tr("Deleted");
            oldText = e.oldValue;
        } else {
            if (const auto f = fieldFromKey<TaskField>(e.field)) {
                field = fieldLabel(*f);
                oldText = TaskPresentation::fieldText(m_document, *f, e.oldValue);
                newText = TaskPresentation::fieldText(m_document, *f, e.newValue);
            } else { // written by a later version: shown as stored
                field = e.field;
                oldText = e.oldValue;
                newText = e.newValue;
            }
        }
        auto *item = new QTreeWidgetItem(m_history);
        const QString when = locale.toString(e.at.toLocalTime(), QLocale::ShortFormat);
        QString change;
        if (!oldText.isEmpty() && !newText.isEmpty())
            change = tr("%1: %2 → %3").arg(field, oldText, newText);
        else
            change = tr("%1: %2").arg(field, oldText.isEmpty() ? newText : oldText);
        item->setText(0, QStringLiteral("%1 · %2\n%3").arg(when, e.who, change));
        item->setData(0, WhenRole, e.at);
        item->setData(0, WhoRole, e.who);
        item->setData(0, FieldRole, field);
        item->setData(0, OldRole, oldText);
        item->setData(0, NewRole, newText);
    }
}

} // namespace dx
