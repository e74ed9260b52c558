-- Where the event stream (docs/event-stream.md) has got to on each Kafka topic it publishes to: the stream position
-- (the ledger tree's leaf index, docs/proofs.md) of the next event to publish. Moved forward only after the broker has
-- acknowledged (committed) everything before it; moved back only by a replay asked for on purpose, which also counts
-- up replays so that a batch published while the replay was asked for cannot move the position past it.
CREATE TABLE event_stream_position (
    topic          VARCHAR(249) PRIMARY KEY,
    next_position  BIGINT       NOT NULL CHECK (next_position >= 0),
    replays        BIGINT       NOT NULL DEFAULT 0,
    published_at   TIMESTAMPTZ
);
