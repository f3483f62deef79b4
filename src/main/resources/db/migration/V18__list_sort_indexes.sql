-- Issue 11: an index for every sort the large lists offer, leading with the county and ending with the id, as V17 gave
-- the support-request list. Ties of every sort break by id in the sort's direction (web/Sorting), so one index serves
-- asc and desc, and a page reads its rows in order instead of sorting the county's rows first (an index without the
-- id, such as V1's on (county_code, name), still needs an incremental sort of each run of equal values).
-- The lists covered are those a county fills by the thousand (scripts/benchmark: 300 organisations and 50 000 through
-- an import, 5 000 contacts, 2 000 meetings). Networks and surveys (tens a county) and the lists under one parent
-- (a survey's responses, a meeting's attendance, a network's members, a request's comments) are small enough that
-- sorting them costs less than keeping an index on every write.

-- organisations: name, type, municipalityCode, createdAt, updatedAt; the first two replace V1's, which lack the id
CREATE INDEX organisation_county_name_id_idx ON organisation (county_code, name, id);
DROP INDEX organisation_county_name_idx;
CREATE INDEX organisation_county_municipality_id_idx ON organisation (county_code, municipality_code, id);
DROP INDEX organisation_county_municipality_idx;
CREATE INDEX organisation_county_type_idx ON organisation (county_code, type, id);
CREATE INDEX organisation_county_created_idx ON organisation (county_code, created_at, id);
CREATE INDEX organisation_county_updated_idx ON organisation (county_code, updated_at, id);

-- contacts (the list shows those not erased): name, createdAt, updatedAt
CREATE INDEX contact_county_name_id_idx ON contact (county_code, name, id) WHERE erased_at IS NULL;
DROP INDEX contact_county_name_idx;
CREATE INDEX contact_county_created_idx ON contact (county_code, created_at, id) WHERE erased_at IS NULL;
CREATE INDEX contact_county_updated_idx ON contact (county_code, updated_at, id) WHERE erased_at IS NULL;

-- meetings: startsAt (the default), endsAt, title, status, createdAt, updatedAt. The start's index keeps what V13's
-- covering index held for the county views (their index-only scans), with the id as a key column instead
CREATE INDEX meeting_county_start_id_idx ON meeting (county_code, starts_at, id) INCLUDE (status, need_categories);
DROP INDEX meeting_county_start_covering_idx;
CREATE INDEX meeting_county_end_idx ON meeting (county_code, ends_at, id);
CREATE INDEX meeting_county_title_idx ON meeting (county_code, title, id);
CREATE INDEX meeting_county_status_idx ON meeting (county_code, status, id);
CREATE INDEX meeting_county_created_idx ON meeting (county_code, created_at, id);
CREATE INDEX meeting_county_updated_idx ON meeting (county_code, updated_at, id);
