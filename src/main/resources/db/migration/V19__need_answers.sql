-- What can answer a need, kept as rows by (county, municipality, category): every HELD meeting with each category it
-- names and each municipality that attended it, and every RESOLVED support request with each category it names and
-- its organisation's municipality. The survey follow-up and the county overview (followup/FollowUps) read, per need,
-- the latest of these from one index range, instead of reading all the county's HELD meetings since the need was
-- named and dropping those of other categories and municipalities (about a thousand per need at full volume), and
-- instead of joining all the county's RESOLVED requests to their organisations. Measured in docs/benchmarks.md.
--
-- Kept by triggers, as V16 keeps who attended: the meetings' rows follow the meeting itself (its status, start,
-- categories and V16's attended municipalities, which V16's triggers update on the meeting); the requests' rows follow
-- the request (status, resolution time, categories, organisation) and the organisation's municipality.
CREATE TABLE meeting_need (
    county_code        varchar(2)   NOT NULL,
    meeting_id         uuid         NOT NULL,
    municipality_code  varchar(4)   NOT NULL,
    category           varchar(40)  NOT NULL,
    starts_at          timestamptz  NOT NULL,
    PRIMARY KEY (county_code, meeting_id, municipality_code, category),
    FOREIGN KEY (county_code, meeting_id) REFERENCES meeting (county_code, id) ON DELETE CASCADE
);
-- a need's meetings, latest first
CREATE INDEX meeting_need_answers_idx
    ON meeting_need (county_code, municipality_code, category, starts_at DESC, meeting_id);

CREATE TABLE support_request_need (
    county_code        varchar(2)   NOT NULL,
    request_id         uuid         NOT NULL,
    municipality_code  varchar(4)   NOT NULL,
    category           varchar(32)  NOT NULL,
    resolved_at        timestamptz  NOT NULL,
    PRIMARY KEY (county_code, request_id, category),
    FOREIGN KEY (county_code, request_id) REFERENCES support_request (county_code, id) ON DELETE CASCADE
);
-- a need's resolved requests, latest first
CREATE INDEX support_request_need_answers_idx
    ON support_request_need (county_code, municipality_code, category, resolved_at DESC, request_id);

-- The functions below find the rows to replace by key, and must do so from the index however small the table was
-- when the session first planned them: a plan made while it is empty (as after a fresh migration, or a VACUUM of an
-- empty table) is a sequential scan, cached for the session, that reads the whole table for every row once it has
-- grown. Loading the benchmark's data set, that turned the 84 000 requests' resolution times (9 s) into 226 s.
-- Hence enable_seqscan = off within them: every table they read by key has the index for it.

-- A meeting written: its rows again (a deleted meeting's go with it, by the foreign key).
CREATE FUNCTION meeting_need_changed() RETURNS trigger
LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.status = 'HELD' THEN
        DELETE FROM meeting_need p WHERE p.county_code = OLD.county_code AND p.meeting_id = OLD.id;
    END IF;
    IF NEW.status = 'HELD' THEN
        INSERT INTO meeting_need (county_code, meeting_id, municipality_code, category, starts_at)
        SELECT DISTINCT NEW.county_code, NEW.id, u.municipality_code, c.category, NEW.starts_at
        FROM unnest(NEW.attended_municipalities) AS u(municipality_code), unnest(NEW.need_categories) AS c(category);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER meeting_need_inserted AFTER INSERT ON meeting
    FOR EACH ROW WHEN (NEW.status = 'HELD') EXECUTE FUNCTION meeting_need_changed();
CREATE TRIGGER meeting_need_updated AFTER UPDATE OF status, starts_at, need_categories, attended_municipalities ON meeting
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.starts_at IS DISTINCT FROM NEW.starts_at
        OR OLD.need_categories IS DISTINCT FROM NEW.need_categories
        OR OLD.attended_municipalities IS DISTINCT FROM NEW.attended_municipalities)
    EXECUTE FUNCTION meeting_need_changed();

-- A support request written: its rows again. The organisation is read with a share lock, so that a change of its
-- municipality still open is waited for and then read (a locking read sees the latest committed row); a change that
-- starts later waits for this transaction, and its trigger (below) then sees these rows. The lock comes before the
-- rows are touched, so that the two triggers never wait for each other in turn.
CREATE FUNCTION support_request_need_changed() RETURNS trigger
LANGUAGE plpgsql SET enable_seqscan = off AS $$
DECLARE
    municipality varchar(4);
BEGIN
    IF NEW.status = 'RESOLVED' AND NEW.resolved_at IS NOT NULL THEN
        SELECT o.municipality_code INTO municipality FROM organisation o
        WHERE o.county_code = NEW.county_code AND o.id = NEW.organisation_id
        FOR SHARE;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.status = 'RESOLVED' THEN
        DELETE FROM support_request_need p WHERE p.county_code = OLD.county_code AND p.request_id = OLD.id;
    END IF;
    IF municipality IS NOT NULL THEN
        INSERT INTO support_request_need (county_code, request_id, municipality_code, category, resolved_at)
        SELECT DISTINCT NEW.county_code, NEW.id, municipality, c.category, NEW.resolved_at
        FROM unnest(NEW.need_categories) AS c(category);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER support_request_need_inserted AFTER INSERT ON support_request
    FOR EACH ROW WHEN (NEW.status = 'RESOLVED') EXECUTE FUNCTION support_request_need_changed();
CREATE TRIGGER support_request_need_updated
    AFTER UPDATE OF status, resolved_at, need_categories, organisation_id ON support_request
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
        OR OLD.need_categories IS DISTINCT FROM NEW.need_categories
        OR OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
    EXECUTE FUNCTION support_request_need_changed();

-- An organisation moved to another municipality (or to none): the rows of its RESOLVED requests again.
CREATE FUNCTION organisation_need_moved() RETURNS trigger
LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    DELETE FROM support_request_need p
    USING support_request s
    WHERE s.county_code = NEW.county_code AND s.organisation_id = NEW.id AND s.status = 'RESOLVED'
        AND p.county_code = s.county_code AND p.request_id = s.id;
    IF NEW.municipality_code IS NOT NULL THEN
        INSERT INTO support_request_need (county_code, request_id, municipality_code, category, resolved_at)
        SELECT DISTINCT s.county_code, s.id, NEW.municipality_code, c.category, s.resolved_at
        FROM support_request s
        CROSS JOIN LATERAL unnest(s.need_categories) AS c(category)
        WHERE s.county_code = NEW.county_code AND s.organisation_id = NEW.id AND s.status = 'RESOLVED'
            AND s.resolved_at IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organisation_need_municipality AFTER UPDATE OF municipality_code ON organisation
    FOR EACH ROW WHEN (OLD.municipality_code IS DISTINCT FROM NEW.municipality_code)
    EXECUTE FUNCTION organisation_need_moved();

-- The rows of the meetings and requests there are.
INSERT INTO meeting_need (county_code, meeting_id, municipality_code, category, starts_at)
SELECT DISTINCT m.county_code, m.id, u.municipality_code, c.category, m.starts_at
FROM meeting m
CROSS JOIN LATERAL unnest(m.attended_municipalities) AS u(municipality_code)
CROSS JOIN LATERAL unnest(m.need_categories) AS c(category)
WHERE m.status = 'HELD';

INSERT INTO support_request_need (county_code, request_id, municipality_code, category, resolved_at)
SELECT DISTINCT s.county_code, s.id, o.municipality_code, c.category, s.resolved_at
FROM support_request s
JOIN organisation o ON o.county_code = s.county_code AND o.id = s.organisation_id
CROSS JOIN LATERAL unnest(s.need_categories) AS c(category)
WHERE s.status = 'RESOLVED' AND s.resolved_at IS NOT NULL AND o.municipality_code IS NOT NULL;

-- Read by nothing else: the follow-up read the county's HELD meetings by start from it.
DROP INDEX meeting_county_held_attended_idx;
