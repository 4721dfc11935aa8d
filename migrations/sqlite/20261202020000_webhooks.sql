-- Webhooks (Standard Webhooks): endpoints that admins register per team and per event, and the
-- deliveries to them. A delivery row is written in the same transaction as the change that caused
-- it (the transactional outbox, beside `outbox` for emails); a worker sends it with retries.

CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    team_id TEXT NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    -- The event types it receives, separated by spaces (e.g. `request.submitted request.status_changed`).
    events TEXT NOT NULL,
    -- `whsec_<base64>`: kept as it is, because every delivery is signed with it. Shown once.
    secret TEXT NOT NULL,
    -- Failed attempts in a row; a success sets it back to 0. Too many disable the endpoint.
    failures INTEGER NOT NULL DEFAULT 0,
    disabled_at TEXT,
    created_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX webhook_endpoints_team ON webhook_endpoints (team_id);

CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    endpoint_id INTEGER NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    -- `webhook-id`: the same on every attempt, so receivers can drop a repeat.
    message_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    -- Attempts made in all; `tries_left` of the current round (a "send again" starts a new one).
    attempts INTEGER NOT NULL DEFAULT 0,
    tries_left INTEGER NOT NULL,
    -- When to try next; NULL once delivered or given up.
    next_attempt_at TEXT,
    claimed_at TEXT,
    delivered_at TEXT,
    failed_at TEXT,
    last_attempt_at TEXT,
    last_status INTEGER,
    last_error TEXT,
    created_at TEXT NOT NULL,
    CONSTRAINT webhook_deliveries_message_unique UNIQUE (message_id, endpoint_id)
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (endpoint_id, id);
CREATE INDEX webhook_deliveries_failed ON webhook_deliveries (failed_at);
