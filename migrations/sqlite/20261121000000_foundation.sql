-- Foundation: records when this database was first set up, so operators can tell instances apart.
-- Accounts, profiles and requests arrive in later migrations; keep the SQLite and PostgreSQL files in step.
CREATE TABLE portico_instance (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO portico_instance (id) VALUES (1);
