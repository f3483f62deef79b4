-- Issue 11: an index for every sort the support-request list offers, leading with the county and ending with the id.
-- Ties of every sort break by id in the sort's direction (web/Sorting), so one index serves asc and desc, and a page
-- sorted so reads its rows in order instead of sorting all of the county's requests first: with 20 000 requests in a
-- county (scripts/benchmark), a page with sort=dueOn sorted them all and computed each one's organisation name for it,
-- 50-65 ms a page (docs/benchmarks.md). title has its indexes (V11: with and without the status filter).
CREATE INDEX support_request_county_due_on_idx ON support_request (county_code, due_on, id);
CREATE INDEX support_request_county_priority_idx ON support_request (county_code, priority, id);
CREATE INDEX support_request_county_status_id_idx ON support_request (county_code, status, id);
CREATE INDEX support_request_county_updated_idx ON support_request (county_code, updated_at, id);
-- created_at gets the id too; the index without it serves nothing the new one does not
CREATE INDEX support_request_county_created_id_idx ON support_request (county_code, created_at, id);
DROP INDEX support_request_county_created_idx;
