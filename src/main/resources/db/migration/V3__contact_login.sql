-- A coordinator links a contact to a login of the realm (its user name, as in the token's preferred_username),
-- so that a member acts as that contact and for its organisation. At most one contact per login and county;
-- /me finds a login's contacts through this index too (county_code = ANY(the counties of the token)).
ALTER TABLE contact ADD COLUMN login_username text;
CREATE UNIQUE INDEX contact_county_login_idx ON contact (county_code, login_username)
    WHERE login_username IS NOT NULL;
