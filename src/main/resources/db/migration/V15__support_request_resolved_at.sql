-- When a RESOLVED request was resolved (its latest move to RESOLVED), kept on the request by the transition that
-- resolves it and cleared when it is reopened (SupportRequest#stampResolvedAt), so that the follow-up, the county
-- overview and the national statistics read it from one index instead of grouping the transitions per request.
-- Measured in docs/benchmarks.md.
ALTER TABLE support_request ADD COLUMN resolved_at timestamptz;

UPDATE support_request s SET resolved_at = t.resolved_at
FROM (SELECT county_code, request_id, max(occurred_at) AS resolved_at
      FROM support_request_transition WHERE to_status = 'RESOLVED'
      GROUP BY county_code, request_id) t
WHERE s.status = 'RESOLVED' AND s.county_code = t.county_code AND s.id = t.request_id;

-- Only a RESOLVED request has a resolution time.
ALTER TABLE support_request ADD CONSTRAINT support_request_resolved_at_check
    CHECK (resolved_at IS NULL OR status = 'RESOLVED');

-- A county's RESOLVED requests by resolution time, with what the views read of them; replaces V13's two indexes
-- that served the grouping of transitions.
CREATE INDEX support_request_county_resolved_at_idx ON support_request (county_code, resolved_at)
    INCLUDE (id, organisation_id, need_categories) WHERE status = 'RESOLVED';
DROP INDEX support_request_county_resolved_idx;
DROP INDEX support_request_transition_resolved_idx;
