// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schema.h"

// The SQL is kept portable where it can be (plain CREATE TABLE, CHECK, FOREIGN KEY, COALESCE) so that
// the same schema can later run on PostgreSQL. The SQLite-only parts are the value triggers and GLOB
// checks, marked below; a PostgreSQL port replaces them with plpgsql triggers and SIMILAR TO.

namespace dx::schema {
namespace {

// Version 1: the plan, places, agencies, people, groups, tasks, indicators, targets, measurements,
// change log.
const char *const kVersion1[] = {
    R"(CREATE TABLE schema_version (version INTEGER NOT NULL))",
    R"(INSERT INTO schema_version (version) VALUES (1))",
    R"(CREATE TABLE plan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        code TEXT NOT NULL CONSTRAINT plan_code_required CHECK (length(trim(code)) > 0),
        title TEXT NOT NULL CONSTRAINT plan_title_required CHECK (length(trim(title)) > 0),
        title_en TEXT NOT NULL DEFAULT '',
        doc_type TEXT NOT NULL DEFAULT '',
        issuer TEXT NOT NULL DEFAULT '',
        issue_date TEXT,
        place TEXT NOT NULL DEFAULT '',
        start_year INTEGER NOT NULL DEFAULT 0,
        end_year INTEGER NOT NULL DEFAULT 0,
        milestone_years TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        legal_refs TEXT NOT NULL DEFAULT '',
        CONSTRAINT plan_years CHECK (end_year >= start_year)))",
    R"(CREATE TABLE locality (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CONSTRAINT locality_name_required CHECK (length(trim(name)) > 0),
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('province','city','town','district','commune','other')),
        parent_id INTEGER REFERENCES locality(id) ON DELETE SET NULL,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE agency (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CONSTRAINT agency_name_required CHECK (length(trim(name)) > 0),
        short_name TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        locality_id INTEGER REFERENCES locality(id) ON DELETE SET NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CONSTRAINT person_name_required CHECK (length(trim(name)) > 0),
        agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        position TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))))",
    R"(CREATE TABLE task_group (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CONSTRAINT group_title_required CHECK (length(trim(title)) > 0),
        title_en TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        lead_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL))",
    R"(CREATE TABLE task (
        id INTEGER PRIMARY KEY,
        group_id INTEGER NOT NULL REFERENCES task_group(id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES task(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CONSTRAINT task_title_required CHECK (length(trim(title)) > 0),
        legal_ref TEXT NOT NULL DEFAULT '',
        lead_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        person_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
        start_date TEXT,
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'not_started' CHECK (status IN ('not_started','in_progress','done')),
        percent_complete INTEGER NOT NULL DEFAULT 0
            CONSTRAINT task_percent_range CHECK (percent_complete BETWEEN 0 AND 100),
        completion_date TEXT,
        output TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        CONSTRAINT task_deadline_after_start
            CHECK (deadline IS NULL OR start_date IS NULL OR deadline >= start_date),
        CONSTRAINT task_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)))",
    R"(CREATE INDEX task_group_idx ON task(group_id, sort_order))",
    R"(CREATE INDEX task_parent_idx ON task(parent_id))",
    R"(CREATE TABLE task_cooperator (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, agency_id)))",
    R"(CREATE TABLE indicator (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        code TEXT NOT NULL UNIQUE CONSTRAINT indicator_code_required CHECK (length(trim(code)) > 0),
        name TEXT NOT NULL CONSTRAINT indicator_name_required CHECK (length(trim(name)) > 0),
        name_en TEXT NOT NULL DEFAULT '',
        unit TEXT NOT NULL DEFAULT '',
        unit_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('share','count','yearly_rate','rank','stage')),
        direction TEXT NOT NULL CHECK (direction IN ('increase','decrease')),
        baseline_period TEXT NOT NULL DEFAULT '',
        baseline_value REAL,
        scope TEXT NOT NULL DEFAULT 'plan' CHECK (scope IN ('plan','localities')),
        owner_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        data_source TEXT NOT NULL DEFAULT '',
        stage_names TEXT NOT NULL DEFAULT '',
        rank_out_of INTEGER NOT NULL DEFAULT 0 CHECK (rank_out_of >= 0),
        notes TEXT NOT NULL DEFAULT '',
        CONSTRAINT indicator_share_baseline
            CHECK (kind <> 'share' OR baseline_value IS NULL OR baseline_value BETWEEN 0 AND 100),
        CONSTRAINT indicator_rank_baseline
            CHECK (kind <> 'rank' OR baseline_value IS NULL OR baseline_value >= 1)))",
    R"(CREATE TABLE indicator_locality (
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        locality_id INTEGER NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, locality_id)))",
    R"(CREATE TABLE indicator_group (
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES task_group(id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, group_id)))",
    R"(CREATE TABLE task_indicator (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, indicator_id)))",
    R"(CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        comparison TEXT NOT NULL CHECK (comparison IN ('at_least','above','at_most','equal')),
        value REAL NOT NULL,
        locality_id INTEGER REFERENCES locality(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT ''))",
    R"(CREATE UNIQUE INDEX target_key ON target(indicator_id, year, COALESCE(locality_id, 0)))",
    R"(CREATE TABLE measurement (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        locality_id INTEGER REFERENCES locality(id) ON DELETE CASCADE,
        period TEXT NOT NULL CONSTRAINT measurement_period_format CHECK (
            period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-H[12]'
            OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'),
        value REAL NOT NULL,
        estimate INTEGER NOT NULL DEFAULT 0 CHECK (estimate IN (0, 1)),
        source TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE UNIQUE INDEX measurement_key ON measurement(indicator_id, COALESCE(locality_id, 0), period))",
    // Value rules that depend on the indicator's kind: CHECK cannot look at another table, so triggers
    // (SQLite syntax) hold them, for inserts and updates alike.
    R"(CREATE TRIGGER measurement_value_insert BEFORE INSERT ON measurement BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        SELECT RAISE(ABORT, 'dx_count_min') WHERE NEW.value < 0
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) IN ('count', 'stage');
        END)",
    R"(CREATE TRIGGER measurement_value_update BEFORE UPDATE OF value, indicator_id ON measurement BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        SELECT RAISE(ABORT, 'dx_count_min') WHERE NEW.value < 0
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) IN ('count', 'stage');
        END)",
    R"(CREATE TRIGGER target_value_insert BEFORE INSERT ON target BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        END)",
    R"(CREATE TRIGGER target_value_update BEFORE UPDATE OF value ON target BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        END)",
    R"(CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT ''))",
};

// Version 2: settings kept inside the plan (report header, signer, recipients...), and a faster
// per-entity history.
const char *const kVersion2[] = {
    R"(CREATE TABLE setting (
        key TEXT PRIMARY KEY CONSTRAINT setting_key_required CHECK (length(trim(key)) > 0),
        value TEXT NOT NULL DEFAULT ''))",
    R"(CREATE INDEX change_log_entity_idx ON change_log(entity, entity_id))",
    R"(UPDATE schema_version SET version = 2)",
};

// Version 3: required names may not be only whitespace of any kind. SQLite's trim() removes spaces only,
// so the CHECKs of version 1 let a title of tabs or line breaks in by raw SQL although Validation
// (QString::trimmed) refuses it. Triggers raise the CHECK's own name, so the message stays the same.
QStringList version3()
{
    struct Required
    {
        const char *table;
        const char *column;
        const char *rule; // the CHECK constraint's name, which Validation::fromDatabaseError translates
    };
    static const Required required[] = {
        {"plan", "code", "plan_code_required"},           {"plan", "title", "plan_title_required"},
        {"locality", "name", "locality_name_required"},   {"agency", "name", "agency_name_required"},
        {"person", "name", "person_name_required"},       {"task_group", "title", "group_title_required"},
        {"task", "title", "task_title_required"},         {"indicator", "code", "indicator_code_required"},
        {"indicator", "name", "indicator_name_required"}, {"setting", "key", "setting_key_required"},
    };
    // Every character QChar::isSpace() takes for whitespace (what QString::trimmed() removes).
    const QString whitespace = QStringLiteral(
        "char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, "
        "8201, 8202, 8232, 8233, 8239, 8287, 12288)");
    QStringList out;
    for (const Required &r : required) {
        const QString table = QLatin1String(r.table), column = QLatin1String(r.column),
                      rule = QLatin1String(r.rule);
        for (const QString &when : {QStringLiteral("INSERT"), QStringLiteral("UPDATE OF %1").arg(column)})
            out << QStringLiteral("CREATE TRIGGER %1_%2 BEFORE %3 ON %4 WHEN trim(NEW.%5, %6) = '' "
                                  "BEGIN SELECT RAISE(ABORT, '%1'); END")
                       .arg(rule,
                            when.startsWith(QLatin1String("INSERT")) ? QStringLiteral("insert")
                                                                     : QStringLiteral("update"),
                            when, table, column, whitespace);
    }
    out << QStringLiteral("UPDATE schema_version SET version = 3");
    return out;
}

// Version 4: where each value came from when it was collected through a workbook or pasted (the file,
// the unit that sent it, the day it was received, who imported it). Empty for values typed in.
const char *const kVersion4[] = {
    R"(ALTER TABLE measurement ADD COLUMN source_file TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE measurement ADD COLUMN source_unit TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE measurement ADD COLUMN received_at TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE measurement ADD COLUMN imported_by TEXT NOT NULL DEFAULT '')",
    R"(UPDATE schema_version SET version = 4)",
};

// Version 5: every row carries a version, raised by one on each update of the row, whoever writes it: a
// write based on a copy read at an older version is refused instead of silently overwriting another
// window's or PC's change (docs/architecture.md §4.1). SQLite syntax; a PostgreSQL port sets
// NEW.row_version in a BEFORE UPDATE trigger instead.
QStringList version5()
{
    QStringList out;
    for (const char *table :
         {"plan", "locality", "agency", "person", "task_group", "task", "indicator", "measurement"}) {
        const QString t = QLatin1String(table);
        out << QStringLiteral("ALTER TABLE %1 ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1").arg(t);
        // recursive_triggers is off: the inner UPDATE does not fire this trigger again, and the WHEN
        // clause leaves a writer that sets row_version itself alone.
        out << QStringLiteral("CREATE TRIGGER %1_row_version AFTER UPDATE ON %1 "
                              "WHEN NEW.row_version = OLD.row_version BEGIN "
                              "UPDATE %1 SET row_version = OLD.row_version + 1 WHERE id = NEW.id; END")
                   .arg(t);
    }
    out << QStringLiteral("UPDATE schema_version SET version = 5");
    return out;
}

// Version 6: the values' key in the order every reader lists them (indicator, then period, then
// locality). Reading a plan's values in that order (status, the window, the report, exports) walks the
// index instead of sorting every value (1.5 million in a large plan); the key still says each
// (indicator, locality, period) is recorded once, and a look-up of one cell uses it the same. Replaced,
// not added beside the old one: a second index would make every write and the file larger.
const char *const kVersion6[] = {
    R"(DROP INDEX measurement_key)",
    R"(CREATE UNIQUE INDEX measurement_key ON measurement(indicator_id, period, COALESCE(locality_id, 0)))",
    R"(UPDATE schema_version SET version = 6)",
};

// Version 7: issued reports (docs/plan-file.md "Issued reports"). Issuing a meeting report freezes it: its
// number, document date, period, cut-off, format and language, who issued it and when, the PDF itself and the
// figures it used (a JSON snapshot, core/report/IssuedReport). An issued report is a record, not an edit:
// triggers refuse any UPDATE or DELETE of one, whoever writes (SQLite syntax, as the value triggers).
const char *const kVersion7[] = {
    R"(CREATE TABLE issued_report (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL DEFAULT '',
        document_date TEXT NOT NULL,
        period TEXT NOT NULL CONSTRAINT issued_report_period_format CHECK (
            period GLOB '[12][0-9][0-9][0-9]' OR period GLOB '[12][0-9][0-9][0-9]-H[12]'
            OR period GLOB '[12][0-9][0-9][0-9]-Q[1-4]'),
        as_of TEXT NOT NULL,
        format TEXT NOT NULL CHECK (format IN ('state','party')),
        language TEXT NOT NULL CHECK (language IN ('vi','en')),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL DEFAULT '',
        pdf BLOB NOT NULL,
        snapshot TEXT NOT NULL))",
    R"(CREATE TRIGGER issued_report_read_only BEFORE UPDATE ON issued_report BEGIN
        SELECT RAISE(ABORT, 'dx_issued_read_only');
        END)",
    R"(CREATE TRIGGER issued_report_kept BEFORE DELETE ON issued_report BEGIN
        SELECT RAISE(ABORT, 'dx_issued_read_only');
        END)",
    R"(UPDATE schema_version SET version = 7)",
};

template <std::size_t N> QStringList toList(const char *const (&statements)[N])
{
    QStringList out;
    for (const char *s : statements)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

QStringList migrationStatements(int toVersion)
{
    switch (toVersion) {
    case 1:
        return toList(kVersion1);
    case 2:
        return toList(kVersion2);
    case 3:
        return version3();
    case 4:
        return toList(kVersion4);
    case 5:
        return version5();
    case 6:
        return toList(kVersion6);
    case 7:
        return toList(kVersion7);
    default:
        return {};
    }
}

} // namespace dx::schema
