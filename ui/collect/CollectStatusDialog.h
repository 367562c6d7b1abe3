// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the collection status of a period: which units returned their workbook and when, which did
// not (the follow-up list, printable).
#include "io/CollectStatus.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTableView;

namespace dx {

class PlanStore;

class CollectStatusDialog : public QDialog
{
    Q_OBJECT
public:
    CollectStatusDialog(const PlanStore &store, const QString &period, QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }
    /// The follow-up list as printed.
    QString followUpText() const;

private:
    void refresh();
    void print();
    const PlanStore &m_store;
    QLineEdit *m_period;
    QComboBox *m_by;
    QLabel *m_summary;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QList<CollectStatusRow> m_rows;
};

} // namespace dx
