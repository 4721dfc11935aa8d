-- Publishing with four eyes (src/designer/approval.rs): a team may make every publication of its
-- services need a second person. The designer asks; another designer of the team or an admin
-- approves (which publishes) or sends it back with a comment. A request names the draft's
-- revision (a hash of its files) when asked, so an approval applies to exactly what was read.
ALTER TABLE teams ADD COLUMN publish_needs_approval BOOLEAN NOT NULL DEFAULT 0;

CREATE TABLE approval_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT NOT NULL REFERENCES services (id),
    version INTEGER NOT NULL,
    revision TEXT NOT NULL,
    asked_by INTEGER NOT NULL REFERENCES staff (id),
    asked_at TEXT NOT NULL,
    state TEXT NOT NULL CONSTRAINT approval_state_known CHECK (state IN ('waiting', 'approved', 'sent_back', 'void')),
    decided_by INTEGER REFERENCES staff (id),
    decided_at TEXT,
    comment TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX approval_requests_service ON approval_requests (service, id);
CREATE INDEX approval_requests_waiting ON approval_requests (state);
