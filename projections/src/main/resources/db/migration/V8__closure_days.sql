-- Projection: the landlord's closure days declared on the ledger, with when each declaration and withdrawal was
-- recorded, so that the closure days in force as known at any recorded time can be told ("asAt"), and a deadline
-- computed then explained. Written by a subscribing processor in the transaction of the closure day's own event;
-- the working-day calendar reloads the days in force from it once that transaction has committed.
-- Created empty together with the feature, so no replay is needed to fill it; a replay from the events gives the
-- same rows (inserts and withdrawals are keyed by the events' sequence numbers).
CREATE TABLE closure_day (
    day                DATE        NOT NULL,
    declared_seq       BIGINT      NOT NULL,   -- sequence number of ClosureDayDeclared on the day's record
    reason             TEXT        NOT NULL,
    declared_by        TEXT        NOT NULL,
    declared_at        TIMESTAMPTZ NOT NULL,   -- when the declaration was recorded (the event's timestamp)
    withdrawn_seq      BIGINT,                 -- sequence number of the ClosureDayWithdrawn that ended it
    withdrawal_reason  TEXT,
    withdrawn_by       TEXT,
    withdrawn_at       TIMESTAMPTZ,            -- when the withdrawal was recorded
    PRIMARY KEY (day, declared_seq)
);
CREATE INDEX closure_day_in_force ON closure_day (day) WHERE withdrawn_at IS NULL;
