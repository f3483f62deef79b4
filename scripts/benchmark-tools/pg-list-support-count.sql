-- The count that GET /counties/{cc}/support-requests?status=SUBMITTED&size=20 (the default, with its total) adds to
-- its page when the page is full. scripts/benchmark runs it after pg-list-support-page.sql in one transaction script.
select count(*) from support_request sr1_0
where sr1_0.county_code = lpad(:cc::text, 2, '0') and sr1_0.status = :status;
