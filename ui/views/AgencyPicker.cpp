// SPDX-License-Identifier: GPL-3.0-or-later
#include "AgencyPicker.h"

#include "document/PlanDocument.h"
#include "domain/TextSearch.h"

#include <QCompleter>
#include <QLineEdit>
#include <QMessageBox>

namespace dx {

AgencyPicker::AgencyPicker(PlanDocument &document, Kind kind, QWidget *parent)
    : QComboBox(parent), m_document(document), m_kind(kind)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // long names must not widen panes
    setMinimumContentsLength(16);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    refill();
    connect(this, &QComboBox::activated, this, &AgencyPicker::showStart);
    connect(&m_document, &PlanDocument::directoryChanged, this, [this] {
        const Id id = currentId();
        refill();
        setCurrentId(id);
    });
}

void AgencyPicker::refill()
{
    const QSignalBlocker block(this);
    clear();
    addItem(QString(), Id(0));
    if (m_kind == Kind::Agency) {
        for (const Agency &a : m_document.agencies())
            if (!a.retired)
                addItem(a.shortName.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.shortName, a.name),
                        a.id);
    } else {
        for (const Person &p : m_document.persons())
            if (!p.retired)
                addItem(p.name, p.id);
    }
}

Id AgencyPicker::currentId() const
{
    const int i = findText(currentText(), Qt::MatchFixedString);
    return i >= 0 ? itemData(i).toLongLong() : 0;
}

void AgencyPicker::setCurrentId(Id id)
{
    int i = findData(id);
    if (i < 0 && id != 0) { // a retired agency still shown on old tasks
        addItem(m_kind == Kind::Agency ? m_document.agencyName(id) : m_document.personName(id), id);
        i = count() - 1;
    }
    setCurrentIndex(std::max(0, i));
    showStart();
}

void AgencyPicker::showStart()
{
    // A long name in a narrow field: show its beginning ("Sở TT&TT (Sở Thông tin ..."), where the short
    // name is, not the end QLineEdit scrolls to; the tooltip holds the whole name.
    lineEdit()->setCursorPosition(0);
    setToolTip(currentText());
}

Id AgencyPicker::resolve(bool ask)
{
    const QString typed = currentText().trimmed().normalized(QString::NormalizationForm_C);
    if (typed.isEmpty())
        return 0;
    if (const Id id = currentId())
        return id;
    // Accept a short or full name typed with or without diacritics when exactly one entry matches.
    const QString folded = foldForSearch(typed);
    Id match = 0;
    int matches = 0;
    if (m_kind == Kind::Agency) {
        for (const Agency &a : m_document.agencies())
            if (foldForSearch(a.name) == folded || foldForSearch(a.shortName) == folded) {
                match = a.id;
                ++matches;
            }
    } else {
        for (const Person &p : m_document.persons())
            if (foldForSearch(p.name) == folded) {
                match = p.id;
                ++matches;
            }
    }
    if (matches == 1)
        return match;
    if (!ask)
        return 0;
    const QString question = m_kind == Kind::Agency
                                 ? tr("\"%1\" is not in the list of agencies. Add it?").arg(typed)
                                 : tr("\"%1\" is not in the list of people. Add this person?").arg(typed);
    if (QMessageBox::question(this, tr("Add to the directory"), question) != QMessageBox::Yes)
        return 0;
    Id id = 0;
    if (m_kind == Kind::Agency) {
        Agency a;
        a.name = typed;
        m_document.addAgency(a, &id);
    } else {
        Person p;
        p.name = typed;
        m_document.addPerson(p, &id);
    }
    setCurrentId(id);
    return id;
}

} // namespace dx
