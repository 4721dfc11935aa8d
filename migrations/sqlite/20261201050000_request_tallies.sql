-- How many requests there are of each team, service, status and due date, kept by triggers in the
-- same transaction as every change to a request. The dashboard and the queue's status counts add
-- up these few thousand rows instead of counting a table that grows without end.
CREATE TABLE request_tallies (
    team TEXT NOT NULL,
    service TEXT NOT NULL,
    status TEXT NOT NULL,
    due_date TEXT NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (team, service, status, due_date)
) WITHOUT ROWID;

INSERT INTO request_tallies (team, service, status, due_date, n)
    SELECT team, service, status, due_date, COUNT(*) FROM requests GROUP BY team, service, status, due_date;

CREATE TRIGGER request_tallies_insert AFTER INSERT ON requests BEGIN
    INSERT INTO request_tallies (team, service, status, due_date, n) VALUES (NEW.team, NEW.service, NEW.status, NEW.due_date, 1)
        ON CONFLICT (team, service, status, due_date) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER request_tallies_update AFTER UPDATE OF team, service, status, due_date ON requests BEGIN
    UPDATE request_tallies SET n = n - 1
        WHERE team = OLD.team AND service = OLD.service AND status = OLD.status AND due_date = OLD.due_date;
    INSERT INTO request_tallies (team, service, status, due_date, n) VALUES (NEW.team, NEW.service, NEW.status, NEW.due_date, 1)
        ON CONFLICT (team, service, status, due_date) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER request_tallies_delete AFTER DELETE ON requests BEGIN
    UPDATE request_tallies SET n = n - 1
        WHERE team = OLD.team AND service = OLD.service AND status = OLD.status AND due_date = OLD.due_date;
END;

-- The queue of every team (an administrator's) by status and due date, newest first or by due date.
CREATE INDEX requests_status_due ON requests (status, due_date, id);
