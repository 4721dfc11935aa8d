-- Feedback from anyone, about a service or (service NULL) the portal in general. Deliberately
-- no link to a citizen, a session or a request: only the service, the answers, the language and
-- when. An email address is kept only when the person asked for a reply and said we may use it.
CREATE TABLE feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    service TEXT,
    rating INTEGER NOT NULL CONSTRAINT feedback_rating CHECK (rating BETWEEN 1 AND 5),
    improve TEXT NOT NULL,
    -- The text in lower case, for the staff's search: the same on both databases (SQLite's
    -- LOWER only knows ASCII).
    search TEXT NOT NULL,
    reply_email TEXT,
    language TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX feedback_service ON feedback (service, id);
