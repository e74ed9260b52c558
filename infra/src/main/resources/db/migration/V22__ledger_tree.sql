-- The ledger's Merkle tree (docs/proofs.md): its leaves in admission order, the hashes of its perfect subtrees, the
-- admitter's position and the gaps it waits for, the events it refused, the signing keys and the signed checkpoints.

-- Leaf i of the tree: the event admitted i-th. Its hash is ledger_subtree (level 0, subtree_index i).
CREATE TABLE ledger_leaf (
    leaf_index           BIGINT       PRIMARY KEY,
    global_index         BIGINT       NOT NULL UNIQUE,
    event_identifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregate_identifier VARCHAR(255) NOT NULL
);
CREATE INDEX ledger_leaf_aggregate_idx ON ledger_leaf (aggregate_identifier, leaf_index);

-- The hash of every perfect subtree: 2^level leaves from leaf subtree_index * 2^level. Complete, so never changed.
CREATE TABLE ledger_subtree (
    level         SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 62),
    subtree_index BIGINT   NOT NULL CHECK (subtree_index >= 0),
    hash          BYTEA    NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (level, subtree_index)
);

-- Where the admitter has got to: every global_index at or below admitted_through is a leaf, a gap still awaited
-- (ledger_admission_gap) or one given up. One row.
CREATE TABLE ledger_admission (
    only_row         BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    leaf_count       BIGINT  NOT NULL,
    admitted_through BIGINT  NOT NULL
);
INSERT INTO ledger_admission (leaf_count, admitted_through) VALUES (0, 0);

-- global_index values first_index..last_index, not yet visible below one that is: awaited until their transactions
-- commit (a range shrinks or splits as they do), or given up once every transaction running when they were seen
-- (those below running_horizon, a pg_current_snapshot() xmax) has ended and a grace period has passed. A range, not a
-- row per index, so that a jump of the sequence (a crash skips up to 32 values, a setval any number) costs one row.
CREATE TABLE ledger_admission_gap (
    first_index     BIGINT      PRIMARY KEY,
    last_index      BIGINT      NOT NULL,
    seen_at         TIMESTAMPTZ NOT NULL,
    running_horizon xid8        NOT NULL,
    CHECK (last_index >= first_index)
);

-- Events the admitter would not admit (a seal or hash that does not hold): tampering, for the self-check to name.
CREATE TABLE ledger_refused_event (
    global_index     BIGINT       PRIMARY KEY,
    event_identifier VARCHAR(255) NOT NULL,
    refused_at       TIMESTAMPTZ  NOT NULL,
    reason           TEXT         NOT NULL
);

-- Every key that has signed a checkpoint, kept after rotation so that old checkpoints stay verifiable.
CREATE TABLE ledger_signing_key (
    key_id        VARCHAR(64) PRIMARY KEY,
    public_key    BYTEA       NOT NULL,
    first_used_at TIMESTAMPTZ NOT NULL
);

-- A signed checkpoint: the tree of tree_size leaves had root_hash at issued_at (docs/proofs.md section 3).
-- issued_at_text is the instant exactly as signed.
CREATE TABLE ledger_checkpoint (
    checkpoint_id  BIGSERIAL   PRIMARY KEY,
    tree_size      BIGINT      NOT NULL CHECK (tree_size >= 0),
    root_hash      BYTEA       NOT NULL CHECK (octet_length(root_hash) = 32),
    issued_at      TIMESTAMPTZ NOT NULL,
    issued_at_text VARCHAR(40) NOT NULL,
    key_id         VARCHAR(64) NOT NULL REFERENCES ledger_signing_key (key_id),
    signature      BYTEA       NOT NULL
);
CREATE INDEX ledger_checkpoint_tree_size_idx ON ledger_checkpoint (tree_size);

CREATE TRIGGER ledger_leaf_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_leaf
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_leaf_no_truncate BEFORE TRUNCATE ON ledger_leaf
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_subtree_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_subtree
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_subtree_no_truncate BEFORE TRUNCATE ON ledger_subtree
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_checkpoint_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_signing_key_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_signing_key
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER ledger_refused_event_no_update_or_delete BEFORE UPDATE OR DELETE ON ledger_refused_event
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
