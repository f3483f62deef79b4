-- Survey responses are imported too (kind=survey-responses): each may carry the key it has in the system it comes
-- from, unique per county, as organisations, contacts (V8), memberships and support requests (V9) do.
ALTER TABLE survey_response ADD COLUMN external_id text;
CREATE UNIQUE INDEX survey_response_county_external_id_idx ON survey_response (county_code, external_id);
