// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: picks an agency (or a person) by typing: completes on full and short names anywhere in the
// text; a name that is not in the directory is offered for adding.
#include "domain/Ids.h"

#include <QComboBox>

namespace dx {

class PlanDocument;

class AgencyPicker : public QComboBox
{
    Q_OBJECT
public:
    enum class Kind
    {
        Agency,
        Person
    };
    AgencyPicker(PlanDocument &document, Kind kind, QWidget *parent = nullptr);

    Id currentId() const;
    void setCurrentId(Id id);
    /// The chosen id; when the typed text names no entry, asks whether to add it to the directory
    /// (unless @p ask is false) and returns the new id, or 0 when declined or empty.
    Id resolve(bool ask = true);

private:
    void refill();
    void showStart();
    PlanDocument &m_document;
    Kind m_kind;
};

} // namespace dx
