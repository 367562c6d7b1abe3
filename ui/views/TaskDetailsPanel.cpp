// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskDetailsPanel.h"

#include "AgencyPicker.h"
#include "OptionalDateEdit.h"
#include "document/PlanDocument.h"
#include "models/TaskPresentation.h"
#include "store/PlanStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
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
    setObjectName(QStringLiteral("taskDetails"));
    // Wide enough for the form's labels and a readable field beside them; the scroll area does the rest.
    setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(20);
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral("%"));
    for (TaskStatus s : {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done})
        m_status->addItem(TaskPresentation::statusName(s), int(s));
    m_cooperating->setMaximumHeight(110);
    m_output->setMaximumHeight(60);
    m_notes->setMaximumHeight(60);
    m_state->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Old"), tr("New")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Legal reference:"), m_legalRef);
    form->addRow(tr("Lead &agency:"), m_lead);
    form->addRow(tr("&Cooperating:"), m_cooperating);
    form->addRow(tr("&Responsible:"), m_person);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("Stat&us:"), m_status);
    form->addRow(tr("&Percent done:"), m_percent);
    form->addRow(tr("Co&mpleted on:"), m_completion);
    form->addRow(tr("&Output:"), m_output);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Now:"), m_state);

    auto *inner = new QWidget;
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->addWidget(m_heading);
    innerLayout->addLayout(form);
    innerLayout->addWidget(new QLabel(tr("History of this task:"), inner));
    innerLayout->addWidget(m_history, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("title")); });
    connect(m_legalRef, &QLineEdit::editingFinished, this, [this] { commit(QStringLiteral("legalRef")); });
    connect(m_group, &QComboBox::activated, this, [this] { commit(QStringLiteral("group")); });
    connect(m_lead->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(QStringLiteral("leadAgency")); });
    connect(m_lead, &QComboBox::activated, this, [this] { commit(QStringLiteral("leadAgency")); });
    connect(m_person->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { commit(QStringLiteral("person")); });
    connect(m_person, &QComboBox::activated, this, [this] { commit(QStringLiteral("person")); });
    connect(m_cooperating, &QListWidget::itemChanged, this,
            [this] { commit(QStringLiteral("cooperating")); });
    connect(m_start, &OptionalDateEdit::edited, this, [this] { commit(QStringLiteral("startDate")); });
    connect(m_deadline, &OptionalDateEdit::edited, this, [this] { commit(QStringLiteral("deadline")); });
    connect(m_completion, &OptionalDateEdit::edited, this,
            [this] { commit(QStringLiteral("completionDate")); });
    connect(m_status, &QComboBox::activated, this, [this] { commit(QStringLiteral("status")); });
    connect(m_percent, &QSpinBox::valueChanged, this, [this] { commit(QStringLiteral("percent")); });
    static_cast<NoteEdit *>(m_output)->onLeave = [this] { commit(QStringLiteral("output")); };
    static_cast<NoteEdit *>(m_notes)->onLeave = [this] { commit(QStringLiteral("notes")); };

    PlanStore *store = &m_document.store();
    connect(store, &PlanStore::taskChanged, this, [this](Id id) {
        if (id == m_task.id)
            load();
    });
    connect(store, &PlanStore::taskRemoved, this, [this](Id id) {
        if (id == m_task.id)
            showTask(0);
    });
    connect(&m_document, &PlanDocument::groupsChanged, this, &TaskDetailsPanel::load);
    connect(&m_document, &PlanDocument::directoryChanged, this, &TaskDetailsPanel::load);
    connect(&m_document, &PlanDocument::asOfChanged, this, &TaskDetailsPanel::load);
    showTask(0);
}

void TaskDetailsPanel::showTask(Id id)
{
    const auto t = id ? m_document.store().task(id) : std::nullopt;
    m_task = t.value_or(Task{});
    load();
}

void TaskDetailsPanel::load()
{
    if (m_task.id != 0) {
        const auto fresh = m_document.store().task(m_task.id);
        m_task = fresh.value_or(Task{});
    }
    const bool has = m_task.id != 0;
    for (QWidget *w : findChildren<QWidget *>())
        if (w != m_heading && w != m_history && !qobject_cast<QLabel *>(w))
            w->setEnabled(has);
    m_loading = true;
    m_heading->setText(has ? m_task.title : tr("Select a task to see and edit its details."));
    m_title->setText(m_task.title);
    m_group->clear();
    for (const TaskGroup &g : m_document.groups())
        m_group->addItem(QStringLiteral("%1. %2").arg(m_document.groupIndex(g.id) + 1).arg(g.title), g.id);
    m_group->setCurrentIndex(m_group->findData(m_task.groupId));
    m_legalRef->setText(m_task.legalRef);
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
    m_output->setPlainText(m_task.output);
    m_notes->setPlainText(m_task.notes);
    m_state->setText(has ? TaskPresentation::stateText(m_task, asOf) : QString());
    m_loading = false;
    fillHistory();
}

void TaskDetailsPanel::commit(const QString &field)
{
    if (m_loading || m_task.id == 0)
        return;
    Task t = m_task;
    if (field == QLatin1String("title"))
        t.title = m_title->text().trimmed().normalized(QString::NormalizationForm_C);
    else if (field == QLatin1String("legalRef"))
        t.legalRef = m_legalRef->text().trimmed().normalized(QString::NormalizationForm_C);
    else if (field == QLatin1String("group")) {
        const Id g = m_group->currentData().toLongLong();
        if (g != t.groupId) {
            m_document.moveTasks({t.id}, g);
            return;
        }
    } else if (field == QLatin1String("leadAgency"))
        t.leadAgencyId = m_lead->resolve();
    else if (field == QLatin1String("person"))
        t.personId = m_person->resolve();
    else if (field == QLatin1String("cooperating")) {
        t.cooperatingAgencyIds.clear();
        for (int i = 0; i < m_cooperating->count(); ++i)
            if (m_cooperating->item(i)->checkState() == Qt::Checked)
                t.cooperatingAgencyIds << m_cooperating->item(i)->data(Qt::UserRole).toLongLong();
    } else if (field == QLatin1String("startDate"))
        t.startDate = m_start->date();
    else if (field == QLatin1String("deadline"))
        t.deadline = m_deadline->date();
    else if (field == QLatin1String("completionDate"))
        t.completionDate = m_completion->date();
    else if (field == QLatin1String("status"))
        applyStatus(t, TaskStatus(m_status->currentData().toInt()), m_document.asOf());
    else if (field == QLatin1String("percent"))
        t.percentComplete = m_percent->value();
    else if (field == QLatin1String("output"))
        t.output = m_output->toPlainText().normalized(QString::NormalizationForm_C);
    else if (field == QLatin1String("notes"))
        t.notes = m_notes->toPlainText().normalized(QString::NormalizationForm_C);

    const auto same = [](const Task &a, const Task &b) {
        return a.title == b.title && a.legalRef == b.legalRef && a.leadAgencyId == b.leadAgencyId &&
               a.personId == b.personId && a.cooperatingAgencyIds == b.cooperatingAgencyIds &&
               a.startDate == b.startDate && a.deadline == b.deadline &&
               a.completionDate == b.completionDate && a.status == b.status &&
               a.percentComplete == b.percentComplete && a.output == b.output && a.notes == b.notes;
    };
    if (same(t, m_task))
        return;
    // Spin-box steps on the same field merge into one undo step.
    const QString mergeKey = field == QLatin1String("percent") ? field : QString();
    if (!m_document.editTask(t, mergeKey))
        load(); // refused: show the stored values again (the reason is in the message banner)
}

QString TaskDetailsPanel::fieldName(const QString &field) const
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("group"), QT_TR_NOOP("Group")},
        {QStringLiteral("parent"), QT_TR_NOOP("Parent task")},
        {QStringLiteral("legalRef"), QT_TR_NOOP("Legal reference")},
        {QStringLiteral("leadAgency"), QT_TR_NOOP("Lead agency")},
        {QStringLiteral("cooperatingAgencies"), QT_TR_NOOP("Cooperating agencies")},
        {QStringLiteral("person"), QT_TR_NOOP("Responsible")},
        {QStringLiteral("startDate"), QT_TR_NOOP("Start")},
        {QStringLiteral("deadline"), QT_TR_NOOP("Deadline")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("percentComplete"), QT_TR_NOOP("Percent done")},
        {QStringLiteral("completionDate"), QT_TR_NOOP("Completed on")},
        {QStringLiteral("output"), QT_TR_NOOP("Output")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("indicators"), QT_TR_NOOP("Indicators")},
    };
    const auto it = names.constFind(field);
    return it == names.cend() ? field : tr(*it);
}

QString TaskDetailsPanel::valueText(const QString &field, const QString &value) const
{
    if (value.isEmpty())
        return QStringLiteral("—");
    if (field == QLatin1String("leadAgency"))
        return m_document.agencyName(value.toLongLong());
    if (field == QLatin1String("person"))
        return m_document.personName(value.toLongLong());
    if (field == QLatin1String("group"))
        return m_document.groupTitle(value.toLongLong());
    if (field == QLatin1String("cooperatingAgencies")) {
        QStringList names;
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << m_document.agencyName(id.toLongLong());
        return names.join(QLatin1String("; "));
    }
    if (field == QLatin1String("status"))
        return TaskPresentation::statusName(taskStatusFromKey(value).value_or(TaskStatus::NotStarted));
    if (field.endsWith(QLatin1String("Date")) || field == QLatin1String("deadline"))
        return QLocale().toString(QDate::fromString(value, Qt::ISODate), QLocale::ShortFormat);
    return value;
}

void TaskDetailsPanel::fillHistory()
{
    m_history->clear();
    if (m_task.id == 0)
        return;
    const QLocale locale;
    for (const ChangeLogEntry &e : m_document.store().changeLog(QStringLiteral("task"), m_task.id)) {
        QString field, oldText, newText;
        if (e.action == QLatin1String("insert")) {
            field = tr("Created");
            newText = e.newValue;
        } else if (e.action == QLatin1String("delete")) {
            field = tr("Deleted");
            oldText = e.oldValue;
        } else {
            field = fieldName(e.field);
            oldText = valueText(e.field, e.oldValue);
            newText = valueText(e.field, e.newValue);
        }
        auto *item =
            new QTreeWidgetItem(m_history, {locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.who,
                                            field, oldText, newText});
        item->setToolTip(3, oldText);
        item->setToolTip(4, newText);
    }
}

} // namespace dx
