-- v4: promotion materials (政策文件, 园区介绍, 宣传册, 项目推介 …). Bytes live inside the encrypted database,
-- addressed by SHA-256 so the same file is stored once; metadata rows sync like any record.
CREATE TABLE material_blob (
    sha256 TEXT PRIMARY KEY,
    bytes  BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE material (
    rid           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    scope         TEXT NOT NULL DEFAULT 'city',
    sha256        TEXT NOT NULL REFERENCES material_blob(sha256),
    title         TEXT NOT NULL,
    kind          TEXT NOT NULL,
    language      TEXT NOT NULL DEFAULT 'zh',
    version       TEXT NOT NULL DEFAULT '',
    publisher     TEXT NOT NULL DEFAULT '',
    valid_from    TEXT,
    valid_to      TEXT,
    tags          TEXT NOT NULL DEFAULT '',
    mime          TEXT NOT NULL,
    size          INTEGER NOT NULL,
    pages         INTEGER NOT NULL DEFAULT 0,
    supersedes_id TEXT,
    company_id    TEXT REFERENCES company(id), -- a brochure composed for this company
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX material_sha ON material(sha256) WHERE deleted = 0;
CREATE INDEX material_supersedes ON material(supersedes_id) WHERE supersedes_id IS NOT NULL;

-- Where a material was handed out.
CREATE TABLE material_handout (
    rid         INTEGER PRIMARY KEY AUTOINCREMENT,
    material_id TEXT NOT NULL REFERENCES material(id),
    visit_id    TEXT REFERENCES visit(id),
    event_id    TEXT REFERENCES event(id),
    company_id  TEXT REFERENCES company(id),
    handed_at   INTEGER NOT NULL
);
CREATE INDEX material_handout_company ON material_handout(company_id, handed_at);

INSERT INTO search_mark (kind, last_rid) VALUES (6, 0);
CREATE TRIGGER material_search_au AFTER UPDATE ON material BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 6);
END;
