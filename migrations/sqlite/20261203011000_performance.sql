-- Open performance data (src/performance).

-- Journeys started, per service and month (UTC, 'YYYY-MM'). Drafts are deleted when they are
-- sent, so the start is counted when one is made: a signed-in citizen's first saved answer
-- (a row in drafts) or a guest's (a note in guest_drafts). An upsert that updates an existing
-- row does not fire an AFTER INSERT trigger, so each journey counts once.
CREATE TABLE journey_starts (
    service TEXT NOT NULL,
    month TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (service, month)
) WITHOUT ROWID;

CREATE TRIGGER journey_starts_draft AFTER INSERT ON drafts BEGIN
    INSERT INTO journey_starts (service, month, n) VALUES (NEW.service, substr(NEW.created_at, 1, 7), 1)
        ON CONFLICT (service, month) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER journey_starts_guest AFTER INSERT ON guest_drafts BEGIN
    INSERT INTO journey_starts (service, month, n) VALUES (NEW.service, substr(NEW.updated_at, 1, 7), 1)
        ON CONFLICT (service, month) DO UPDATE SET n = n + 1;
END;

-- What a council enters by hand for a service and month: what the service cost (in pence) and
-- how many transactions were made offline (phone, paper, in person).
CREATE TABLE performance_figures (
    service TEXT NOT NULL,
    month TEXT NOT NULL,
    cost_pence INTEGER CONSTRAINT performance_figures_cost CHECK (cost_pence >= 0),
    offline INTEGER CONSTRAINT performance_figures_offline CHECK (offline >= 0),
    updated_by INTEGER REFERENCES staff (id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (service, month)
);

-- When the request was decided (approved or rejected), kept on the row so that the time to a
-- decision survives the retention job, which keeps a request's dates but not its event data.
ALTER TABLE requests ADD COLUMN decided_at TEXT;
UPDATE requests SET decided_at = (
    SELECT MIN(e.at) FROM request_events e
    WHERE e.request_id = requests.id AND e.kind = 'status' AND json_extract(e.data, '$.to') IN ('approved', 'rejected')
);
