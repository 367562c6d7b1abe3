// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorDialog.h"

#include "document/PlanDocument.h"
#include "domain/Validation.h"
#include "indicators/ValuesGridModel.h"
#include "models/IndicatorTableModel.h"
#include "report/ChartData.h"
#include "store/PlanStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dx {

namespace {

enum TargetColumn
{
    YearCol,
    ComparisonCol,
    ValueCol,
    LocalityCol,
    NoteCol
};

void fillChecklist(QListWidget *list, const QList<QPair<Id, QString>> &items, const QList<Id> &checked)
{
    for (const auto &[id, text] : items) {
        auto *item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
}

QList<Id> checkedIds(const QListWidget *list)
{
    QList<Id> ids;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).value<Id>();
    return ids;
}

} // namespace

IndicatorDialog::IndicatorDialog(PlanDocument &document, const Indicator &indicator,
                                 const QList<Id> &linkedTasks, QWidget *parent)
    : QDialog(parent), m_document(document), m_original(indicator), m_result(indicator),
      m_initialTasks(linkedTasks)
{
    setObjectName(QStringLiteral("indicatorDialog"));
    setWindowTitle(indicator.id == 0 ? tr("New indicator") : tr("Edit indicator %1").arg(indicator.code));
    auto *tabs = new QTabWidget;
    tabs->addTab(generalPage(), tr("General"));
    tabs->addTab(targetsPage(), tr("Baseline and targets"));
    tabs->addTab(scopePage(), tr("Scope"));
    tabs->addTab(linksPage(), tr("Linked groups and tasks"));
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("indicatorDialogError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IndicatorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(760, 560);
    updateKindFields();
}

QWidget *IndicatorDialog::generalPage()
{
    const Indicator &i = m_original;
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_code = new QLineEdit(i.code);
    m_code->setObjectName(QStringLiteral("indicatorCode"));
    m_name = new QLineEdit(i.name);
    m_name->setObjectName(QStringLiteral("indicatorName"));
    m_nameEn = new QLineEdit(i.nameEn);
    m_unit = new QLineEdit(i.unit);
    m_unitEn = new QLineEdit(i.unitEn);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("indicatorKind"));
    for (IndicatorKind k : {IndicatorKind::Share, IndicatorKind::Count, IndicatorKind::YearlyRate,
                            IndicatorKind::Rank, IndicatorKind::Stage})
        m_kind->addItem(IndicatorTableModel::kindName(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(i.kind)));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &IndicatorDialog::updateKindFields);
    m_direction = new QComboBox;
    m_direction->addItem(tr("Higher is better"), int(Direction::Increase));
    m_direction->addItem(tr("Lower is better"), int(Direction::Decrease));
    m_direction->setCurrentIndex(m_direction->findData(int(i.direction)));
    m_rankOutOf = new QSpinBox;
    m_rankOutOf->setRange(0, 10000);
    m_rankOutOf->setSpecialValueText(tr("Unknown"));
    m_rankOutOf->setValue(i.rankOutOf);
    m_stageNames = new QPlainTextEdit(i.stageNames.join(QLatin1Char('\n')));
    m_stageNames->setPlaceholderText(tr("One stage per line, from stage 1 up"));
    m_stageNames->setMaximumHeight(90);
    m_owner = new QComboBox;
    m_owner->addItem(tr("(none)"), Id(0));
    for (const Agency &a : m_document.agencies())
        if (!a.retired || a.id == i.ownerAgencyId)
            m_owner->addItem(a.name, a.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(i.ownerAgencyId)));
    m_source = new QLineEdit(i.dataSource);
    m_notes = new QPlainTextEdit(i.notes);
    m_notes->setMaximumHeight(70);
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Name in English"), m_nameEn);
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("Unit in English"), m_unitEn);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Direction"), m_direction);
    form->addRow(tr("Ranked out of"), m_rankOutOf);
    form->addRow(tr("Stages"), m_stageNames);
    form->addRow(tr("&Owner agency"), m_owner);
    form->addRow(tr("Data &source"), m_source);
    form->addRow(tr("Notes"), m_notes);
    return page;
}

QWidget *IndicatorDialog::targetsPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    m_baselinePeriod = new QLineEdit(m_original.baselinePeriod);
    m_baselinePeriod->setPlaceholderText(tr("e.g. 2020, 2020-H1 or 2020-Q4"));
    m_baselineValue =
        new QLineEdit(m_original.baselineValue ? ChartText::number(*m_original.baselineValue, 6) : QString());
    m_baselineValue->setPlaceholderText(tr("empty: no baseline"));
    form->addRow(tr("Baseline &period"), m_baselinePeriod);
    form->addRow(tr("Baseline &value"), m_baselineValue);
    layout->addLayout(form);
    m_targets = new QTableWidget(0, 5);
    m_targets->setObjectName(QStringLiteral("targetTable"));
    m_targets->setHorizontalHeaderLabels(
        {tr("Year"), tr("Comparison"), tr("Value"), tr("Applies to"), tr("Note")});
    m_targets->horizontalHeader()->setSectionResizeMode(NoteCol, QHeaderView::Stretch);
    m_targets->verticalHeader()->hide();
    for (const Target &t : m_original.targets)
        addTargetRow(t);
    auto *add = new QPushButton(tr("&Add target"));
    auto *remove = new QPushButton(tr("&Remove target"));
    connect(add, &QPushButton::clicked, this, [this] {
        Target t;
        t.year = m_targets->rowCount() > 0
                     ? qobject_cast<QSpinBox *>(m_targets->cellWidget(m_targets->rowCount() - 1, YearCol))
                               ->value() +
                           5
                     : 2025;
        addTargetRow(t);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_targets->currentRow() >= 0)
            m_targets->removeRow(m_targets->currentRow());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(new QLabel(tr("Targets (for a stage indicator, the value is the stage number):")));
    layout->addWidget(m_targets);
    layout->addLayout(buttons);
    return page;
}

void IndicatorDialog::addTargetRow(const Target &t)
{
    const int row = m_targets->rowCount();
    m_targets->insertRow(row);
    auto *year = new QSpinBox;
    year->setRange(1900, 2200);
    year->setGroupSeparatorShown(false);
    year->setValue(t.year > 0 ? t.year : 2025);
    m_targets->setCellWidget(row, YearCol, year);
    auto *comparison = new QComboBox;
    for (Comparison c : {Comparison::AtLeast, Comparison::Above, Comparison::AtMost, Comparison::Equal})
        comparison->addItem(ChartText::comparison(c), int(c));
    comparison->setCurrentIndex(comparison->findData(int(t.comparison)));
    m_targets->setCellWidget(row, ComparisonCol, comparison);
    m_targets->setItem(row, ValueCol, new QTableWidgetItem(ChartText::number(t.value, 6)));
    auto *where = new QComboBox;
    where->addItem(tr("Plan area / each locality"), Id(0));
    for (const Locality &l : m_document.localities())
        where->addItem(l.name, l.id);
    where->setCurrentIndex(std::max(0, where->findData(t.localityId)));
    m_targets->setCellWidget(row, LocalityCol, where);
    m_targets->setItem(row, NoteCol, new QTableWidgetItem(t.note));
}

QWidget *IndicatorDialog::scopePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_planScope = new QRadioButton(tr("The plan area as a whole (one value per period)"));
    m_localityScope = new QRadioButton(tr("Each of the chosen localities (a value per locality)"));
    (m_original.scope == Scope::Localities ? m_localityScope : m_planScope)->setChecked(true);
    m_localities = new QListWidget;
    m_localities->setObjectName(QStringLiteral("scopeLocalities"));
    QList<QPair<Id, QString>> items;
    for (const Locality &l : m_document.localities())
        items << qMakePair(l.id, l.name);
    fillChecklist(m_localities, items, m_original.localityIds);
    m_localities->setEnabled(m_localityScope->isChecked());
    connect(m_localityScope, &QRadioButton::toggled, m_localities, &QWidget::setEnabled);
    layout->addWidget(m_planScope);
    layout->addWidget(m_localityScope);
    layout->addWidget(m_localities);
    return page;
}

QWidget *IndicatorDialog::linksPage()
{
    auto *page = new QWidget;
    auto *layout = new QHBoxLayout(page);
    m_groups = new QListWidget;
    QList<QPair<Id, QString>> groups;
    for (int g = 0; g < m_document.groups().size(); ++g)
        groups << qMakePair(m_document.groups().at(g).id,
                            QStringLiteral("%1. %2").arg(g + 1).arg(m_document.groups().at(g).title));
    fillChecklist(m_groups, groups, m_original.groupIds);
    m_tasks = new QListWidget;
    m_tasks->setObjectName(QStringLiteral("linkedTasks"));
    QList<QPair<Id, QString>> tasks;
    for (const Task &t : m_document.tasks())
        tasks << qMakePair(t.id,
                           QStringLiteral("%1. %2").arg(m_document.groupIndex(t.groupId) + 1).arg(t.title));
    fillChecklist(m_tasks, tasks, m_initialTasks);
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Task groups")));
    left->addWidget(m_groups);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Tasks")));
    right->addWidget(m_tasks);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);
    return page;
}

void IndicatorDialog::updateKindFields()
{
    const auto kind = IndicatorKind(m_kind->currentData().toInt());
    m_rankOutOf->setEnabled(kind == IndicatorKind::Rank);
    m_stageNames->setEnabled(kind == IndicatorKind::Stage);
    if (kind == IndicatorKind::Rank)
        m_direction->setCurrentIndex(m_direction->findData(int(Direction::Decrease)));
}

QList<Id> IndicatorDialog::linkedTasks() const
{
    return checkedIds(m_tasks);
}

QString IndicatorDialog::collect(Indicator *out) const
{
    Indicator i = m_original;
    i.code = m_code->text().trimmed().normalized(QString::NormalizationForm_C);
    i.name = m_name->text().trimmed().normalized(QString::NormalizationForm_C);
    i.nameEn = m_nameEn->text().trimmed();
    i.unit = m_unit->text().trimmed().normalized(QString::NormalizationForm_C);
    i.unitEn = m_unitEn->text().trimmed();
    i.kind = IndicatorKind(m_kind->currentData().toInt());
    i.direction = Direction(m_direction->currentData().toInt());
    i.rankOutOf = i.kind == IndicatorKind::Rank ? m_rankOutOf->value() : 0;
    i.stageNames.clear();
    if (i.kind == IndicatorKind::Stage)
        for (const QString &line : m_stageNames->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                i.stageNames << line.trimmed().normalized(QString::NormalizationForm_C);
    i.ownerAgencyId = m_owner->currentData().value<Id>();
    i.dataSource = m_source->text().trimmed().normalized(QString::NormalizationForm_C);
    i.notes = m_notes->toPlainText().trimmed().normalized(QString::NormalizationForm_C);
    i.baselinePeriod = m_baselinePeriod->text().trimmed().toUpper();
    i.baselineValue.reset();
    if (!m_baselineValue->text().trimmed().isEmpty()) {
        double v = 0;
        bool estimate = false;
        if (!ValuesGridModel::parseValue(m_baselineValue->text(), &v, &estimate))
            return tr("The baseline value \"%1\" is not a number.").arg(m_baselineValue->text());
        i.baselineValue = v;
    }
    i.targets.clear();
    for (int r = 0; r < m_targets->rowCount(); ++r) {
        Target t;
        t.indicatorId = i.id;
        t.year = qobject_cast<QSpinBox *>(m_targets->cellWidget(r, YearCol))->value();
        t.comparison = Comparison(
            qobject_cast<QComboBox *>(m_targets->cellWidget(r, ComparisonCol))->currentData().toInt());
        t.localityId =
            qobject_cast<QComboBox *>(m_targets->cellWidget(r, LocalityCol))->currentData().value<Id>();
        const QString text = m_targets->item(r, ValueCol) ? m_targets->item(r, ValueCol)->text() : QString();
        bool estimate = false;
        if (!ValuesGridModel::parseValue(text, &t.value, &estimate))
            return tr("The target for %1 is not a number: \"%2\".").arg(t.year).arg(text);
        t.note = m_targets->item(r, NoteCol) ? m_targets->item(r, NoteCol)->text().trimmed() : QString();
        for (const Target &other : std::as_const(i.targets))
            if (other.year == t.year && other.localityId == t.localityId)
                return tr("There are two targets for %1; keep one.").arg(t.year);
        i.targets << t;
    }
    std::sort(i.targets.begin(), i.targets.end(),
              [](const Target &a, const Target &b) { return a.year < b.year; });
    i.scope = m_localityScope->isChecked() ? Scope::Localities : Scope::Plan;
    i.localityIds = i.scope == Scope::Localities ? checkedIds(m_localities) : QList<Id>{};
    if (i.scope == Scope::Localities && i.localityIds.isEmpty())
        return tr("Choose the localities the indicator is measured in, or measure it for the plan area.");
    i.groupIds = checkedIds(m_groups);
    if (const QString why = Validation::indicator(i); !why.isEmpty())
        return why;
    *out = i;
    return {};
}

void IndicatorDialog::accept()
{
    Indicator i;
    const QString why = collect(&i);
    if (!why.isEmpty()) {
        m_error->setText(why);
        m_error->show();
        return;
    }
    m_result = i;
    QDialog::accept();
}

} // namespace dx
