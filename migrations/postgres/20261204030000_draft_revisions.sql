-- No lost edits: every save of a service's draft moves its revision on, and a save made against
-- an older revision is refused (the designer shows both and lets the person apply theirs on top).
ALTER TABLE service_versions ADD COLUMN revision BIGINT NOT NULL DEFAULT 0;

-- The files a draft had before each of its last saves (up to 20 kept): "Undo the last change"
-- puts the newest back, and a refused save shows what changed since the revision it was made on.
CREATE TABLE draft_revisions (
    service TEXT NOT NULL REFERENCES services (id),
    version BIGINT NOT NULL,
    revision BIGINT NOT NULL,
    definition TEXT NOT NULL,
    texts TEXT NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (service, version, revision)
);
