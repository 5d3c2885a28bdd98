-- v3: the officer's records (companies, contacts, visits, leads, events), reference data from seeds/,
-- and the Chinese full-text index. Every synced table: rid (stable local key), id (UUIDv7), scope, timestamps
-- in ms since the epoch, deleted flag.

CREATE TABLE ref_seed (name TEXT PRIMARY KEY, version INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_region (code TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, chain_type TEXT NOT NULL,
                         sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_park (code TEXT PRIMARY KEY, name TEXT NOT NULL, region TEXT NOT NULL, level TEXT NOT NULL,
                       industries TEXT NOT NULL, description TEXT NOT NULL, sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_chain (code TEXT PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL,
                        sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_chain_link (code TEXT PRIMARY KEY, chain TEXT NOT NULL, name TEXT NOT NULL, position TEXT NOT NULL,
                             sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_industry (code TEXT PRIMARY KEY, link TEXT NOT NULL, chain TEXT NOT NULL, name TEXT NOT NULL,
                           sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_visit_purpose (code TEXT PRIMARY KEY, name TEXT NOT NULL, sort INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE ref_stage (code TEXT PRIMARY KEY, name TEXT NOT NULL, sort INTEGER NOT NULL, kind TEXT NOT NULL)
    WITHOUT ROWID;

CREATE TABLE company (
    rid         INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: the search index marks rely on it
    id          TEXT NOT NULL UNIQUE,
    scope       TEXT NOT NULL DEFAULT 'city',
    name        TEXT NOT NULL,
    name_norm   TEXT NOT NULL,
    credit_code TEXT,
    industry    TEXT NOT NULL DEFAULT '',
    hq_city     TEXT NOT NULL DEFAULT '',
    size        TEXT NOT NULL DEFAULT '',
    revenue_wan REAL,
    tags        TEXT NOT NULL DEFAULT '',
    hometown    INTEGER NOT NULL DEFAULT 0,
    source      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX company_credit ON company(credit_code) WHERE credit_code IS NOT NULL AND deleted = 0;
CREATE INDEX company_name_norm ON company(name_norm);
CREATE INDEX company_updated ON company(updated_at);

CREATE TABLE contact (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL DEFAULT 'city',
    company_id TEXT REFERENCES company(id),
    name       TEXT NOT NULL,
    title      TEXT NOT NULL DEFAULT '',
    phones     TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    wechat     TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_company ON contact(company_id);

CREATE TABLE visit (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    visited_at INTEGER NOT NULL,
    city       TEXT NOT NULL,
    place      TEXT NOT NULL DEFAULT '',
    officers   TEXT NOT NULL DEFAULT '',
    company_id TEXT NOT NULL REFERENCES company(id),
    purpose    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    outcome    TEXT NOT NULL DEFAULT '',
    intent     INTEGER NOT NULL DEFAULT 0,
    next_step  TEXT NOT NULL DEFAULT '',
    next_due   TEXT,
    next_done  INTEGER NOT NULL DEFAULT 0,
    materials  TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX visit_time ON visit(visited_at);
CREATE INDEX visit_company ON visit(company_id, visited_at);
CREATE INDEX visit_due ON visit(next_due) WHERE next_due IS NOT NULL AND next_done = 0;

CREATE TABLE visit_contact (
    visit_id   TEXT NOT NULL REFERENCES visit(id),
    contact_id TEXT NOT NULL REFERENCES contact(id),
    PRIMARY KEY (visit_id, contact_id)
) WITHOUT ROWID;

-- Visits are append-only in spirit: a correction keeps the old value here.
CREATE TABLE visit_revision (
    rid       INTEGER PRIMARY KEY,
    visit_id  TEXT NOT NULL REFERENCES visit(id),
    edited_at INTEGER NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX visit_revision_visit ON visit_revision(visit_id, edited_at);

CREATE TABLE event (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    held_on    TEXT NOT NULL,
    city       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    organiser  TEXT NOT NULL DEFAULT '',
    materials  TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX event_held ON event(held_on);

CREATE TABLE event_attendee (
    event_id   TEXT NOT NULL REFERENCES event(id),
    company_id TEXT NOT NULL REFERENCES company(id),
    contact_id TEXT REFERENCES contact(id),
    PRIMARY KEY (event_id, company_id)
) WITHOUT ROWID;

CREATE TABLE lead (
    rid            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    scope          TEXT NOT NULL,
    company_id     TEXT NOT NULL REFERENCES company(id),
    title          TEXT NOT NULL,
    industry       TEXT NOT NULL DEFAULT '',
    chain_link     TEXT NOT NULL DEFAULT '',
    investment_wan REAL,
    land_mu        REAL,
    floor_m2       REAL,
    target_region  TEXT NOT NULL DEFAULT '',
    target_park    TEXT NOT NULL DEFAULT '',
    source_kind    TEXT NOT NULL DEFAULT 'team',
    source_detail  TEXT NOT NULL DEFAULT '',
    event_id       TEXT REFERENCES event(id),
    officer        TEXT NOT NULL DEFAULT '',
    stage          TEXT NOT NULL DEFAULT 'lead',
    stage_reason   TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lead_company ON lead(company_id);
CREATE INDEX lead_by_stage ON lead(stage, updated_at);
CREATE INDEX lead_event ON lead(event_id) WHERE event_id IS NOT NULL;

CREATE TABLE lead_stage (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    lead_id    TEXT NOT NULL REFERENCES lead(id),
    stage      TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    reason     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lead_stage_lead ON lead_stage(lead_id, changed_at);

-- Chinese full-text index over every record kind. rowid = rid * 8 + kind (1 company, 2 contact, 3 visit,
-- 4 lead, 5 event), so a record's entry is found without a scan. Writes never tokenise: SearchIndex::flush()
-- indexes new records (rid above the kind's mark in search_mark) and re-indexes changed ones (search_queue, filled
-- by the update triggers below) in one pass, before the next search or at the end of a bulk import.
CREATE VIRTUAL TABLE search_index USING fts5(title, body, tokenize = 'zs_cjk');
-- Bigger in-memory segments before a flush and lazier merging: bulk loads spend less time merging segments.
INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8);

CREATE TABLE search_mark (kind INTEGER PRIMARY KEY, last_rid INTEGER NOT NULL);
INSERT INTO search_mark (kind, last_rid) VALUES (1, 0), (2, 0), (3, 0), (4, 0), (5, 0);
CREATE TABLE search_queue (target INTEGER PRIMARY KEY);

CREATE TRIGGER company_search_au AFTER UPDATE ON company BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 1);
END;
-- Visits and leads carry their company's name in their text: a renamed company re-queues them.
CREATE TRIGGER company_search_rename AFTER UPDATE OF name ON company WHEN OLD.name <> NEW.name BEGIN
    INSERT OR IGNORE INTO search_queue SELECT rid * 8 + 3 FROM visit WHERE company_id = NEW.id;
    INSERT OR IGNORE INTO search_queue SELECT rid * 8 + 4 FROM lead WHERE company_id = NEW.id;
END;
CREATE TRIGGER contact_search_au AFTER UPDATE ON contact BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 2);
END;
CREATE TRIGGER visit_search_au AFTER UPDATE ON visit BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 3);
END;
CREATE TRIGGER lead_search_au AFTER UPDATE ON lead BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 4);
END;
CREATE TRIGGER event_search_au AFTER UPDATE ON event BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 5);
END;
