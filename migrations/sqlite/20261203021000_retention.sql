-- Retention (src/retention/): when the job anonymised a request. The row stays, with its service,
-- team, status, dates and due date, for the public performance figures.
ALTER TABLE requests ADD COLUMN erased_at TEXT;
CREATE INDEX drafts_age ON drafts (updated_at);
