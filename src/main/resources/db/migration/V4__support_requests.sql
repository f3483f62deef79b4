-- Method-support requests: a local actor asks the county for help; coordinators triage, assign, work and close.
CREATE TABLE support_request (
    county_code      varchar(2)   NOT NULL REFERENCES county (code),
    id               uuid         NOT NULL,
    organisation_id  uuid         NOT NULL,
    topic            varchar(32)  NOT NULL,
    title            text         NOT NULL COLLATE "sv-SE-x-icu",
    description      text         NOT NULL,
    -- 1 LOW, 2 NORMAL, 3 HIGH: stored as a rank so that lists sort by urgency, not by name
    priority         smallint     NOT NULL CHECK (priority BETWEEN 1 AND 3),
    status           varchar(16)  NOT NULL
                     CHECK (status IN ('SUBMITTED', 'TRIAGED', 'IN_PROGRESS', 'RESOLVED', 'DECLINED')),
    due_on           date,
    assignee_subject text,
    need_categories  varchar(32)[] NOT NULL DEFAULT '{}',
    -- the token subject of who filed it: a member sees only the requests it filed
    filed_by         text         NOT NULL,
    filed_by_name    text,
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    created_by       text         NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    -- the requesting organisation lies in the same county: the key includes it
    FOREIGN KEY (county_code, organisation_id) REFERENCES organisation (county_code, id)
);
CREATE INDEX support_request_county_created_idx ON support_request (county_code, created_at);
CREATE INDEX support_request_county_filer_idx ON support_request (county_code, filed_by, created_at);
CREATE INDEX support_request_county_status_idx ON support_request (county_code, status, due_on);
CREATE INDEX support_request_county_assignee_idx ON support_request (county_code, assignee_subject);
CREATE INDEX support_request_county_organisation_idx ON support_request (county_code, organisation_id);

-- Every move of a request through its workflow, kept for good: who, when, from, to and why.
CREATE TABLE support_request_transition (
    county_code     varchar(2)   NOT NULL,
    id              uuid         NOT NULL,
    request_id      uuid         NOT NULL,
    action          varchar(16)  NOT NULL CHECK (action IN ('TRIAGE', 'START', 'RESOLVE', 'DECLINE', 'REOPEN')),
    from_status     varchar(16)  NOT NULL,
    to_status       varchar(16)  NOT NULL,
    comment         text,
    actor_subject   text         NOT NULL,
    actor_name      text,
    -- a coordinator's move answers the request (time to first answer); the filer's REOPEN does not
    by_coordinator  boolean      NOT NULL,
    occurred_at     timestamptz  NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    FOREIGN KEY (county_code, request_id) REFERENCES support_request (county_code, id) ON DELETE CASCADE
);
CREATE INDEX support_request_transition_request_idx
    ON support_request_transition (county_code, request_id, occurred_at);

-- Comments on a request: public ones its filer reads, internal notes only coordinators read.
CREATE TABLE support_request_comment (
    county_code     varchar(2)   NOT NULL,
    id              uuid         NOT NULL,
    request_id      uuid         NOT NULL,
    text            text         NOT NULL,
    internal        boolean      NOT NULL,
    author_name     text,
    by_coordinator  boolean      NOT NULL,
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      text         NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    FOREIGN KEY (county_code, request_id) REFERENCES support_request (county_code, id) ON DELETE CASCADE
);
CREATE INDEX support_request_comment_request_idx ON support_request_comment (county_code, request_id, created_at);
