-- v8: detail rows sync (lead stage history, visit attendees and revisions, event attendees, material handouts).
-- Each detail table is rebuilt as a synced table: `id` (what sync keys rows by), `scope` (its parent's), `deleted`
-- (removals are soft, so they reach the other laptops), `updated_at`, and who made a history entry. Rows made before
-- take an id of this laptop's node and their local rid (unique across laptops); an attendee's id is its parent's and
-- the attendee's, so the same person added on two laptops is one row. Synced rows may arrive before the row they
-- refer to (pull order is HQ's change order), so these tables declare no foreign keys: the repositories check
-- references when they write.
CREATE TABLE lead_stage_v8 (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL,
    lead_id    TEXT NOT NULL,
    stage      TEXT NOT NULL,
    changed_at INTEGER NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    changed_by TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO lead_stage_v8 (rid, id, scope, lead_id, stage, changed_at, reason, changed_by, updated_at)
    SELECT s.rid, (SELECT node_id FROM device) || '-ls' || s.rid, coalesce(l.scope, 'team:unassigned'), s.lead_id,
           s.stage, s.changed_at, s.reason, '', s.changed_at
    FROM lead_stage s LEFT JOIN lead l ON l.id = s.lead_id;
DROP TABLE lead_stage;
ALTER TABLE lead_stage_v8 RENAME TO lead_stage;
CREATE INDEX lead_stage_lead ON lead_stage(lead_id, changed_at);

CREATE TABLE visit_contact_v8 (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE, -- visit_id '/' contact_id
    scope      TEXT NOT NULL,
    visit_id   TEXT NOT NULL,
    contact_id TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO visit_contact_v8 (id, scope, visit_id, contact_id, updated_at)
    SELECT a.visit_id || '/' || a.contact_id, v.scope, a.visit_id, a.contact_id, v.updated_at
    FROM visit_contact a JOIN visit v ON v.id = a.visit_id;
DROP TABLE visit_contact;
ALTER TABLE visit_contact_v8 RENAME TO visit_contact;
CREATE INDEX visit_contact_visit ON visit_contact(visit_id);
CREATE INDEX visit_contact_contact ON visit_contact(contact_id);

CREATE TABLE visit_revision_v8 (
    rid       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    scope     TEXT NOT NULL,
    visit_id  TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    field     TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    edited_by TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL,
    deleted   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO visit_revision_v8 (rid, id, scope, visit_id, edited_at, field, old_value, new_value, updated_at)
    SELECT r.rid, (SELECT node_id FROM device) || '-vr' || r.rid, coalesce(v.scope, 'team:unassigned'), r.visit_id,
           r.edited_at, r.field, r.old_value, r.new_value, r.edited_at
    FROM visit_revision r LEFT JOIN visit v ON v.id = r.visit_id;
DROP TABLE visit_revision;
ALTER TABLE visit_revision_v8 RENAME TO visit_revision;
CREATE INDEX visit_revision_visit ON visit_revision(visit_id, edited_at);

CREATE TABLE event_attendee_v8 (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE, -- event_id '/' company_id
    scope      TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    company_id TEXT NOT NULL,
    contact_id TEXT,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO event_attendee_v8 (id, scope, event_id, company_id, contact_id, updated_at)
    SELECT a.event_id || '/' || a.company_id, e.scope, a.event_id, a.company_id, a.contact_id, e.updated_at
    FROM event_attendee a JOIN event e ON e.id = a.event_id;
DROP TABLE event_attendee;
ALTER TABLE event_attendee_v8 RENAME TO event_attendee;
CREATE INDEX event_attendee_event ON event_attendee(event_id);
CREATE INDEX event_attendee_company ON event_attendee(company_id);

CREATE TABLE material_handout_v8 (
    rid         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    scope       TEXT NOT NULL,
    material_id TEXT NOT NULL,
    visit_id    TEXT,
    event_id    TEXT,
    company_id  TEXT,
    handed_at   INTEGER NOT NULL,
    handed_by   TEXT NOT NULL DEFAULT '',
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
INSERT INTO material_handout_v8 (rid, id, scope, material_id, visit_id, event_id, company_id, handed_at, updated_at)
    SELECT h.rid, (SELECT node_id FROM device) || '-mh' || h.rid,
           coalesce(v.scope, (SELECT value FROM app_meta WHERE key = 'team_scope'), 'team:unassigned'), h.material_id,
           h.visit_id, h.event_id, h.company_id, h.handed_at, h.handed_at
    FROM material_handout h LEFT JOIN visit v ON v.id = h.visit_id;
DROP TABLE material_handout;
ALTER TABLE material_handout_v8 RENAME TO material_handout;
CREATE INDEX material_handout_company ON material_handout(company_id, handed_at);
CREATE INDEX material_handout_visit ON material_handout(visit_id) WHERE visit_id IS NOT NULL;

-- Who made what was made before: this laptop's officer, once enrolled.
UPDATE lead_stage SET changed_by = coalesce((SELECT value FROM sync_state WHERE key = 'display_name'), '');
UPDATE visit_revision SET edited_by = coalesce((SELECT value FROM sync_state WHERE key = 'display_name'), '');
UPDATE material_handout SET handed_by = coalesce((SELECT value FROM sync_state WHERE key = 'display_name'), '');
