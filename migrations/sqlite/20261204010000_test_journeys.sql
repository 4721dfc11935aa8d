-- Test journeys (src/designer/journeys/): example answers a designer saves on a service, with the
-- pages and the end they expect. They belong to the service, not to a version, so the journeys of
-- the live version are run against the next draft; `written_for` keeps which version they were
-- written against.
CREATE TABLE service_journeys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL REFERENCES services (id),
    name TEXT NOT NULL,
    -- The answers by question id, as the engine keeps them (JSON), and the expected page ids (JSON).
    answers TEXT NOT NULL,
    pages TEXT NOT NULL,
    -- `check-answers` or `exit:{id}`, as a route's `go`.
    end_at TEXT NOT NULL,
    written_for INTEGER NOT NULL,
    created_by INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT service_journeys_name_unique UNIQUE (service, name)
);
