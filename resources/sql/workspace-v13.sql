-- v13: where a company can go (policy paper 二(二)(三), 三(一)(三)): the city's site inventory — idle land, serviced
-- land, idle and standard factory buildings — and a lead's site requirement, which the matching ranks the inventory
-- against. Declared in desktop/core/sites/SiteKinds.cpp; sites are city-wide (HQ and the counties keep them),
-- requirements follow their lead's team scope (sync/protocol/CitySchema.cpp). Figures a site has not recorded are
-- NULL (matching says they are unknown).
CREATE TABLE site (
    rid            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    scope          TEXT NOT NULL,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    park           TEXT NOT NULL DEFAULT '',
    location       TEXT NOT NULL DEFAULT '',
    latitude       REAL,
    longitude      REAL,
    land_mu        REAL,
    floor_sqm      REAL,
    floors         INTEGER NOT NULL DEFAULT 0,
    floor_load_t   REAL,
    clear_height_m REAL,
    power_kva      REAL,
    water_tpd      REAL,
    wastewater     INTEGER NOT NULL DEFAULT 0,
    heating        INTEGER NOT NULL DEFAULT 0,
    land_use       TEXT NOT NULL DEFAULT '',
    price          REAL,
    state          TEXT NOT NULL DEFAULT 'available',
    owner          TEXT NOT NULL DEFAULT '',
    idle_since     TEXT,
    idle_reason    TEXT NOT NULL DEFAULT '',
    revitalise     TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX site_region ON site(region, park);
CREATE INDEX site_name ON site(name);

CREATE TABLE site_requirement (
    rid            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    scope          TEXT NOT NULL,
    lead_id        TEXT NOT NULL,
    need           TEXT NOT NULL DEFAULT '',
    min_area       REAL,
    max_area       REAL,
    power_kva      REAL,
    water_tpd      REAL,
    wastewater     INTEGER NOT NULL DEFAULT 0,
    heating        INTEGER NOT NULL DEFAULT 0,
    floor_load_t   REAL,
    clear_height_m REAL,
    budget         REAL,
    counties       TEXT NOT NULL DEFAULT '',
    needed_by      TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX site_requirement_lead ON site_requirement(lead_id);
