-- Drafts and submitted requests. Answers and the profile snapshot are JSON text.

CREATE TABLE drafts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    citizen_id INTEGER NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
    service TEXT NOT NULL,
    version INTEGER NOT NULL,
    answers TEXT NOT NULL,
    -- Sent with the final "Submit"; the same key twice means the same request (double clicks, retries).
    submission_key TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT drafts_one_per_service UNIQUE (citizen_id, service)
);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    service TEXT NOT NULL,
    version INTEGER NOT NULL,
    -- NULL for guests, and after the citizen's account is deleted (the request is then pseudonymised).
    citizen_id INTEGER REFERENCES citizens (id) ON DELETE SET NULL,
    answers TEXT NOT NULL,
    profile_snapshot TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL,
    team TEXT NOT NULL,
    due_date TEXT NOT NULL,
    submission_key TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT requests_reference_unique UNIQUE (reference),
    CONSTRAINT requests_submission_unique UNIQUE (submission_key)
);
CREATE INDEX requests_citizen ON requests (citizen_id, submitted_at);
