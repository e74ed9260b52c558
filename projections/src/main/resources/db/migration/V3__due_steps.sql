-- Projection: every step a landlord owes on a complaint, with the deadline in force, until it is settled.
-- Rebuilt from the event store at will (drop the rows and the processor's token to replay).
CREATE TABLE due_step (
    complaint_id TEXT        NOT NULL,
    step         TEXT        NOT NULL,   -- stage-1-acknowledgement, stage-2-response, action-3, order-1, ...
    due_on       DATE        NOT NULL,
    settled_at   TIMESTAMPTZ,
    settled_how  TEXT,                   -- DONE, or NO_LONGER_DUE when the complaint was refused or withdrawn
    PRIMARY KEY (complaint_id, step)
);
CREATE INDEX due_step_open_by_due_on ON due_step (due_on) WHERE settled_at IS NULL;
