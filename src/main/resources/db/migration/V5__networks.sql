-- Networks of a county and who belongs to them when. Leaving a network sets left_on and keeps the row; joining
-- again is a new row. A membership is current on day d when joined_on <= d and (left_on IS NULL OR d < left_on):
-- left_on is the first day it no longer holds.
CREATE TABLE network (
    county_code varchar(2)   NOT NULL REFERENCES county (code),
    id          uuid         NOT NULL,
    name        text         NOT NULL COLLATE "sv-SE-x-icu",
    purpose     text,
    status      varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'CLOSED')),
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  text         NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id)
);
-- a name is taken once per county whatever its case (lower() under the column's Swedish collation: Å and å alike)
CREATE UNIQUE INDEX network_county_lower_name_idx ON network (county_code, lower(name));
CREATE INDEX network_county_name_idx ON network (county_code, name);

CREATE TABLE membership (
    county_code     varchar(2)   NOT NULL REFERENCES county (code),
    id              uuid         NOT NULL,
    network_id      uuid         NOT NULL,
    contact_id      uuid,
    organisation_id uuid,
    role            varchar(16)  NOT NULL CHECK (role IN ('MEMBER', 'CHAIR', 'COORDINATOR')),
    joined_on       date         NOT NULL,
    left_on         date,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      text         NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    -- network, contact and organisation lie in the membership's county: every key includes it
    FOREIGN KEY (county_code, network_id) REFERENCES network (county_code, id),
    FOREIGN KEY (county_code, contact_id) REFERENCES contact (county_code, id),
    FOREIGN KEY (county_code, organisation_id) REFERENCES organisation (county_code, id),
    CHECK (contact_id IS NOT NULL OR organisation_id IS NOT NULL),
    CHECK (left_on IS NULL OR left_on > joined_on)
);
CREATE INDEX membership_county_network_idx ON membership (county_code, network_id, joined_on);
CREATE INDEX membership_county_contact_idx ON membership (county_code, contact_id);
CREATE INDEX membership_county_organisation_idx ON membership (county_code, organisation_id);
