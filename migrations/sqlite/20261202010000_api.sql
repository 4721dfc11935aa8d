-- The JSON API (/api/v1): keys that other systems call with, what each POST with an
-- Idempotency-Key answered, a revision on every request (its ETag), and API keys as actors on
-- a request's timeline.

-- An API key: only the SHA-256 of its secret is kept. Scoped to teams (api_key_teams) and to
-- reading or reading and writing; it stops working at its expiry or when revoked.
CREATE TABLE api_keys (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    -- The start of the secret, shown in lists so people can tell keys apart.
    prefix TEXT NOT NULL,
    secret_hash TEXT NOT NULL CONSTRAINT api_keys_secret_unique UNIQUE,
    scope TEXT NOT NULL CONSTRAINT api_keys_scope CHECK (scope IN ('read', 'read_write')),
    expires_at TEXT NOT NULL,
    revoked_at TEXT,
    last_used_at TEXT,
    -- Calls allowed per minute, and the current minute's count (shared by every instance).
    per_minute INTEGER NOT NULL DEFAULT 600,
    window_start TEXT,
    window_calls INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES staff (id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE api_key_teams (
    key_id INTEGER NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    PRIMARY KEY (key_id, team_id)
);

-- What a POST with an Idempotency-Key answered, so a retry gets the same answer (kept a day).
-- A row without a status is a call still being answered.
CREATE TABLE api_idempotency (
    key_id INTEGER NOT NULL REFERENCES api_keys (id) ON DELETE CASCADE,
    idempotency_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER,
    etag TEXT,
    body TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (key_id, idempotency_key)
);
CREATE INDEX api_idempotency_age ON api_idempotency (created_at);

-- Every change to a request (each event but a view or a download) moves its revision on: the API's ETag.
ALTER TABLE requests ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;

-- An API key may act on a request like a member of staff: request_events gets the actor
-- 'api_key' and the key's id. SQLite cannot change a CHECK constraint, so the table is rebuilt
-- as it was with the two changes, keeping every row and id (DROP TABLE fires no triggers).
CREATE TABLE request_events_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id),
    actor TEXT NOT NULL CONSTRAINT request_events_actor CHECK (actor IN ('citizen', 'staff', 'system', 'api_key')),
    staff_id INTEGER,
    team TEXT,
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    citizen_sees INTEGER NOT NULL,
    at TEXT NOT NULL,
    api_key_id INTEGER REFERENCES api_keys (id)
);
INSERT INTO request_events_new (id, request_id, actor, staff_id, team, kind, data, citizen_sees, at)
    SELECT id, request_id, actor, staff_id, team, kind, data, citizen_sees, at FROM request_events;
DROP TABLE request_events;
ALTER TABLE request_events_new RENAME TO request_events;
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;

CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;

CREATE TRIGGER request_revision AFTER INSERT ON request_events WHEN NEW.kind NOT IN ('viewed', 'downloaded')
BEGIN
    UPDATE requests SET revision = revision + 1 WHERE id = NEW.request_id;
END;

UPDATE requests SET revision = (SELECT COUNT(*) FROM request_events e WHERE e.request_id = requests.id AND e.kind <> 'viewed');
