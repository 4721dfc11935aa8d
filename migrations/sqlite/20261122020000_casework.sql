-- Casework: teams and the services they handle, who works on a request, its timeline (append-only,
-- also the audit trail) and the clock that pauses while the council waits for the citizen.

CREATE TABLE teams (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Which team processes each service's new requests (seeded from the definitions; admins change it).
CREATE TABLE team_services (
    service TEXT PRIMARY KEY,
    team_id TEXT NOT NULL REFERENCES teams (id)
);

CREATE TABLE team_members (
    team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, staff_id)
);

ALTER TABLE requests ADD COLUMN assignee_id INTEGER REFERENCES staff (id);
-- Set while the request waits for the citizen: the deadline clock is paused since that day.
ALTER TABLE requests ADD COLUMN waiting_since TEXT;
-- The questions reopened by a request for more information (JSON list), while it is open.
ALTER TABLE requests ADD COLUMN reopened TEXT;
-- Lower-case applicant name, for the queue's search.
ALTER TABLE requests ADD COLUMN applicant_name TEXT NOT NULL DEFAULT '';

CREATE INDEX requests_queue ON requests (team, id);
CREATE INDEX requests_due ON requests (team, due_date, id);
CREATE INDEX requests_status ON requests (team, status);
CREATE INDEX requests_assignee ON requests (assignee_id);

-- Everything that happens to a request: the citizen's timeline and the staff audit trail.
-- Append-only: the triggers refuse any change or removal, whoever asks.
CREATE TABLE request_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    actor TEXT NOT NULL CONSTRAINT request_events_actor CHECK (actor IN ('citizen', 'staff', 'system')),
    staff_id INTEGER,
    team TEXT,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    citizen_sees INTEGER NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;

CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;
