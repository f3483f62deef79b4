-- The survey follow-up and the county overview (followup/FollowUps, Overviews) read a county's attendances, contacts,
-- organisations and resolved support requests in bulk: covering indexes let those reads be index-only scans instead
-- of one heap visit per row. Measured in docs/benchmarks.md.

-- Which contacts ATTENDED a meeting.
CREATE INDEX attendance_county_meeting_attended_idx ON attendance (county_code, meeting_id, contact_id)
    WHERE status = 'ATTENDED';

-- A contact's organisation, and an organisation's municipality and type.
CREATE INDEX contact_county_id_organisation_idx ON contact (county_code, id) INCLUDE (organisation_id);
CREATE INDEX organisation_county_id_place_idx ON organisation (county_code, id) INCLUDE (municipality_code, type);

-- When a request was resolved (its latest move to RESOLVED), and whose RESOLVED request it is.
CREATE INDEX support_request_transition_resolved_idx ON support_request_transition (county_code, request_id, occurred_at)
    WHERE to_status = 'RESOLVED';
CREATE INDEX support_request_county_resolved_idx ON support_request (county_code, id)
    INCLUDE (organisation_id, need_categories) WHERE status = 'RESOLVED';

-- A county's requests by status and organisation, counted by the overview.
CREATE INDEX support_request_county_status_organisation_idx
    ON support_request (county_code, status, organisation_id, created_at);

-- A county's meetings by start, with what the views filter on; replaces the index on (county_code, starts_at) alone.
CREATE INDEX meeting_county_start_covering_idx ON meeting (county_code, starts_at) INCLUDE (id, status, need_categories);
DROP INDEX meeting_county_start_idx;
