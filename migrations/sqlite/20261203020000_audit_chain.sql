-- The tamper-evident audit trail (src/audit/, docs/audit.md). Every row of request_events,
-- service_events, identity_events and admin_events is a link in a hash chain: it carries its
-- place in its chain (seq), the hash of the link before it (prev_hash), the SHA-256 of its
-- personal content (payload_digest) and its own hash. audit_heads holds each chain's last link
-- (the row appends lock, so instances sharing a database append one at a time); signed
-- checkpoints record every head from time to time.

ALTER TABLE request_events ADD COLUMN seq INTEGER;
ALTER TABLE request_events ADD COLUMN prev_hash TEXT;
ALTER TABLE request_events ADD COLUMN hash TEXT;
ALTER TABLE request_events ADD COLUMN payload_digest TEXT;
-- Set when retention erased the content (`data`); the digest, and so the chain, stay.
ALTER TABLE request_events ADD COLUMN erased_at TEXT;
CREATE UNIQUE INDEX request_events_chain ON request_events (request_id, seq);

ALTER TABLE service_events ADD COLUMN seq INTEGER;
ALTER TABLE service_events ADD COLUMN prev_hash TEXT;
ALTER TABLE service_events ADD COLUMN hash TEXT;
ALTER TABLE service_events ADD COLUMN payload_digest TEXT;
CREATE UNIQUE INDEX service_events_chain ON service_events (service, seq);

ALTER TABLE identity_events ADD COLUMN seq INTEGER;
ALTER TABLE identity_events ADD COLUMN prev_hash TEXT;
ALTER TABLE identity_events ADD COLUMN hash TEXT;
ALTER TABLE identity_events ADD COLUMN payload_digest TEXT;
CREATE UNIQUE INDEX identity_events_chain ON identity_events (seq);

-- What staff admins do to API keys and webhooks, and what the retention job did: one chain.
CREATE TABLE admin_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    staff_id INTEGER,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    data TEXT NOT NULL,
    at TEXT NOT NULL,
    seq INTEGER NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    payload_digest TEXT NOT NULL,
    CONSTRAINT admin_events_chain UNIQUE (seq)
);

CREATE TABLE audit_heads (
    chain TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);

CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    -- JSON: [[chain, seq, hash], …] sorted by chain; what the signature covers (docs/audit.md).
    heads TEXT NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- Rows written before this migration are chained once, at start-up, in id order (SQLite has no
-- SHA-256): only up to the id noted here, so a row slipped in later is never adopted.
CREATE TABLE audit_legacy (
    tbl TEXT PRIMARY KEY,
    max_id INTEGER NOT NULL
);
INSERT INTO audit_legacy (tbl, max_id) SELECT 'request_events', (SELECT MAX(id) FROM request_events) WHERE EXISTS (SELECT 1 FROM request_events);
INSERT INTO audit_legacy (tbl, max_id) SELECT 'service_events', (SELECT MAX(id) FROM service_events) WHERE EXISTS (SELECT 1 FROM service_events);
INSERT INTO audit_legacy (tbl, max_id) SELECT 'identity_events', (SELECT MAX(id) FROM identity_events) WHERE EXISTS (SELECT 1 FROM identity_events);

-- Append-only still, with two exceptions: chaining a row written before this migration once,
-- and retention erasing a row's content (data) while everything the chain hashes stays.
DROP TRIGGER request_events_no_update;
CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
WHEN NOT (
    NEW.id IS OLD.id AND NEW.request_id IS OLD.request_id AND NEW.actor IS OLD.actor AND NEW.staff_id IS OLD.staff_id
    AND NEW.api_key_id IS OLD.api_key_id AND NEW.team IS OLD.team AND NEW.kind IS OLD.kind
    AND NEW.citizen_sees IS OLD.citizen_sees AND NEW.at IS OLD.at
    AND (
        (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.data IS OLD.data AND NEW.erased_at IS OLD.erased_at)
        OR (OLD.hash IS NOT NULL AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL AND NEW.seq IS OLD.seq
            AND NEW.prev_hash IS OLD.prev_hash AND NEW.hash IS OLD.hash AND NEW.payload_digest IS OLD.payload_digest)
    )
)
BEGIN
    SELECT RAISE(ABORT, 'request_events is append-only');
END;

DROP TRIGGER service_events_no_update;
CREATE TRIGGER service_events_no_update BEFORE UPDATE ON service_events
WHEN NOT (
    OLD.hash IS NULL AND NEW.hash IS NOT NULL AND NEW.id IS OLD.id AND NEW.service IS OLD.service
    AND NEW.version IS OLD.version AND NEW.staff_id IS OLD.staff_id AND NEW.kind IS OLD.kind
    AND NEW.data IS OLD.data AND NEW.at IS OLD.at
)
BEGIN
    SELECT RAISE(ABORT, 'service_events is append-only');
END;

CREATE TRIGGER admin_events_no_update BEFORE UPDATE ON admin_events
BEGIN
    SELECT RAISE(ABORT, 'admin_events is append-only');
END;

CREATE TRIGGER admin_events_no_delete BEFORE DELETE ON admin_events
BEGIN
    SELECT RAISE(ABORT, 'admin_events is append-only');
END;
