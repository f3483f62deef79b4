-- An import that stopped before it finished (its database connection or its instance was lost, so its transaction
-- and every row of it rolled back) is recorded FAILED instead of staying RUNNING for ever, and gives its
-- Idempotency-Key back (set to null) so that the same import can be sent again.
ALTER TABLE import_run DROP CONSTRAINT import_run_status_check;
ALTER TABLE import_run ADD CONSTRAINT import_run_status_check
    CHECK (status IN ('RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED'));
