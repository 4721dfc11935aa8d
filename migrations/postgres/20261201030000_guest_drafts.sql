-- Guests keep their drafts in their session; this notes only which service and version each one
-- is on (by its submission key, never by who), so that publishing can say how many people are
-- part-way through. A note older than a session's idle expiry is a draft that is gone.
CREATE TABLE guest_drafts (
    submission_key TEXT PRIMARY KEY,
    service TEXT NOT NULL,
    version BIGINT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX guest_drafts_service ON guest_drafts (service, version, updated_at);
