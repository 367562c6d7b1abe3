-- A plan file as DX Planner schema version 1 wrote it (frozen copy: do not update with the schema).
-- Used by test_store_migration.cpp: run statement by statement (a statement ends with ';' at the end of
-- a line; a CREATE TRIGGER ends with the line 'END;'), then opened with PlanStore::open.
PRAGMA application_id = 1146638385;

CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version (version) VALUES (1);
CREATE TABLE plan (
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
        CONSTRAINT plan_years CHECK (end_year >= start_year));
CREATE TABLE locality (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL CONSTRAINT locality_name_required CHECK (length(trim(name)) > 0),
        name_en TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('province','city','town','district','commune','other')),
        parent_id INTEGER REFERENCES locality(id) ON DELETE SET NULL,
        sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE agency (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CONSTRAINT agency_name_required CHECK (length(trim(name)) > 0),
        short_name TEXT NOT NULL DEFAULT '',
        name_en TEXT NOT NULL DEFAULT '',
        locality_id INTEGER REFERENCES locality(id) ON DELETE SET NULL,
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CONSTRAINT person_name_required CHECK (length(trim(name)) > 0),
        agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL,
        position TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)));
CREATE TABLE task_group (
        id INTEGER PRIMARY KEY,
        sort_order INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CONSTRAINT group_title_required CHECK (length(trim(title)) > 0),
        title_en TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        lead_agency_id INTEGER REFERENCES agency(id) ON DELETE SET NULL);
CREATE TABLE task (
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
        CONSTRAINT task_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id));
CREATE INDEX task_group_idx ON task(group_id, sort_order);
CREATE INDEX task_parent_idx ON task(parent_id);
CREATE TABLE task_cooperator (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        agency_id INTEGER NOT NULL REFERENCES agency(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, agency_id));
CREATE TABLE indicator (
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
            CHECK (kind <> 'rank' OR baseline_value IS NULL OR baseline_value >= 1));
CREATE TABLE indicator_locality (
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        locality_id INTEGER NOT NULL REFERENCES locality(id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, locality_id));
CREATE TABLE indicator_group (
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        group_id INTEGER NOT NULL REFERENCES task_group(id) ON DELETE CASCADE,
        PRIMARY KEY (indicator_id, group_id));
CREATE TABLE task_indicator (
        task_id INTEGER NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        PRIMARY KEY (task_id, indicator_id));
CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        indicator_id INTEGER NOT NULL REFERENCES indicator(id) ON DELETE CASCADE,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        comparison TEXT NOT NULL CHECK (comparison IN ('at_least','above','at_most','equal')),
        value REAL NOT NULL,
        locality_id INTEGER REFERENCES locality(id) ON DELETE CASCADE,
        note TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX target_key ON target(indicator_id, year, COALESCE(locality_id, 0));
CREATE TABLE measurement (
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
        recorded_at TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX measurement_key ON measurement(indicator_id, COALESCE(locality_id, 0), period);
CREATE TRIGGER measurement_value_insert BEFORE INSERT ON measurement BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        SELECT RAISE(ABORT, 'dx_count_min') WHERE NEW.value < 0
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) IN ('count', 'stage');
        END;
CREATE TRIGGER measurement_value_update BEFORE UPDATE OF value, indicator_id ON measurement BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        SELECT RAISE(ABORT, 'dx_count_min') WHERE NEW.value < 0
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) IN ('count', 'stage');
        END;
CREATE TRIGGER target_value_insert BEFORE INSERT ON target BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        END;
CREATE TRIGGER target_value_update BEFORE UPDATE OF value ON target BEGIN
        SELECT RAISE(ABORT, 'dx_share_range') WHERE (NEW.value < 0 OR NEW.value > 100)
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'share';
        SELECT RAISE(ABORT, 'dx_rank_min') WHERE NEW.value < 1
            AND (SELECT kind FROM indicator WHERE id = NEW.indicator_id) = 'rank';
        END;
CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT '',
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('insert','update','delete')),
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT NOT NULL DEFAULT '',
        new_value TEXT NOT NULL DEFAULT '');
-- Content, as a planner left it in a version-1 file.
INSERT INTO plan (id, code, title, title_en, issuer, issue_date, place, start_year, end_year, milestone_years)
    VALUES (1, '06-NQ/TU', 'Chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030', 'Digital transformation',
            'Ban Chấp hành Đảng bộ tỉnh Hải Dương', '2021-03-26', 'Hải Dương', 2021, 2030, '2025,2030');
INSERT INTO locality (id, code, name, kind, parent_id, sort_order) VALUES (1, '30', 'Tỉnh Hải Dương', 'province', NULL, 1);
INSERT INTO locality (id, code, name, kind, parent_id, sort_order) VALUES (2, '290', 'Thành phố Chí Linh', 'city', 1, 2);
INSERT INTO agency (id, name, short_name, sort_order) VALUES (1, 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 1);
INSERT INTO agency (id, name, short_name, sort_order) VALUES (2, 'Sở Tài chính', '', 2);
INSERT INTO task_group (id, sort_order, title, title_en, lead_agency_id) VALUES (1, 1, 'Xây dựng chính quyền số', 'Build digital government', 1);
INSERT INTO indicator (id, sort_order, code, name, unit, kind, direction, baseline_period, baseline_value, scope, owner_agency_id)
    VALUES (1, 1, 'TQ-01', 'Thứ hạng chuyển đổi số cấp tỉnh (DTI)', 'hạng', 'rank', 'decrease', '2020', 14, 'plan', 1);
INSERT INTO target (indicator_id, year, comparison, value) VALUES (1, 2025, 'at_most', 20);
INSERT INTO target (indicator_id, year, comparison, value) VALUES (1, 2030, 'at_most', 15);
INSERT INTO task (id, group_id, sort_order, title, lead_agency_id, start_date, deadline, status, percent_complete)
    VALUES (1, 1, 1, 'Xây dựng Trung tâm dữ liệu tỉnh', 1, '2022-01-01', '2025-12-31', 'in_progress', 60);
INSERT INTO task_cooperator (task_id, agency_id) VALUES (1, 2);
INSERT INTO task_indicator (task_id, indicator_id) VALUES (1, 1);
INSERT INTO measurement (indicator_id, locality_id, period, value, estimate, source, recorded_by, recorded_at)
    VALUES (1, NULL, '2022', 13, 0, 'Bảng xếp hạng DTI 2022', 'Mẫu', '2023-05-01T00:00:00Z');
INSERT INTO change_log (at, who, entity, entity_id, action, field, old_value, new_value)
    VALUES ('2023-05-01T00:00:00.000Z', 'Nguyễn Văn A', 'task', 1, 'update', 'percentComplete', '40', '60');
