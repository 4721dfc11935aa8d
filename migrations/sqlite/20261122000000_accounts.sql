-- Accounts: citizens and staff, single-use tokens for email links, sign-in throttling, the outbox
-- that carries every email, and the citizen profile with its history.
-- Timestamps are RFC 3339 text written by the application (never SQL defaults), so they compare in order.

CREATE TABLE citizens (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    email_verified_at TEXT,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT citizens_email_unique UNIQUE (email)
);

CREATE TABLE staff (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CONSTRAINT staff_role_known CHECK (role IN ('caseworker', 'admin')),
    password_hash TEXT,
    language TEXT NOT NULL,
    disabled_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT staff_email_unique UNIQUE (email)
);

-- Only a hash of each token is kept: a leaked table cannot be used to sign in.
CREATE TABLE account_tokens (
    token_hash TEXT PRIMARY KEY,
    purpose TEXT NOT NULL CONSTRAINT account_tokens_purpose_known
        CHECK (purpose IN ('verify_email', 'reset_password', 'change_email', 'staff_password')),
    account_kind TEXT NOT NULL CONSTRAINT account_tokens_kind_known CHECK (account_kind IN ('citizen', 'staff')),
    account_id INTEGER NOT NULL,
    new_email TEXT,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX account_tokens_account ON account_tokens (account_kind, account_id);

CREATE TABLE sign_in_failures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    throttle_key TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX sign_in_failures_key ON sign_in_failures (throttle_key, failed_at);

CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    claimed_at TEXT,
    sent_at TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX outbox_pending ON outbox (sent_at, next_attempt_at);

-- One row per profile field: its value, where it came from and when it was last confirmed.
CREATE TABLE profile_fields (
    citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    source TEXT NOT NULL,
    source_service TEXT,
    confirmed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (citizen_id, field)
);

CREATE TABLE profile_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    source TEXT NOT NULL,
    source_service TEXT,
    changed_at TEXT NOT NULL
);
CREATE INDEX profile_history_citizen ON profile_history (citizen_id, changed_at);
