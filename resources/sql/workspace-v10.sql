-- v10: merges of duplicate records (客商 first), kept as synced rows so that every laptop follows a merge and any of
-- them can undo it (desktop/core/registry/RecordMerge). A merge lives in the merged record's scope; its moves are
-- its detail rows: one per row that was re-pointed onto the survivor (or, for a link that became a duplicate, marked
-- deleted), on whichever laptop holds that row. Undoing marks the merge undone; each laptop then moves back the rows
-- it holds and marks those moves deleted.
CREATE TABLE record_merge (
    rid          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    scope        TEXT NOT NULL,
    kind         TEXT NOT NULL,             -- the merged records' table: 'company'
    survivor_id  TEXT NOT NULL,
    merged_id    TEXT NOT NULL,
    merged_title TEXT NOT NULL DEFAULT '',  -- the merged record's name then, for the history
    filled       TEXT NOT NULL DEFAULT '{}', -- JSON: survivor columns the merge filled → their value before, and after
    merged_at    INTEGER NOT NULL,
    merged_by    TEXT NOT NULL DEFAULT '',
    undone_at    INTEGER NOT NULL DEFAULT 0,
    undone_by    TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX record_merge_survivor ON record_merge(survivor_id);
CREATE INDEX record_merge_merged ON record_merge(merged_id);

CREATE TABLE record_merge_move (
    rid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE, -- merge_id '/' tbl '/' row_id: the same move made on two laptops is one row
    scope      TEXT NOT NULL,
    merge_id   TEXT NOT NULL,
    tbl        TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    col        TEXT NOT NULL,
    dropped    INTEGER NOT NULL DEFAULT 0, -- 1: a duplicate link marked deleted rather than moved
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0  -- 1: moved back (the merge was undone)
);
CREATE INDEX record_merge_move_merge ON record_merge_move(merge_id);

-- A merge (and its following on other laptops) looks up every row referring to the merged company: the briefs composed
-- for it were the last such column without an index (event attendees and handouts have theirs since v8).
CREATE INDEX material_company ON material(company_id) WHERE company_id IS NOT NULL;
