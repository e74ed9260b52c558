-- Each event's place in its record's hash chain (docs/proofs.md): the SHA-256 of the event as stored, chained to the
-- hash of the record's previous event, and the ledger's seal on that hash (HMAC-SHA-256 under a key held outside the
-- database), which shows the ledger itself appended the event. Written in the appending transaction.
CREATE TABLE event_chain (
    event_identifier     VARCHAR(255) PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    previous_hash        BYTEA        NOT NULL CHECK (octet_length(previous_hash) = 32),
    event_hash           BYTEA        NOT NULL CHECK (octet_length(event_hash) = 32),
    seal_key_id          VARCHAR(64)  NOT NULL,
    append_seal          BYTEA        NOT NULL CHECK (octet_length(append_seal) = 32),
    CONSTRAINT event_chain_aggregate_sequence_key UNIQUE (aggregate_identifier, sequence_number)
);

-- Append-only, like the events themselves (reject_ledger_change is V1's).
CREATE TRIGGER event_chain_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER event_chain_no_truncate
    BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
