-- What GET /counties/{cc}/support-requests?status=SUBMITTED&size=20&total=false sends (read from the SQL log): one
-- statement, the page with its organisations' names, 21 rows (the 21st tells hasNext). Counties drawn like pool.lua.
-- The status, the offset and the row count are bound as the API binds them (scripts/benchmark sets :status with -D):
-- PostgreSQL plans such a statement for each execution (see docs/benchmarks.md, "PostgreSQL planned every page").
\set first 0
\set rows 21
\set k random(1, 5)
\set cc CASE WHEN :k = 1 THEN 1 WHEN :k <= 3 THEN 8 ELSE 10 END
select sr1_0.id, sr1_0.assignee_subject, sr1_0.county_code, sr1_0.created_at, sr1_0.created_by, sr1_0.description,
       sr1_0.due_on, sr1_0.external_id, sr1_0.filed_by, sr1_0.filed_by_name, sr1_0.need_categories,
       sr1_0.organisation_id,
       (select o.name from organisation o where o.county_code = sr1_0.county_code and o.id = sr1_0.organisation_id),
       sr1_0.organisation_id, sr1_0.priority, sr1_0.resolved_at, sr1_0.status, sr1_0.title, sr1_0.topic, sr1_0.updated_at,
       sr1_0.updated_by, sr1_0.version
from support_request sr1_0
where sr1_0.county_code = lpad(:cc::text, 2, '0') and sr1_0.status = :status
order by sr1_0.title, sr1_0.id
offset :first rows fetch first :rows rows only;
