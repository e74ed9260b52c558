-- Where the hash chains begin (docs/proofs.md section 1). Events up to unchained_through were stored before the ledger
-- chained events as it appended them: the ledger chains and seals those once, on start-up. An event after it without a
-- chain row was not appended by this ledger (or by an older version left running), so it is never sealed: sealing
-- every unchained event on each start would let anyone who can write to the database have a forged event sealed by
-- restarting the ledger. Written here, once, by the migration, which runs before this version appends anything.
CREATE TABLE event_chain_start (
    only_row          BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    unchained_through BIGINT  NOT NULL
);
INSERT INTO event_chain_start (unchained_through) SELECT coalesce(max(global_index), 0) FROM domain_event_entry;

-- When the ledger finished chaining those events. From then on it never chains an event on start-up again, so an old
-- event whose chain row went missing later stays unchained, for the self-check to name, and a start reads one row.
CREATE TABLE event_chain_backfill_finished (
    only_row    BOOLEAN     PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    finished_at TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER event_chain_start_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_chain_start
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER event_chain_start_no_truncate
    BEFORE TRUNCATE ON event_chain_start
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER event_chain_backfill_finished_no_update_or_delete
    BEFORE UPDATE OR DELETE ON event_chain_backfill_finished
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER event_chain_backfill_finished_no_truncate
    BEFORE TRUNCATE ON event_chain_backfill_finished
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
