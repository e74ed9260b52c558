-- More than one application process on this database (docs/multi-node.md).

-- Each process says every few seconds that it is alive, so every process knows how many share the tracking
-- processors' segments (nodes.SegmentBalancer). A process that stops removes its row; one that dies simply stops
-- refreshing it and is no longer counted once it is older than the token claim timeout.
CREATE TABLE ledger_node (
    node_id      TEXT        PRIMARY KEY CHECK (length(node_id) BETWEEN 1 AND 200),
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    heartbeat_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The erasure generation (below) this process has heard of and stopped trusting older cached keys at.
    erasure_generation BIGINT NOT NULL DEFAULT 0
);

-- How many erasures (destroyed data subject keys) this database has seen, moved on by every erasure in its own
-- transaction. Erasures take the row lock in turn, so the generation grows in commit order; a process whose cached
-- keys were opened at another generation drops them before it opens anything (personaldata.ErasureGeneration).
CREATE TABLE erasure_generation (
    only_row   BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    generation BIGINT  NOT NULL CHECK (generation >= 0)
);
INSERT INTO erasure_generation (only_row, generation) VALUES (TRUE, 0);
