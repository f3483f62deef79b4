-- Memberships and support requests are imported too: each may carry the key it has in the system it comes from,
-- unique per county and kind, as organisations and contacts do (V8).
ALTER TABLE membership ADD COLUMN external_id text;
CREATE UNIQUE INDEX membership_county_external_id_idx ON membership (county_code, external_id);

ALTER TABLE support_request ADD COLUMN external_id text;
CREATE UNIQUE INDEX support_request_county_external_id_idx ON support_request (county_code, external_id);
