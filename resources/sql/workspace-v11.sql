-- v11: investment agreements and what follows them (policy paper 三(三)3 and 四(四)3): the agreement with its clauses,
-- the investment tranches it promises, progress reports, the measures taken on the ladder 提醒 → 约谈 → 催告函 →
-- 取消优惠 → 收回土地, and compliance findings. Declared in desktop/core/agreements/AgreementKinds.cpp, synced in the
-- county's scope (sync/protocol/CitySchema.cpp; the signing team reads them through `signing_scope`).
-- Numbers a report may not have are NULL (missing is not zero: the watch says a figure is missing).
CREATE TABLE agreement (
    rid               INTEGER PRIMARY KEY AUTOINCREMENT,
    id                TEXT NOT NULL UNIQUE,
    scope             TEXT NOT NULL,
    number            TEXT NOT NULL,
    company_id        TEXT,
    lead_id           TEXT,
    signing_scope     TEXT NOT NULL DEFAULT '',
    signed_on         TEXT,
    region            TEXT NOT NULL,
    park              TEXT NOT NULL DEFAULT '',
    land_mu           REAL,
    land_price_wan    REAL,
    total_wan         REAL,
    fixed_asset_wan   REAL,
    start_due         TEXT,
    completion_due    TEXT,
    production_due    TEXT,
    equipment_wan     REAL,
    target_output_wan REAL,
    target_tax_wan    REAL,
    target_jobs       REAL,
    target_year       INTEGER NOT NULL DEFAULT 0,
    incentives        TEXT NOT NULL DEFAULT '',
    special_terms     TEXT NOT NULL DEFAULT '',
    specialist_id     TEXT,
    notes             TEXT NOT NULL DEFAULT '',
    created_at        INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_number ON agreement(number);
CREATE INDEX agreement_company ON agreement(company_id);
CREATE INDEX agreement_region ON agreement(region, park);

CREATE TABLE agreement_tranche (
    rid            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    scope          TEXT NOT NULL,
    agreement_id   TEXT NOT NULL,
    due_on         TEXT,
    cumulative_wan REAL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_tranche_agreement ON agreement_tranche(agreement_id, due_on);

CREATE TABLE agreement_progress (
    rid             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    scope           TEXT NOT NULL,
    agreement_id    TEXT NOT NULL,
    reported_on     TEXT,
    cumulative_wan  REAL,
    fixed_asset_wan REAL,
    building        TEXT NOT NULL DEFAULT '',
    equipment_wan   REAL,
    producing       INTEGER NOT NULL DEFAULT 0,
    output_wan      REAL,
    tax_wan         REAL,
    jobs            REAL,
    source          TEXT NOT NULL DEFAULT '',
    evidence_id     TEXT,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_progress_agreement ON agreement_progress(agreement_id, reported_on);

CREATE TABLE agreement_measure (
    rid          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    scope        TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    taken_on     TEXT,
    measure      TEXT NOT NULL DEFAULT '',
    taken_by     TEXT NOT NULL DEFAULT '',
    condition_no INTEGER NOT NULL DEFAULT 0,
    notes        TEXT NOT NULL DEFAULT '',
    document_id  TEXT,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_measure_agreement ON agreement_measure(agreement_id, taken_on);

CREATE TABLE agreement_finding (
    rid          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    scope        TEXT NOT NULL,
    agreement_id TEXT NOT NULL,
    found_on     TEXT,
    kind         TEXT NOT NULL DEFAULT '',
    rectify_due  TEXT,
    rectified_on TEXT,
    notes        TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agreement_finding_agreement ON agreement_finding(agreement_id, found_on);
