-- Sign-in through identity providers (src/identity/). An identity is the provider's issuer and
-- the subject it gives the person, never an email address: two providers, or one provider and a
-- local account, are joined only when the person proves both.
CREATE TABLE identities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    -- The configured provider (its id) the identity was linked through, for the profile page.
    provider TEXT NOT NULL,
    account_kind TEXT NOT NULL CONSTRAINT identities_kind_known CHECK (account_kind IN ('citizen', 'staff')),
    account_id INTEGER NOT NULL,
    last_signed_in_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT identities_issuer_subject_unique UNIQUE (issuer, subject)
);
CREATE INDEX identities_account ON identities (account_kind, account_id);

-- Every link and unlink, append-only: who did it (the person, an admin, a group mapping).
CREATE TABLE identity_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CONSTRAINT identity_events_kind_known CHECK (kind IN ('linked', 'unlinked', 'account_created')),
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    provider TEXT NOT NULL,
    account_kind TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    actor_kind TEXT NOT NULL,
    actor_id INTEGER,
    at TEXT NOT NULL
);
CREATE INDEX identity_events_account ON identity_events (account_kind, account_id);

-- Which Portico sessions each identity's sign-in holds, so that a back-channel logout from the
-- provider ends them all.
CREATE TABLE identity_sessions (
    session_id TEXT PRIMARY KEY,
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    sid TEXT,
    signed_in_at TEXT NOT NULL
);
CREATE INDEX identity_sessions_subject ON identity_sessions (issuer, subject);
CREATE INDEX identity_sessions_sid ON identity_sessions (issuer, sid);

-- Logout tokens already used (their jti), kept until they expire, so none works twice.
CREATE TABLE identity_logout_tokens (
    issuer TEXT NOT NULL,
    jti TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    CONSTRAINT identity_logout_tokens_pkey PRIMARY KEY (issuer, jti)
);
