-- Needs surveys (behovskartläggning) and their responses, one per organisation and survey.
-- Questions, answers and needs are ordered lists read and written whole with their survey or response, so
-- they are jsonb; the report aggregates the needs in SQL with jsonb_to_recordset.
CREATE TABLE survey (
    county_code varchar(2)   NOT NULL REFERENCES county (code),
    id          uuid         NOT NULL,
    title       text         NOT NULL COLLATE "sv-SE-x-icu",
    description text,
    opens_on    date         NOT NULL,
    closes_on   date         NOT NULL,
    status      varchar(16)  NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    -- [{id, text, type, options, required, needCategory}] in order; ids stay while the survey lives
    questions   jsonb        NOT NULL DEFAULT '[]',
    version     bigint       NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  text         NOT NULL,
    updated_at  timestamptz  NOT NULL,
    updated_by  text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    CHECK (closes_on >= opens_on),
    CHECK (jsonb_typeof(questions) = 'array')
);
CREATE INDEX survey_county_title_idx ON survey (county_code, title);
CREATE INDEX survey_county_status_idx ON survey (county_code, status);

CREATE TABLE survey_response (
    county_code      varchar(2)   NOT NULL REFERENCES county (code),
    id               uuid         NOT NULL,
    survey_id        uuid         NOT NULL,
    organisation_id  uuid         NOT NULL,
    mode             varchar(16)  NOT NULL CHECK (mode IN ('INTERVIEW', 'SELF')),
    interviewed_on   date,
    interviewer_subject text,
    interviewer_name text,
    -- [{questionId, value}] checked against the survey's questions
    answers          jsonb        NOT NULL DEFAULT '[]',
    -- [{category, priority, note}], a category at most once
    needs            jsonb        NOT NULL DEFAULT '[]',
    version          bigint       NOT NULL,
    created_at       timestamptz  NOT NULL,
    created_by       text         NOT NULL,
    updated_at       timestamptz  NOT NULL,
    updated_by       text         NOT NULL,
    PRIMARY KEY (county_code, id),
    UNIQUE (id),
    -- one response per organisation and survey
    UNIQUE (county_code, survey_id, organisation_id),
    -- survey and organisation lie in the response's county: the keys include it
    FOREIGN KEY (county_code, survey_id) REFERENCES survey (county_code, id),
    FOREIGN KEY (county_code, organisation_id) REFERENCES organisation (county_code, id),
    CHECK (mode <> 'INTERVIEW' OR interviewed_on IS NOT NULL),
    CHECK (jsonb_typeof(answers) = 'array' AND jsonb_typeof(needs) = 'array')
);
CREATE INDEX survey_response_county_organisation_idx ON survey_response (county_code, organisation_id);
