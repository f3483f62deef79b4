-- What GET /counties/{cc}/support-requests/{id} sends (read from the SQL log): one statement, the request with its
-- organisation's name. County and id are drawn like pool.lua draws them.
\set rows 1
\set k random(1, 5)
\set cc CASE WHEN :k = 1 THEN 1 WHEN :k <= 3 THEN 8 ELSE 10 END
\set n random(1, 20000)
select sr1_0.id, sr1_0.assignee_subject, sr1_0.county_code, sr1_0.created_at, sr1_0.created_by, sr1_0.description,
       sr1_0.due_on, sr1_0.external_id, sr1_0.filed_by, sr1_0.filed_by_name, sr1_0.need_categories,
       sr1_0.organisation_id,
       (select o.name from organisation o where o.county_code = sr1_0.county_code and o.id = sr1_0.organisation_id),
       sr1_0.organisation_id, sr1_0.priority, sr1_0.resolved_at, sr1_0.status, sr1_0.title, sr1_0.topic, sr1_0.updated_at,
       sr1_0.updated_by, sr1_0.version
from support_request sr1_0
where sr1_0.county_code = lpad(:cc::text, 2, '0')
  and sr1_0.id = ('00000000-0000-4000-87' || lpad(:cc::text, 2, '0') || '-' || lpad(:n::text, 12, '0'))::uuid
fetch first :rows rows only;
