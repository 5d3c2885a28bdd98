-- v9: the counties' follow-up specialists (跟踪服务专员), a city-wide reference list HQ keeps (a generic kind:
-- desktop/core/agreements/SpecialistKinds.cpp declares it, sync/protocol/CitySchema.cpp syncs it).
CREATE TABLE specialist (
    rid        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    scope      TEXT NOT NULL DEFAULT 'city',
    name       TEXT NOT NULL,
    region     TEXT NOT NULL,
    park       TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    notes      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX specialist_region ON specialist(region, name);
