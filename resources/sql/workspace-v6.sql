-- v6: materials sync. A material row pulled from HQ arrives before its file, so material.sha256 can no longer
-- reference material_blob: the table is rebuilt without that foreign key (SQLite's 12-step rebuild; the migration
-- runs with foreign keys off and checks them before committing). `local_only` marks a file imported on this laptop
-- that stays here ("仅本机": officers may not publish city-wide materials); it is never captured for sync.
CREATE TABLE material_v6 (
    rid           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    scope         TEXT NOT NULL DEFAULT 'city',
    sha256        TEXT NOT NULL,
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
    deleted       INTEGER NOT NULL DEFAULT 0,
    local_only    INTEGER NOT NULL DEFAULT 0
);
INSERT INTO material_v6 (rid, id, scope, sha256, title, kind, language, version, publisher, valid_from, valid_to, tags,
                         mime, size, pages, supersedes_id, company_id, created_at, updated_at, deleted, local_only)
    SELECT rid, id, scope, sha256, title, kind, language, version, publisher, valid_from, valid_to, tags, mime, size,
           pages, supersedes_id, company_id, created_at, updated_at, deleted, 1
    FROM material;
DROP TABLE material;
ALTER TABLE material_v6 RENAME TO material;
-- One synced and one local copy of the same file may coexist (HQ publishes what an officer imported before).
CREATE UNIQUE INDEX material_sha ON material(sha256, local_only) WHERE deleted = 0;
CREATE INDEX material_supersedes ON material(supersedes_id) WHERE supersedes_id IS NOT NULL;
CREATE TRIGGER material_search_au AFTER UPDATE ON material BEGIN
    INSERT OR IGNORE INTO search_queue VALUES (NEW.rid * 8 + 6);
END;

-- The file queue: uploads ('up': a city-wide material imported here, HQ does not have the file yet) and downloads
-- ('down': a synced row whose file has not arrived). A download's bytes arrive in pieces into material_file_part,
-- inside the encrypted database, and move to material_blob once their SHA-256 matches.
CREATE TABLE material_file (
    sha256     TEXT PRIMARY KEY,
    direction  TEXT NOT NULL CHECK (direction IN ('up', 'down')),
    size       INTEGER NOT NULL,
    received   INTEGER NOT NULL DEFAULT 0, -- contiguous bytes in material_file_part (down) / confirmed by HQ (up)
    attempts   INTEGER NOT NULL DEFAULT 0, -- failures in a row
    last_error TEXT NOT NULL DEFAULT '',
    next_try   INTEGER NOT NULL DEFAULT 0, -- ms since the epoch: back-off after a failure
    priority   INTEGER NOT NULL DEFAULT 0, -- higher first: a material someone tried to open
    updated_at INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE material_file_part (
    sha256 TEXT NOT NULL,
    offset INTEGER NOT NULL,
    data   BLOB NOT NULL,
    PRIMARY KEY (sha256, offset)
) WITHOUT ROWID;
-- A city-wide material imported here must reach HQ's blob store before its row does.
CREATE TRIGGER material_upload_ai AFTER INSERT ON material WHEN zs_capture() AND NEW.local_only = 0 BEGIN
    INSERT OR IGNORE INTO material_file (sha256, direction, size, updated_at)
        VALUES (NEW.sha256, 'up', NEW.size, NEW.updated_at);
END;
