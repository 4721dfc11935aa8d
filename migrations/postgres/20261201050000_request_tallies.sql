-- How many requests there are of each team, service, status and due date, kept by a trigger in the
-- same transaction as every change to a request. The dashboard and the queue's status counts add
-- up these few thousand rows instead of counting a table that grows without end.
CREATE TABLE request_tallies (
    team TEXT NOT NULL,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    due_date DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (team, service, status, due_date)
);

INSERT INTO request_tallies (team, service, status, due_date, n)
    SELECT team, service, status, due_date, COUNT(*) FROM requests GROUP BY team, service, status, due_date;

CREATE FUNCTION request_tallies_change() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE request_tallies SET n = n - 1
            WHERE team = OLD.team AND service = OLD.service AND status = OLD.status AND due_date = OLD.due_date;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO request_tallies (team, service, status, due_date, n) VALUES (NEW.team, NEW.service, NEW.status, NEW.due_date, 1)
            ON CONFLICT (team, service, status, due_date) DO UPDATE SET n = request_tallies.n + 1;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER request_tallies AFTER INSERT OR DELETE OR UPDATE OF team, service, status, due_date ON requests
    FOR EACH ROW EXECUTE FUNCTION request_tallies_change();

-- The queue of every team (an administrator's) by status and due date, newest first or by due date.
CREATE INDEX requests_status_due ON requests (status, due_date, id);
