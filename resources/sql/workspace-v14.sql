-- v14: a site reserved for a project (policy paper 二(二)(三)): the team's row, read city-wide (`visible_to` = 'city')
-- so that no other team promises the same site; HQ keeps one live reservation per site, the first to arrive
-- (sync/protocol/CitySchema.cpp: the table's claim). `project` and `holder` are copies the other teams read (the
-- lead itself is the team's).
CREATE TABLE site_reservation (
    rid         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    scope       TEXT NOT NULL,
    site_id     TEXT NOT NULL,
    lead_id     TEXT,
    project     TEXT NOT NULL DEFAULT '',
    holder      TEXT NOT NULL DEFAULT '',
    reserved_on TEXT,
    visible_to  TEXT NOT NULL DEFAULT 'city',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX site_reservation_site ON site_reservation(site_id);
