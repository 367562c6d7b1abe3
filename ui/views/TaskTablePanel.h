// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the task table with its search box and filters (group, lead agency, status, overdue, due
// within N days); editing in place through delegates; drag tasks to a group in the navigation tree.
#include "domain/Ids.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace dx {

class PlanDocument;
class TaskFilterProxy;
class TaskTableModel;

class TaskTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TaskTablePanel(PlanDocument &document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    TaskTableModel *model() const { return m_model; }
    TaskFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *searchBox() const { return m_search; }

    /// Ids of the selected tasks, in table order.
    QList<Id> selectedTaskIds() const;
    Id currentTaskId() const;
    /// Selects and shows task @p id (clearing filters that hide it).
    void selectTask(Id id);
    /// Shows only group @p id (0: all groups).
    void showGroup(Id id);
    void focusSearch();

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    void currentTaskChanged(dx::Id id);
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Gives the title column what the deadline, status and percent columns leave of the view's width.
    void fitTitleColumn();
    void retranslate();
    void refillFilters();
    void applyDueFilter();

    PlanDocument &m_document;
    TaskTableModel *m_model;
    TaskFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_group;
    QComboBox *m_agency;
    QComboBox *m_state;
    QCheckBox *m_overdue;
    QCheckBox *m_due;
    QSpinBox *m_dueDays;
};

} // namespace dx
