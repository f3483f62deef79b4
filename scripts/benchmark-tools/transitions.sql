-- Transitions for the benchmark data set (run after dataset.sql): the path each status implies (TRIAGE, START,
-- RESOLVE or DECLINE), one, three and ten days after filing, so that the follow-up and the overview find RESOLVED
-- requests with a resolution date (588 000 rows, ~30 s). Ids 00000000-0000-4000-8a<cc>-<request n * 10 + step>.
\set ON_ERROR_STOP 1
insert into support_request_transition (county_code, id, request_id, action, from_status, to_status, comment,
                                        actor_subject, actor_name, by_coordinator, occurred_at)
select s.county_code,
       ('00000000-0000-4000-8a' || s.county_code || '-' || lpad((substr(s.id::text, 25)::bigint * 10 + p.step)::text, 12, '0'))::uuid,
       s.id, p.action, p.from_status, p.to_status, null, 'coordinator-' || s.county_code, 'Samordnare', true,
       s.created_at + p.after
from support_request s
join (values
    ('TRIAGED', 1, 'TRIAGE', 'SUBMITTED', 'TRIAGED', interval '1 day'),
    ('IN_PROGRESS', 1, 'TRIAGE', 'SUBMITTED', 'TRIAGED', interval '1 day'),
    ('IN_PROGRESS', 2, 'START', 'TRIAGED', 'IN_PROGRESS', interval '3 days'),
    ('RESOLVED', 1, 'TRIAGE', 'SUBMITTED', 'TRIAGED', interval '1 day'),
    ('RESOLVED', 2, 'START', 'TRIAGED', 'IN_PROGRESS', interval '3 days'),
    ('RESOLVED', 3, 'RESOLVE', 'IN_PROGRESS', 'RESOLVED', interval '10 days'),
    ('DECLINED', 1, 'DECLINE', 'SUBMITTED', 'DECLINED', interval '1 day'))
    as p(status, step, action, from_status, to_status, after) on p.status = s.status;

-- The API keeps a RESOLVED request's resolved_at (its latest move to RESOLVED, V15) as the RESOLVE transition writes
-- it; a data set loaded straight into the tables sets it as that migration backfills it.
update support_request s set resolved_at = t.resolved_at
from (select county_code, request_id, max(occurred_at) as resolved_at
      from support_request_transition where to_status = 'RESOLVED'
      group by county_code, request_id) t
where s.status = 'RESOLVED' and s.county_code = t.county_code and s.id = t.request_id;
