-- V19's trigger on support requests took the organisation's share lock only when a request became RESOLVED. A
-- request reopened (or moved off RESOLVED otherwise) while another transaction moved its organisation to another
-- municipality could keep rows: its DELETE, begun before the move committed, did not see the rows the move's trigger
-- had inserted for it. NeedAnswersFollowWritesTest.concurrentReopenAndMove shows it.

-- A support request written: its rows again. The organisations it was and is of are share-locked first, before any
-- row is touched, so that a move of one to another municipality still open is waited for: the statements after the
-- lock then see what that move wrote (its rows, its municipality), where a statement begun before it commits would
-- neither delete the rows it inserted nor read its municipality. A move that starts later waits for this transaction,
-- and its trigger (V19's organisation_need_moved) then sees these rows. Neither trigger waits for rows the other holds before its lock.
CREATE OR REPLACE FUNCTION support_request_need_changed() RETURNS trigger
LANGUAGE plpgsql SET enable_seqscan = off AS $$
BEGIN
    IF NEW.status <> 'RESOLVED' AND OLD.status IS DISTINCT FROM 'RESOLVED' THEN
        RETURN NULL;
    END IF;
    PERFORM 1 FROM organisation o
    WHERE o.county_code = NEW.county_code AND o.id IN (OLD.organisation_id, NEW.organisation_id)
    ORDER BY o.id
    FOR SHARE;
    IF OLD.status = 'RESOLVED' THEN
        DELETE FROM support_request_need p WHERE p.county_code = OLD.county_code AND p.request_id = OLD.id;
    END IF;
    IF NEW.status = 'RESOLVED' AND NEW.resolved_at IS NOT NULL THEN
        INSERT INTO support_request_need (county_code, request_id, municipality_code, category, resolved_at)
        SELECT DISTINCT NEW.county_code, NEW.id, o.municipality_code, c.category, NEW.resolved_at
        FROM organisation o
        CROSS JOIN LATERAL unnest(NEW.need_categories) AS c(category)
        WHERE o.county_code = NEW.county_code AND o.id = NEW.organisation_id AND o.municipality_code IS NOT NULL;
    END IF;
    RETURN NULL;
END
$$;
