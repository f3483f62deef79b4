-- The change feed filtered by resourceType (GET /counties/{cc}/changes?resourceType=…) read the county's events from
-- the cursor on and skipped those of other types: an integration polling for a rare type re-read every event since
-- its last match on every poll, at a cost that grew with the county. This index reads only the type's events after
-- the cursor, in sequence.
CREATE INDEX change_event_type_feed_idx ON change_event (county_code, resource_type, seq);
