-- v7: the full-text index knows a record by (kind, rid) instead of rowid = rid * 8 + kind, which had room for seven
-- kinds. Existing entries are remapped, not re-tokenised: each keeps its number (so results keep their order) and
-- gets its row in search_doc. The update triggers are generated afterwards from SearchIndex's sources
-- (SearchIndex::install).
--
--   search_doc    doc (the FTS5 rowid of search_index and search_named) -> (kind, rid); new records get the next
--                 number, so a higher number is a newer record and a record keeps its number for life
--   search_named  the same documents for the kinds with names (all but visits): the name pass of a search reads
--                 only these, however many visits carry a word
--   search_queue  (kind, rid) of the records changed since the last flush
DROP TRIGGER IF EXISTS company_search_au;
DROP TRIGGER IF EXISTS company_search_rename;
DROP TRIGGER IF EXISTS contact_search_au;
DROP TRIGGER IF EXISTS visit_search_au;
DROP TRIGGER IF EXISTS lead_search_au;
DROP TRIGGER IF EXISTS event_search_au;
DROP TRIGGER IF EXISTS material_search_au;

CREATE TABLE search_doc (
    doc  INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL,
    rid  INTEGER NOT NULL,
    UNIQUE (kind, rid)
);
-- The old numbers, decoded one last time (kinds 1-6 lived below 8).
INSERT INTO search_doc (doc, kind, rid) SELECT rowid, rowid % 8, rowid / 8 FROM search_index;

CREATE VIRTUAL TABLE search_named USING fts5(title, body, tokenize = 'zs_cjk');
INSERT INTO search_named (search_named, rank) VALUES ('hashsize', 16777216);
INSERT INTO search_named (search_named, rank) VALUES ('automerge', 8);
INSERT INTO search_named (rowid, title, body) SELECT rowid, title, body FROM search_index WHERE rowid % 8 <> 3;

CREATE TABLE search_queue_v7 (
    kind INTEGER NOT NULL,
    rid  INTEGER NOT NULL,
    PRIMARY KEY (kind, rid)
) WITHOUT ROWID;
INSERT INTO search_queue_v7 (kind, rid) SELECT target % 8, target / 8 FROM search_queue;
DROP TABLE search_queue;
ALTER TABLE search_queue_v7 RENAME TO search_queue;
