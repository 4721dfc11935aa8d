-- Service definitions as versioned data: every instance reads the same services from here.
-- A service has at most one draft, at most one live version, and earlier versions that never
-- change again (a draft or a request made on one still needs it).

-- Which team handles a service stays in team_services (admins change it there).
CREATE TABLE services (
    id TEXT PRIMARY KEY,
    -- Archived: no new applications; requests already made are unaffected.
    archived_at TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE service_versions (
    service TEXT NOT NULL REFERENCES services (id),
    version INTEGER NOT NULL,
    state TEXT NOT NULL CONSTRAINT service_versions_state CHECK (state IN ('draft', 'live', 'earlier')),
    -- The definition as TOML and its texts as Fluent files ({"en": "...", "cy": "..."}), kept
    -- exactly as written, so that an export gives back the bytes an import took in.
    definition TEXT NOT NULL,
    texts TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES staff (id),
    published_at TEXT,
    published_by INTEGER REFERENCES staff (id),
    PRIMARY KEY (service, version)
);
CREATE UNIQUE INDEX service_versions_one_draft ON service_versions (service) WHERE state = 'draft';
CREATE UNIQUE INDEX service_versions_one_live ON service_versions (service) WHERE state = 'live';

-- Bumped by every change to a service: each instance polls it and reloads when it moves.
CREATE TABLE service_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO service_changes (id, generation) VALUES (1, 0);
