// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the directory of agencies and people: add, rename, merge duplicates, retire. Every change is
// an undo step; tasks refer to agencies by id, so a rename shows in every task at once.
#include "domain/Ids.h"

#include <QDialog>

class QTableWidget;
class QTableWidgetItem;

namespace dx {

class PlanDocument;

class DirectoryDialog : public QDialog
{
    Q_OBJECT
public:
    DirectoryDialog(PlanDocument &document, QWidget *parent = nullptr);
    QTableWidget *agencyTable() const { return m_agencies; }
    QTableWidget *personTable() const { return m_persons; }

    /// Merges the agency in @p duplicateRow into the one in @p keptRow.
    bool mergeRows(int keptRow, int duplicateRow);

private:
    void fill();
    void onAgencyEdited(QTableWidgetItem *item);
    void onPersonEdited(QTableWidgetItem *item);
    void addAgency();
    void addPerson();
    void mergeSelected();
    void toggleRetired();

    PlanDocument &m_document;
    QTableWidget *m_agencies;
    QTableWidget *m_persons;
    bool m_filling = false;
};

} // namespace dx
