// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Purpose: the one vocabulary of fields. Every editable field of every entity is an enum value with one
// row in a table: its stable key (JSON, change log, undo merge id), its translated label, how its text is
// normalised, and its accessor. No other file spells a field key (tests/core/test_fields.cpp checks).
#include "Agency.h"
#include "Indicator.h"
#include "Locality.h"
#include "Measurement.h"
#include "Person.h"
#include "Plan.h"
#include "Task.h"
#include "TaskGroup.h"

#include <QList>
#include <QString>
#include <QVariant>
#include <optional>

namespace dx {

/// How a text field is normalised where every write passes (the store): see normalizeText().
enum class TextRule : quint8
{
    NotText, ///< not a text
    Line,    ///< one line: NFC, line breaks and tabs become spaces, runs of white space one space, trimmed
    Lines    ///< several lines: NFC, "\r\n" and "\r" become "\n", trailing spaces of each line and the
             ///< whole text trimmed
};

enum class TaskField : quint8
{
    Group,
    Parent,
    SortOrder,
    Title,
    LegalRef,
    LeadAgency,
    CooperatingAgencies,
    Person,
    StartDate,
    Deadline,
    Status,
    PercentComplete,
    CompletionDate,
    Output,
    Notes,
    Indicators
};
enum class GroupField : quint8
{
    SortOrder,
    Title,
    TitleEn,
    Description,
    LeadAgency
};
enum class IndicatorField : quint8
{
    SortOrder,
    Code,
    Name,
    NameEn,
    Unit,
    UnitEn,
    Kind,
    Direction,
    BaselinePeriod,
    BaselineValue,
    Scope,
    Localities,
    OwnerAgency,
    DataSource,
    StageNames,
    RankOutOf,
    Notes,
    Targets,
    Groups
};
enum class MeasurementField : quint8
{
    Indicator,
    Locality,
    Period,
    Value,
    Estimate,
    Source,
    Note,
    RecordedBy,
    RecordedAt
};
enum class TargetField : quint8
{
    Year,
    Comparison,
    Value,
    Locality,
    Note
};
enum class AgencyField : quint8
{
    Name,
    ShortName,
    NameEn,
    Locality,
    Retired,
    SortOrder
};
enum class PersonField : quint8
{
    Name,
    Agency,
    Position,
    Email,
    Phone,
    Retired
};
enum class LocalityField : quint8
{
    Code,
    Name,
    NameEn,
    Kind,
    Parent,
    SortOrder
};
enum class PlanField : quint8
{
    Code,
    Title,
    TitleEn,
    DocType,
    Issuer,
    IssueDate,
    Place,
    StartYear,
    EndYear,
    MilestoneYears,
    Summary,
    LegalRefs
};

/// A set of fields of one entity (a bit per enum value).
template <typename E> class FieldSet
{
public:
    constexpr FieldSet() = default;
    constexpr FieldSet(E f) : m_bits(bit(f)) {}
    constexpr FieldSet(std::initializer_list<E> fs)
    {
        for (E f : fs)
            m_bits |= bit(f);
    }
    static FieldSet fromBits(quint64 bits)
    {
        FieldSet s;
        s.m_bits = bits;
        return s;
    }
    /// Every field of the entity.
    static FieldSet all();

    constexpr bool contains(E f) const { return m_bits & bit(f); }
    constexpr bool isEmpty() const { return m_bits == 0; }
    constexpr quint64 bits() const { return m_bits; }
    int size() const { return qPopulationCount(m_bits); }
    FieldSet &operator|=(FieldSet o)
    {
        m_bits |= o.m_bits;
        return *this;
    }
    friend FieldSet operator|(FieldSet a, FieldSet b) { return a |= b; }
    friend FieldSet operator&(FieldSet a, FieldSet b) { return fromBits(a.m_bits & b.m_bits); }
    friend bool operator==(FieldSet a, FieldSet b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(FieldSet a, FieldSet b) { return a.m_bits != b.m_bits; }
    /// The fields in enum order.
    QList<E> toList() const
    {
        QList<E> out;
        for (int i = 0; i < 64; ++i)
            if (m_bits & (quint64(1) << i))
                out << E(i);
        return out;
    }

private:
    static constexpr quint64 bit(E f) { return quint64(1) << int(f); }
    quint64 m_bits = 0;
};

using TaskFields = FieldSet<TaskField>;
using GroupFields = FieldSet<GroupField>;
using IndicatorFields = FieldSet<IndicatorField>;
using MeasurementFields = FieldSet<MeasurementField>;
using TargetFields = FieldSet<TargetField>;
using AgencyFields = FieldSet<AgencyField>;
using PersonFields = FieldSet<PersonField>;
using LocalityFields = FieldSet<LocalityField>;
using PlanFields = FieldSet<PlanField>;

/// One row of a field table.
template <typename Entity, typename E> struct FieldSpec
{
    E field;
    const char *key;   ///< stable: plan files' change log and JSON; never rename one without a migration
    const char *label; ///< English source of the translated label (context "dx::Fields")
    TextRule text;
    QVariant (*get)(const Entity &);
    void (*set)(Entity &, const QVariant &);
    /// The text written to the change log; null: derived from get() (dates ISO, id lists "1,2").
    QString (*logText)(const Entity &) = nullptr;
};

/// Which entity a field enum belongs to, and its table (specialised in Fields.cpp).
template <typename E> struct FieldTable;
template <> struct FieldTable<TaskField>
{
    using Entity = Task;
    static const QList<FieldSpec<Task, TaskField>> &rows();
    static const char *entityKey() { return "task"; }
};
template <> struct FieldTable<GroupField>
{
    using Entity = TaskGroup;
    static const QList<FieldSpec<TaskGroup, GroupField>> &rows();
    static const char *entityKey() { return "group"; }
};
template <> struct FieldTable<IndicatorField>
{
    using Entity = Indicator;
    static const QList<FieldSpec<Indicator, IndicatorField>> &rows();
    static const char *entityKey() { return "indicator"; }
};
template <> struct FieldTable<MeasurementField>
{
    using Entity = Measurement;
    static const QList<FieldSpec<Measurement, MeasurementField>> &rows();
    static const char *entityKey() { return "measurement"; }
};
template <> struct FieldTable<TargetField>
{
    using Entity = Target;
    static const QList<FieldSpec<Target, TargetField>> &rows();
    static const char *entityKey() { return "target"; }
};
template <> struct FieldTable<AgencyField>
{
    using Entity = Agency;
    static const QList<FieldSpec<Agency, AgencyField>> &rows();
    static const char *entityKey() { return "agency"; }
};
template <> struct FieldTable<PersonField>
{
    using Entity = Person;
    static const QList<FieldSpec<Person, PersonField>> &rows();
    static const char *entityKey() { return "person"; }
};
template <> struct FieldTable<LocalityField>
{
    using Entity = Locality;
    static const QList<FieldSpec<Locality, LocalityField>> &rows();
    static const char *entityKey() { return "locality"; }
};
template <> struct FieldTable<PlanField>
{
    using Entity = Plan;
    static const QList<FieldSpec<Plan, PlanField>> &rows();
    static const char *entityKey() { return "plan"; }
};

template <typename E> const auto &fieldSpec(E f)
{
    return FieldTable<E>::rows().at(int(f));
}
template <typename E> FieldSet<E> FieldSet<E>::all()
{
    return fromBits((quint64(1) << FieldTable<E>::rows().size()) - 1);
}

/// The stable key of @p f ("deadline").
template <typename E> QString fieldKey(E f)
{
    return QLatin1String(fieldSpec(f).key);
}
/// The field whose key is @p key, or nullopt.
template <typename E> std::optional<E> fieldFromKey(const QString &key)
{
    for (const auto &row : FieldTable<E>::rows())
        if (key == QLatin1String(row.key))
            return row.field;
    return std::nullopt;
}
/// The label in the current language ("Hạn hoàn thành").
QString fieldLabelText(const char *label);
template <typename E> QString fieldLabel(E f)
{
    return fieldLabelText(fieldSpec(f).label);
}
template <typename E> QVariant fieldValue(const typename FieldTable<E>::Entity &e, E f)
{
    return fieldSpec(f).get(e);
}
template <typename E> void setFieldValue(typename FieldTable<E>::Entity &e, E f, const QVariant &v)
{
    fieldSpec(f).set(e, v);
}
/// The change log's text of a value: ISO dates, "1,2" for id lists, keys for enums, "" for none.
QString variantLogText(const QVariant &v);
template <typename E> QString fieldLogText(const typename FieldTable<E>::Entity &e, E f)
{
    const auto &row = fieldSpec(f);
    return row.logText ? row.logText(e) : variantLogText(row.get(e));
}
/// The field enum of an entity type (Task -> TaskField), so callers need not name it.
template <typename Entity> struct FieldEnumOf;
template <> struct FieldEnumOf<Task>
{
    using type = TaskField;
};
template <> struct FieldEnumOf<TaskGroup>
{
    using type = GroupField;
};
template <> struct FieldEnumOf<Indicator>
{
    using type = IndicatorField;
};
template <> struct FieldEnumOf<Measurement>
{
    using type = MeasurementField;
};
template <> struct FieldEnumOf<Target>
{
    using type = TargetField;
};
template <> struct FieldEnumOf<Agency>
{
    using type = AgencyField;
};
template <> struct FieldEnumOf<Person>
{
    using type = PersonField;
};
template <> struct FieldEnumOf<Locality>
{
    using type = LocalityField;
};
template <> struct FieldEnumOf<Plan>
{
    using type = PlanField;
};
template <typename Entity> using FieldsOf = FieldSet<typename FieldEnumOf<Entity>::type>;

/// The fields of @p fields whose values differ between @p a and @p b.
template <typename Entity>
FieldsOf<Entity> differingFields(const Entity &a, const Entity &b,
                                 FieldsOf<Entity> fields = FieldsOf<Entity>::all())
{
    FieldsOf<Entity> out;
    for (auto f : fields.toList())
        if (fieldLogText(a, f) != fieldLogText(b, f))
            out |= f;
    return out;
}
/// Every field of @p task as one compact JSON object of keys and log texts ({"title": "...",
/// "deadline": "2024-12-31", ...}): what the change log keeps of a deleted task, so it can be rebuilt.
QString rowLogText(const Task &task);
/// Copies the values of @p fields from @p from onto @p to.
template <typename Entity> void copyFields(const Entity &from, Entity &to, FieldsOf<Entity> fields)
{
    for (auto f : fields.toList()) {
        const auto &row = fieldSpec(f);
        row.set(to, row.get(from));
    }
}

/// Normalises one text by @p rule (see TextRule).
QString normalizeText(const QString &text, TextRule rule);
/// Normalises every text field of @p e: the one place text is made canonical before it is stored.
template <typename E> void normalizeFields(typename FieldTable<E>::Entity &e)
{
    for (const auto &row : FieldTable<E>::rows())
        if (row.text != TextRule::NotText)
            row.set(e, normalizeText(row.get(e).toString(), row.text));
}

} // namespace dx
