-- Themed meetings and trainings of a county, and who attends them.
-- need_categories: names of NeedCategory; municipality_codes: the municipalities of the county it was meant for.
CREATE TABLE meeting (
    county_code        varchar(2)   NOT NULL REFERENCES county (code),
    id                 uuid         NOT NULL,
    title              text         NOT NULL COLLATE "sv-SE-x-icu",
    theme              text         NOT NULL COLLATE "sv-SE-x-icu",
    kind               varchar(20)  NOT NULL CHECK (kind IN ('NETWORK_MEETING', 'TRAINING', 'SEMINAR')),
    audience           varchar(20)  CHECK (audience IN ('POLITICIANS', 'OFFICIALS', 'MIXED')),
    network_id         uuid,
    starts_at          timestamptz  NOT NULL,
    ends_at            timestamptz  NOT NULL,
    location           text,
    online_url         text,
    status             varchar(12)  NOT NULL CHECK (status IN ('PLANNED', 'HELD', 'CANCELLED')),
    agenda             jsonb        NOT NULL,
    guests             jsonb        NOT NULL,
    minutes            text,
    actions            jsonb        NOT NULL,
    need_categories    varchar(40)[] NOT NULL,
    municipality_codes varchar(4)[]  NOT NULL,
    version            bigint       NOT NULL,
    created_at         timestamptz  NOT NULL,
    created_by         text         NOT NULL,
    updated_at         timestamptz  NOT NULL,
    updated_by         text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    CHECK (starts_at < ends_at),
    CHECK (location IS NOT NULL OR online_url IS NOT NULL),
    CHECK ((kind = 'TRAINING') = (audience IS NOT NULL)),
    -- a meeting's network lies in its county: the key includes it
    FOREIGN KEY (county_code, network_id) REFERENCES network (county_code, id)
);
CREATE INDEX meeting_county_start_idx ON meeting (county_code, starts_at);
CREATE INDEX meeting_county_network_idx ON meeting (county_code, network_id, starts_at);

CREATE TABLE attendance (
    county_code varchar(2)   NOT NULL REFERENCES county (code),
    id          uuid         NOT NULL,
    meeting_id  uuid         NOT NULL,
    contact_id  uuid         NOT NULL,
    status      varchar(12)  NOT NULL CHECK (status IN ('INVITED', 'REGISTERED', 'ATTENDED', 'ABSENT')),
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  text         NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    -- the meeting and the contact lie in the same county: the keys include it
    FOREIGN KEY (county_code, meeting_id) REFERENCES meeting (county_code, id),
    FOREIGN KEY (county_code, contact_id) REFERENCES contact (county_code, id),
    -- a contact is on a meeting's list once
    UNIQUE (county_code, meeting_id, contact_id)
);
CREATE INDEX attendance_county_contact_idx ON attendance (county_code, contact_id);
