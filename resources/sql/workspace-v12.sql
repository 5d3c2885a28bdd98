-- v12: one-to-one project service after signing (policy paper 四(四)3 项目跟踪服务): the milestones of a landed
-- project (planned from seeds/service_templates.json), the enterprise's requests to departments (企业诉求) and the
-- specialist's service log. Declared in desktop/core/agreements/ServiceKinds.cpp, synced in their agreement's county
-- scope like the agreement's other detail rows (sync/protocol/CitySchema.cpp).
CREATE TABLE service_milestone (
    rid          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    scope        TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    stage        TEXT NOT NULL DEFAULT '',
    item         TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    due_on       TEXT,
    state        TEXT NOT NULL DEFAULT 'todo',
    done_on      TEXT,
    roles        TEXT NOT NULL DEFAULT '',
    headcount    INTEGER NOT NULL DEFAULT 0,
    blockers     TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_milestone_agreement ON service_milestone(agreement_id, due_on);

CREATE TABLE service_request (
    rid          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    scope        TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    raised_on    TEXT,
    subject      TEXT NOT NULL DEFAULT '',
    department   TEXT NOT NULL DEFAULT '',
    answer       TEXT NOT NULL DEFAULT '',
    answered_on  TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_request_agreement ON service_request(agreement_id, raised_on);

CREATE TABLE service_log (
    rid           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    scope         TEXT NOT NULL,
    agreement_id  TEXT NOT NULL,
    served_on     TEXT,
    mode          TEXT NOT NULL DEFAULT '',
    specialist_id TEXT,
    content       TEXT NOT NULL DEFAULT '',
    next_step     TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX service_log_agreement ON service_log(agreement_id, served_on);
