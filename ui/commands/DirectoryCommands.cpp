// SPDX-License-Identifier: GPL-3.0-or-later
#include "DirectoryCommands.h"

#include "document/PlanDocument.h"
#include "store/PlanStore.h"

namespace dx {

AddAgencyCommand::AddAgencyCommand(PlanDocument &document, const Agency &agency)
    : StoreCommand(document, [agency] { return QObject::tr("Add agency \"%1\"").arg(agency.name); }),
      m_agency(agency)
{
}

Status AddAgencyCommand::apply()
{
    const Result<Id> id = document().store().insertAgency(m_agency);
    if (!id)
        return id.error();
    m_agency.id = id.value();
    return success();
}

Status AddAgencyCommand::revert()
{
    return document().store().removeAgency(m_agency.id);
}

EditAgencyCommand::EditAgencyCommand(PlanDocument &document, const Agency &before, const Agency &after)
    : StoreCommand(document, [after] { return QObject::tr("Edit agency \"%1\"").arg(after.name); }),
      m_before(before), m_after(after)
{
}

Status EditAgencyCommand::apply()
{
    return document().store().updateAgency(m_after, m_before); // refused if changed since (§4.1)
}
Status EditAgencyCommand::revert()
{
    return document().store().updateAgency(m_before, m_after);
}

MergeAgenciesCommand::MergeAgenciesCommand(PlanDocument &document, const Agency &kept,
                                           const Agency &duplicate)
    : StoreCommand(document,
                   [duplicate, kept] {
                       return QObject::tr("Merge \"%1\" into \"%2\"").arg(duplicate.name, kept.name);
                   }),
      m_kept(kept), m_duplicate(duplicate)
{
}

Status MergeAgenciesCommand::apply()
{
    PlanStore &store = document().store();
    m_tasksBefore.clear();
    m_groupsBefore.clear();
    m_personsBefore.clear();
    for (const Person &p : store.persons())
        if (p.agencyId == m_duplicate.id)
            m_personsBefore << p;
    for (const Task &t : store.tasks())
        if (t.leadAgencyId == m_duplicate.id || t.cooperatingAgencyIds.contains(m_duplicate.id))
            m_tasksBefore << t;
    for (const TaskGroup &g : store.groups())
        if (g.leadAgencyId == m_duplicate.id)
            m_groupsBefore << g;
    const Status merged = store.mergeAgencies(m_kept.id, m_duplicate.id);
    if (!merged)
        return merged;
    // What the merge left in the rows it rewrote: undo expects to find it there (§4.1).
    m_tasksAfter.clear();
    m_groupsAfter.clear();
    m_personsAfter.clear();
    for (const Task &t : m_tasksBefore)
        if (const auto now = store.task(t.id))
            m_tasksAfter << *now;
    for (const TaskGroup &g : m_groupsBefore)
        if (const auto now = store.group(g.id))
            m_groupsAfter.insert(g.id, *now);
    for (const Person &p : store.persons())
        m_personsAfter.insert(p.id, p);
    return success();
}

Status MergeAgenciesCommand::revert()
{
    return document().store().bulkWrite([&](PlanStore &s) {
        Result<Id> id = s.insertAgency(m_duplicate);
        if (!id)
            return Status(id.error());
        if (!m_tasksBefore.isEmpty()) {
            const Status t = s.updateTasks(m_tasksBefore, TaskFields::all(), m_tasksAfter);
            if (!t)
                return t;
        }
        for (const TaskGroup &g : m_groupsBefore) {
            const Status st = s.updateGroup(g, m_groupsAfter.value(g.id, g));
            if (!st)
                return st;
        }
        for (const Person &p : m_personsBefore) {
            const Status st = s.updatePerson(p, m_personsAfter.value(p.id, p));
            if (!st)
                return st;
        }
        return success();
    });
}

AddPersonCommand::AddPersonCommand(PlanDocument &document, const Person &person)
    : StoreCommand(document, [person] { return QObject::tr("Add person \"%1\"").arg(person.name); }),
      m_person(person)
{
}

Status AddPersonCommand::apply()
{
    const Result<Id> id = document().store().insertPerson(m_person);
    if (!id)
        return id.error();
    m_person.id = id.value();
    return success();
}

Status AddPersonCommand::revert()
{
    return document().store().removePerson(m_person.id);
}

EditPersonCommand::EditPersonCommand(PlanDocument &document, const Person &before, const Person &after)
    : StoreCommand(document, [after] { return QObject::tr("Edit person \"%1\"").arg(after.name); }),
      m_before(before), m_after(after)
{
}

Status EditPersonCommand::apply()
{
    return document().store().updatePerson(m_after, m_before); // refused if changed since (§4.1)
}
Status EditPersonCommand::revert()
{
    return document().store().updatePerson(m_before, m_after);
}

} // namespace dx
