-- Projection (processing group outcomes-and-remedies): what complaints came to, for the annual report (8.1, 8.2) and
-- the governing body's update (9.7). Decisions per stage, remedies and actions to completion (6.17, 7.3), the
-- Ombudsman's referrals, findings and orders (8.1 c, 9.7 c) and learning records (9.1-9.3, 8.1 d).
-- No personal data and no free text: ids, enums, dates, amounts and staff or team names only; the descriptions stay
-- in the event store, where erasure reaches them. Rebuilt from the event store at will (the @ResetHandlers empty it).

-- The decision each stage response gave (6.9 c, 6.19 c); a stage answered again keeps its latest.
CREATE TABLE outcome_decision (
    complaint_id TEXT     NOT NULL,
    stage        SMALLINT NOT NULL,
    decision     TEXT     NOT NULL,   -- UPHELD, PARTLY_UPHELD or NOT_UPHELD
    responded_on DATE     NOT NULL,   -- Europe/London: a response counts in the period it was issued
    PRIMARY KEY (complaint_id, stage)
);

-- Every remedy (7.1) and outstanding action (6.17) on the record, each under its action id, to completion.
CREATE TABLE outcome_action (
    complaint_id TEXT    NOT NULL,
    action_id    TEXT    NOT NULL,
    remedy_type  TEXT,                -- APOLOGY, ..., FINANCIAL; null for an outstanding action that is no remedy
    amount_pence BIGINT,              -- the sum offered, for a financial remedy
    stage        SMALLINT,            -- the stage whose response set it; null for a remedy offered outside one (5.13)
    set_on       DATE    NOT NULL,    -- the day it was offered or set
    due_by       DATE,
    completed_on DATE,                -- null while outstanding; for a financial remedy, the day it was paid
    on_time      BOOLEAN,             -- completed on or before due_by; null while outstanding
    PRIMARY KEY (complaint_id, action_id)
);
CREATE INDEX outcome_action_outstanding_by_due ON outcome_action (due_by) WHERE completed_on IS NULL;

CREATE TABLE ombudsman_referral (
    complaint_id        TEXT NOT NULL,
    ombudsman_reference TEXT NOT NULL,
    referred_on         DATE NOT NULL,
    PRIMARY KEY (complaint_id, ombudsman_reference)
);

-- Every finding: a determination's, one per defined complaint, or a complaint handling failure order or Code
-- non-compliance finding, which may come without a referral. Keyed by the event (found_at) and the finding's
-- place in it, as determinations recorded before findings had ids carry none.
CREATE TABLE ombudsman_finding (
    complaint_id        TEXT        NOT NULL,
    found_at            TIMESTAMPTZ NOT NULL,
    position            SMALLINT    NOT NULL,
    finding_id          TEXT,
    kind                TEXT        NOT NULL,  -- DETERMINATION, COMPLAINT_HANDLING_FAILURE_ORDER, CODE_NON_COMPLIANCE_FINDING
    finding             TEXT,                  -- a determination's finding (MALADMINISTRATION, ...); null otherwise
    ombudsman_reference TEXT,                  -- a handling failure's; null for a determination
    provisions          TEXT[],                -- the Code's provisions a handling failure concerns
    found_on            DATE        NOT NULL,
    PRIMARY KEY (complaint_id, found_at, position)
);
CREATE INDEX ombudsman_finding_by_day ON ombudsman_finding (found_on);

-- Every order, with the finding it follows, and its compliance.
CREATE TABLE ombudsman_order (
    complaint_id TEXT    NOT NULL,
    order_id     TEXT    NOT NULL,
    finding_id   TEXT,               -- null in orders recorded before findings had ids
    made_on      DATE    NOT NULL,
    due_by       DATE    NOT NULL,
    complied_on  DATE,
    on_time      BOOLEAN,            -- complied on or before due_by; null while not complied with
    PRIMARY KEY (complaint_id, order_id)
);

-- A lesson learnt and the service improvement planned from it (9.1-9.3), without its text.
CREATE TABLE learning_record (
    learning_id     TEXT    PRIMARY KEY,
    recorded_on     DATE    NOT NULL,
    owner           TEXT    NOT NULL,   -- the member of staff or team accountable now (a role, not a data subject)
    improvement_due DATE    NOT NULL,   -- as rescheduled
    reschedules     INTEGER NOT NULL,
    delivered_on    DATE,
    on_time         BOOLEAN              -- delivered on or before the date due then; null until delivered
);

CREATE TABLE learning_complaint (
    learning_id  TEXT NOT NULL,
    complaint_id TEXT NOT NULL,
    linked_on    DATE NOT NULL,
    PRIMARY KEY (learning_id, complaint_id)
);
CREATE INDEX learning_complaint_by_complaint ON learning_complaint (complaint_id);
