-- Who attended a meeting, kept on the meeting: the organisations of the contacts that ATTENDED it and those
-- organisations' municipalities (each distinct, sorted, without nulls). The survey follow-up and the county overview
-- (followup/FollowUps, Overviews) read them from the county's meetings instead of joining every ATTENDED attendance
-- to its contact and the contact's organisation on each call. Measured in docs/benchmarks.md.
--
-- Kept by triggers, not by the services: the rows come from three families (attendance; a contact's organisation;
-- an organisation's municipality), written by their services one by one, by the imports in bulk (CountyWrites.writeAll)
-- and by contact erasure, and loaded by SQL (scripts/benchmark-tools/dataset.sql). A trigger sees every one of those
-- writes, in the same transaction, and is the one place that takes the locks that keep concurrent writes from leaving
-- a stale set (below). A meeting's status does not matter: the sets are kept for every meeting, and the views filter
-- by status as before.
ALTER TABLE meeting
    ADD COLUMN attended_organisations uuid[] NOT NULL DEFAULT '{}',
    ADD COLUMN attended_municipalities varchar(4)[] NOT NULL DEFAULT '{}';

-- Counts the sets of the meetings named (county_code, id pairs) again from their attendances.
--
-- Concurrency (READ COMMITTED: each statement of a function sees what was committed when it starts): the meetings are
-- locked first, in a statement of their own, so that two transactions refreshing one meeting take turns and the
-- second counts with what the first committed (an UPDATE that waits for a row lock would keep its older view of the
-- attendances). The callers lock, before calling, the rows whose change another transaction might not see as
-- touching these meetings: the contacts (and their organisations) of attendances just written, the organisations
-- contacts just moved to. Locks are taken in one order everywhere (contacts, organisations, meetings), each set
-- sorted, so that these waits cannot form a cycle.
CREATE FUNCTION meeting_attended_refresh(counties varchar[], ids uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM meeting m
    WHERE (m.county_code, m.id) IN (SELECT k.county_code, k.id FROM unnest(counties, ids) AS k(county_code, id))
    ORDER BY m.county_code, m.id
    FOR NO KEY UPDATE;

    UPDATE meeting m
    SET attended_organisations = x.organisations, attended_municipalities = x.municipalities
    FROM (SELECT k.county_code, k.id,
                 coalesce(array_agg(DISTINCT o.id ORDER BY o.id) FILTER (WHERE o.id IS NOT NULL),
                          '{}') AS organisations,
                 coalesce(array_agg(DISTINCT o.municipality_code ORDER BY o.municipality_code)
                          FILTER (WHERE o.municipality_code IS NOT NULL), '{}') AS municipalities
          FROM (SELECT DISTINCT u.county_code, u.id FROM unnest(counties, ids) AS u(county_code, id)) k
          LEFT JOIN attendance a ON a.county_code = k.county_code AND a.meeting_id = k.id AND a.status = 'ATTENDED'
          LEFT JOIN contact c ON c.county_code = a.county_code AND c.id = a.contact_id
          LEFT JOIN organisation o ON o.county_code = c.county_code AND o.id = c.organisation_id
          GROUP BY k.county_code, k.id) x
    WHERE m.county_code = x.county_code AND m.id = x.id
        AND (m.attended_organisations <> x.organisations OR m.attended_municipalities <> x.municipalities);
END
$$;

-- Attendances inserted, updated or deleted: the meetings of the rows that ATTENDED before or after the statement.
-- One call per statement (transition tables), so that a bulk insert refreshes each meeting once.
CREATE FUNCTION attendance_attended_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    counties varchar[];
    ids uuid[];
BEGIN
    IF TG_OP <> 'DELETE' THEN
        -- a contact or organisation changed by a transaction still open would not see these rows: wait for it
        PERFORM 1 FROM contact c
        WHERE (c.county_code, c.id) IN (SELECT n.county_code, n.contact_id FROM new_rows n WHERE n.status = 'ATTENDED')
        ORDER BY c.county_code, c.id
        FOR SHARE;
        PERFORM 1 FROM organisation o
        WHERE (o.county_code, o.id) IN (SELECT c.county_code, c.organisation_id
                                        FROM new_rows n
                                        JOIN contact c ON c.county_code = n.county_code AND c.id = n.contact_id
                                        WHERE n.status = 'ATTENDED')
        ORDER BY o.county_code, o.id
        FOR SHARE;
    END IF;
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(k.county_code), array_agg(k.meeting_id) INTO counties, ids
        FROM (SELECT DISTINCT n.county_code, n.meeting_id FROM new_rows n WHERE n.status = 'ATTENDED') k;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT array_agg(k.county_code), array_agg(k.meeting_id) INTO counties, ids
        FROM (SELECT n.county_code, n.meeting_id FROM new_rows n WHERE n.status = 'ATTENDED'
              UNION
              SELECT o.county_code, o.meeting_id FROM old_rows o WHERE o.status = 'ATTENDED') k;
    ELSE
        SELECT array_agg(k.county_code), array_agg(k.meeting_id) INTO counties, ids
        FROM (SELECT DISTINCT o.county_code, o.meeting_id FROM old_rows o WHERE o.status = 'ATTENDED') k;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM meeting_attended_refresh(counties, ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER attendance_attended_inserted AFTER INSERT ON attendance
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_attended_changed();
CREATE TRIGGER attendance_attended_updated AFTER UPDATE ON attendance
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_attended_changed();
CREATE TRIGGER attendance_attended_deleted AFTER DELETE ON attendance
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_attended_changed();

-- A contact moved to another organisation (or to none, as erasure does): the meetings it ATTENDED. The organisation
-- it moved to is locked first, so that a change of that organisation's municipality still open is waited for (and one
-- that starts later sees this contact among the organisation's).
CREATE FUNCTION contact_attended_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    counties varchar[];
    ids uuid[];
BEGIN
    PERFORM 1 FROM organisation o WHERE o.county_code = NEW.county_code AND o.id = NEW.organisation_id FOR SHARE;
    SELECT array_agg(a.county_code), array_agg(a.meeting_id) INTO counties, ids
    FROM attendance a
    WHERE a.county_code = NEW.county_code AND a.contact_id = NEW.id AND a.status = 'ATTENDED';
    IF ids IS NOT NULL THEN
        PERFORM meeting_attended_refresh(counties, ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER contact_attended_organisation AFTER UPDATE OF organisation_id ON contact
    FOR EACH ROW WHEN (OLD.organisation_id IS DISTINCT FROM NEW.organisation_id)
    EXECUTE FUNCTION contact_attended_changed();

-- An organisation moved to another municipality: the meetings its contacts ATTENDED.
CREATE FUNCTION organisation_attended_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    counties varchar[];
    ids uuid[];
BEGIN
    SELECT array_agg(k.county_code), array_agg(k.meeting_id) INTO counties, ids
    FROM (SELECT DISTINCT a.county_code, a.meeting_id
          FROM contact c
          JOIN attendance a ON a.county_code = c.county_code AND a.contact_id = c.id AND a.status = 'ATTENDED'
          WHERE c.county_code = NEW.county_code AND c.organisation_id = NEW.id) k;
    IF ids IS NOT NULL THEN
        PERFORM meeting_attended_refresh(counties, ids);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER organisation_attended_municipality AFTER UPDATE OF municipality_code ON organisation
    FOR EACH ROW WHEN (OLD.municipality_code IS DISTINCT FROM NEW.municipality_code)
    EXECUTE FUNCTION organisation_attended_changed();

-- The sets of the meetings there are.
UPDATE meeting m
SET attended_organisations = x.organisations, attended_municipalities = x.municipalities
FROM (SELECT a.county_code, a.meeting_id,
             coalesce(array_agg(DISTINCT o.id ORDER BY o.id) FILTER (WHERE o.id IS NOT NULL), '{}') AS organisations,
             coalesce(array_agg(DISTINCT o.municipality_code ORDER BY o.municipality_code)
                      FILTER (WHERE o.municipality_code IS NOT NULL), '{}') AS municipalities
      FROM attendance a
      JOIN contact c ON c.county_code = a.county_code AND c.id = a.contact_id
      LEFT JOIN organisation o ON o.county_code = c.county_code AND o.id = c.organisation_id
      WHERE a.status = 'ATTENDED'
      GROUP BY a.county_code, a.meeting_id) x
WHERE m.county_code = x.county_code AND m.id = x.meeting_id;

-- A county's HELD meetings by start, with what the follow-up reads of them.
CREATE INDEX meeting_county_held_attended_idx ON meeting (county_code, starts_at)
    INCLUDE (id, need_categories, attended_municipalities) WHERE status = 'HELD';
