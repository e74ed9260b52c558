-- The ledger's self-checks (docs/proofs.md, section 7): each run, what it verified, and the first failures it found.
-- A short history (a run a day by default) that outlives restarts, so health and metrics show the last result at once.
CREATE TABLE ledger_self_check (
    check_id             BIGSERIAL    PRIMARY KEY,
    started_by           VARCHAR(255) NOT NULL,  -- 'schedule', or the officer who asked
    started_at           TIMESTAMPTZ  NOT NULL,
    finished_at          TIMESTAMPTZ  NOT NULL,
    outcome              VARCHAR(16)  NOT NULL CHECK (outcome IN ('PASSED', 'FAILED', 'INCOMPLETE')),
    events_verified      BIGINT       NOT NULL,
    leaves_verified      BIGINT       NOT NULL,
    checkpoints_verified BIGINT       NOT NULL,
    bytes_hashed         BIGINT       NOT NULL,
    failure_count        BIGINT       NOT NULL,
    error                TEXT                    -- why an INCOMPLETE run could not finish
);
CREATE INDEX ledger_self_check_completed_idx ON ledger_self_check (check_id) WHERE outcome <> 'INCOMPLETE';

-- The first failures of a run (at most 100), position 0 first: what failed, where, and why.
CREATE TABLE ledger_self_check_failure (
    check_id             BIGINT       NOT NULL REFERENCES ledger_self_check (check_id),
    position             INTEGER      NOT NULL CHECK (position >= 0),
    concerns             VARCHAR(16)  NOT NULL,
    event_identifier     VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    global_index         BIGINT,
    leaf_index           BIGINT,
    checkpoint_id        BIGINT,
    reason               TEXT         NOT NULL,
    PRIMARY KEY (check_id, position)
);

-- A result, once written, is what the check found then: never changed or removed.
CREATE TRIGGER ledger_self_check_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_self_check
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_self_check_no_truncate BEFORE TRUNCATE ON ledger_self_check
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_self_check_failure_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_self_check_failure
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_self_check_failure_no_truncate BEFORE TRUNCATE ON ledger_self_check_failure
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
