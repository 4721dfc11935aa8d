-- The service designer: two staff roles (designer, translator) and the audit trail of every
-- change to a service. SQLite cannot change a CHECK constraint, so the staff table is rebuilt by
-- SQLite's documented procedure (create, copy, drop, rename), which needs foreign keys off:
-- `Db::migrate` runs the migrations on a connection with them off, and checks them afterwards.
-- The tables that refer to staff keep referring to it by name.
CREATE TABLE staff_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CONSTRAINT staff_role_known CHECK (role IN ('caseworker', 'designer', 'translator', 'admin')),
    password_hash TEXT,
    language TEXT NOT NULL,
    disabled_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT staff_email_unique UNIQUE (email)
);
INSERT INTO staff_rebuilt (id, email, name, role, password_hash, language, disabled_at, created_at, updated_at)
    SELECT id, email, name, role, password_hash, language, disabled_at, created_at, updated_at FROM staff;
DROP TABLE staff;
ALTER TABLE staff_rebuilt RENAME TO staff;

-- Everything done to a service, by whom (NULL: the command line) and when. Append-only.
CREATE TABLE service_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL REFERENCES services (id),
    version INTEGER,
    staff_id INTEGER REFERENCES staff (id),
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX service_events_service ON service_events (service, id);

CREATE TRIGGER service_events_no_update BEFORE UPDATE ON service_events
BEGIN
    SELECT RAISE(ABORT, 'service_events is append-only');
END;

CREATE TRIGGER service_events_no_delete BEFORE DELETE ON service_events
BEGIN
    SELECT RAISE(ABORT, 'service_events is append-only');
END;
