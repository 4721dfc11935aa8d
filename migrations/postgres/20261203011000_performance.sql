-- Open performance data (src/performance).

-- Journeys started, per service and month (UTC, 'YYYY-MM'). Drafts are deleted when they are
-- sent, so the start is counted when one is made: a signed-in citizen's first saved answer
-- (a row in drafts) or a guest's (a note in guest_drafts). AFTER INSERT row triggers do not
-- fire for rows an upsert updated, so each journey counts once.
CREATE TABLE journey_starts (
    service TEXT NOT NULL,
    month TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (service, month)
);

-- One function for both tables: each has its own column for when the row was made, and plpgsql
-- reads only the branch it takes.
CREATE FUNCTION journey_starts_count() RETURNS trigger AS $$
DECLARE
    made TIMESTAMPTZ;
BEGIN
    IF TG_TABLE_NAME = 'drafts' THEN
        made := NEW.created_at;
    ELSE
        made := NEW.updated_at;
    END IF;
    INSERT INTO journey_starts (service, month, n) VALUES (NEW.service, to_char(made AT TIME ZONE 'UTC', 'YYYY-MM'), 1)
        ON CONFLICT (service, month) DO UPDATE SET n = journey_starts.n + 1;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER journey_starts_draft AFTER INSERT ON drafts FOR EACH ROW EXECUTE FUNCTION journey_starts_count();
CREATE TRIGGER journey_starts_guest AFTER INSERT ON guest_drafts FOR EACH ROW EXECUTE FUNCTION journey_starts_count();

-- What a council enters by hand for a service and month: what the service cost (in pence) and
-- how many transactions were made offline (phone, paper, in person).
CREATE TABLE performance_figures (
    service TEXT NOT NULL,
    month TEXT NOT NULL,
    cost_pence BIGINT CONSTRAINT performance_figures_cost CHECK (cost_pence >= 0),
    offline BIGINT CONSTRAINT performance_figures_offline CHECK (offline >= 0),
    updated_by BIGINT REFERENCES staff (id) ON DELETE SET NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (service, month)
);

-- When the request was decided (approved or rejected), kept on the row so that the time to a
-- decision survives the retention job, which keeps a request's dates but not its event data.
ALTER TABLE requests ADD COLUMN decided_at TIMESTAMPTZ;
UPDATE requests SET decided_at = (
    SELECT MIN(e.at) FROM request_events e
    WHERE e.request_id = requests.id AND e.kind = 'status' AND (e.data::jsonb ->> 'to') IN ('approved', 'rejected')
);
