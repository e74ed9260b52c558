-- The checkpoints that case bundles of each complaint were proven in (docs/proofs.md section 5): every later bundle
-- of the complaint carries a consistency proof from each, so whoever holds an earlier bundle can check with the
-- verifier's --since that nothing in it has changed. One row per complaint and tree size, from the first bundle made
-- against that checkpoint. Not evidence itself: a row lost only makes a later --since check fail, never pass.
CREATE TABLE case_bundle_checkpoint (
    complaint_id  VARCHAR(255) NOT NULL,
    tree_size     BIGINT       NOT NULL CHECK (tree_size > 0),
    first_made_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (complaint_id, tree_size)
);

CREATE TRIGGER case_bundle_checkpoint_no_update_or_delete BEFORE UPDATE OR DELETE ON case_bundle_checkpoint
    FOR EACH ROW EXECUTE FUNCTION reject_ledger_change();
CREATE TRIGGER case_bundle_checkpoint_no_truncate BEFORE TRUNCATE ON case_bundle_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION reject_ledger_change();
