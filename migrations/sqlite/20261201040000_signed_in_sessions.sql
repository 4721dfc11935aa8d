-- Which session each signed-in person holds, so that changing or resetting a password can end
-- their other sessions (whoever knew the old password may hold one). A row whose session has
-- expired is harmless: ending a session that is gone does nothing.
CREATE TABLE signed_in_sessions (
    session_id TEXT PRIMARY KEY,
    account_kind TEXT NOT NULL,
    account_id INTEGER NOT NULL,
    signed_in_at TEXT NOT NULL
);
CREATE INDEX signed_in_sessions_account ON signed_in_sessions (account_kind, account_id);
