-- Bulk imports. Importable objects carry an optional externalId, the key of the object in the system it comes from:
-- unique per county and kind, so that an import updates the object that carries it instead of creating a second.
ALTER TABLE organisation ADD COLUMN external_id text;
CREATE UNIQUE INDEX organisation_county_external_id_idx ON organisation (county_code, external_id);

ALTER TABLE contact ADD COLUMN external_id text;
CREATE UNIQUE INDEX contact_county_external_id_idx ON contact (county_code, external_id);

-- One row per import that was run (dry runs are not recorded): its report, from which the answer that an
-- Idempotency-Key replays is made again. The key is unique per county for as long as the row lives (at least
-- 24 hours; today for ever).
-- At most one import runs per county at a time, across instances: the importer holds a transaction-level
-- advisory lock on the county while it writes.
CREATE TABLE import_run (
    county_code     varchar(2)   NOT NULL REFERENCES county (code),
    id              uuid         NOT NULL,
    kind            varchar(32)  NOT NULL,
    status          varchar(16)  NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'REJECTED')),
    idempotency_key text,
    body_hash       varchar(64)  NOT NULL,
    report          jsonb,
    started_at      timestamptz  NOT NULL,
    started_by      text         NOT NULL,
    finished_at     timestamptz,
    PRIMARY KEY (county_code, id),
    UNIQUE (id)
);
CREATE UNIQUE INDEX import_run_county_key_idx ON import_run (county_code, idempotency_key);
CREATE INDEX import_run_county_started_idx ON import_run (county_code, started_at, id);
