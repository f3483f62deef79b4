-- Support requests are listed by title unless a client sorts otherwise, most often filtered by status: indexes that
-- lead with the county, end with the id (the tie-breaker of every sort, in the sort's direction) and so give a page
-- in order without sorting the county's requests first. Measured in docs/benchmarks.md.
CREATE INDEX support_request_county_title_idx ON support_request (county_code, title, id);
CREATE INDEX support_request_county_status_title_idx ON support_request (county_code, status, title, id);
