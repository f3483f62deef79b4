-- Reference data: counties (län) and municipalities (kommuner) with their SCB codes.
CREATE TABLE county (
    code        varchar(2)  PRIMARY KEY CHECK (code ~ '^[0-9]{2}$'),
    name        text        NOT NULL COLLATE "sv-SE-x-icu"
);

CREATE TABLE municipality (
    code        varchar(4)  PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
    county_code varchar(2)  NOT NULL REFERENCES county (code),
    name        text        NOT NULL COLLATE "sv-SE-x-icu"
);
CREATE INDEX municipality_county_idx ON municipality (county_code, name);

-- County data. Every table carries county_code and leads its keys and indexes with it, so that
-- the county can become the distribution key (Citus, or a database per group of counties).
CREATE TABLE organisation (
    county_code         varchar(2)   NOT NULL REFERENCES county (code),
    id                  uuid         NOT NULL,
    name                text         NOT NULL COLLATE "sv-SE-x-icu",
    type                varchar(32)  NOT NULL,
    municipality_code   varchar(4)   REFERENCES municipality (code),
    organisation_number varchar(11),
    version             bigint       NOT NULL,
    created_at          timestamptz  NOT NULL,
    created_by          text         NOT NULL,
    updated_at          timestamptz  NOT NULL,
    updated_by          text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id)
);
CREATE INDEX organisation_county_name_idx ON organisation (county_code, name);
CREATE INDEX organisation_county_municipality_idx ON organisation (county_code, municipality_code);

CREATE TABLE contact (
    county_code     varchar(2)   NOT NULL REFERENCES county (code),
    id              uuid         NOT NULL,
    name            text         COLLATE "sv-SE-x-icu",
    email           text,
    phone           text,
    title           text,
    organisation_id uuid,
    erased_at       timestamptz,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      text         NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    -- a contact's organisation lies in the same county: the key includes it
    FOREIGN KEY (county_code, organisation_id) REFERENCES organisation (county_code, id),
    CHECK (erased_at IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX contact_county_name_idx ON contact (county_code, name) WHERE erased_at IS NULL;
CREATE INDEX contact_county_organisation_idx ON contact (county_code, organisation_id);

-- Append-only record of every write of county data: the source of history and the change feed.
-- seq is strictly increasing; writers of one county serialise on an advisory lock before they
-- append, so within a county events become visible in seq order.
CREATE TABLE change_event (
    seq           bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_code   varchar(2)   NOT NULL REFERENCES county (code),
    resource_type varchar(40)  NOT NULL,
    resource_id   uuid         NOT NULL,
    action        varchar(10)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED')),
    version       bigint       NOT NULL,
    actor_subject text         NOT NULL,
    actor_name    text,
    actor_client  text,
    occurred_at   timestamptz  NOT NULL,
    state         jsonb
);
CREATE INDEX change_event_resource_idx ON change_event (county_code, resource_type, resource_id, seq);
CREATE INDEX change_event_feed_idx ON change_event (county_code, seq);
