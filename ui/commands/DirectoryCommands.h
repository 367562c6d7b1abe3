// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: undo commands for the directory of agencies and persons.
#include "StoreCommand.h"
#include "domain/Agency.h"
#include "domain/Person.h"
#include "domain/Task.h"
#include "domain/TaskGroup.h"

#include <QHash>

namespace dx {

class AddAgencyCommand : public StoreCommand
{
public:
    AddAgencyCommand(PlanDocument &document, const Agency &agency);
    Id agencyId() const { return m_agency.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Agency m_agency;
};

/// Renames, retires or edits an agency. Tasks refer to agencies by id, so a rename shows in every task.
class EditAgencyCommand : public StoreCommand
{
public:
    EditAgencyCommand(PlanDocument &document, const Agency &before, const Agency &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Agency m_before, m_after;
};

/// Merges a duplicate agency into the one kept; undo restores the duplicate and every reference.
class MergeAgenciesCommand : public StoreCommand
{
public:
    MergeAgenciesCommand(PlanDocument &document, const Agency &kept, const Agency &duplicate);

protected:
    Status apply() override;
    Status revert() override;

private:
    Agency m_kept, m_duplicate;
    QList<Task> m_tasksBefore;
    QList<TaskGroup> m_groupsBefore;
    QList<Person> m_personsBefore;
    QList<Task> m_tasksAfter; ///< the rows as the merge left them, which undo expects to find
    QHash<Id, TaskGroup> m_groupsAfter;
    QHash<Id, Person> m_personsAfter;
};

class AddPersonCommand : public StoreCommand
{
public:
    AddPersonCommand(PlanDocument &document, const Person &person);
    Id personId() const { return m_person.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Person m_person;
};

class EditPersonCommand : public StoreCommand
{
public:
    EditPersonCommand(PlanDocument &document, const Person &before, const Person &after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Person m_before, m_after;
};

} // namespace dx
