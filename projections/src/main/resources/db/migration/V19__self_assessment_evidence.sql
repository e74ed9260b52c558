-- Projection (processing group self-assessment-evidence): what a landlord's self-assessment against the Code (8.1 a)
-- can show from the record and the timescale and outcome rows lack: who handled stage 2 against stage 1 (6.13; 2022
-- 5.12), every refusal with whether it was explained and the resident told of the Ombudsman (2.4, 5.11), every
-- escalation request and its answer, when update intervals were agreed (5.9) and every review of a resident's
-- adjustments and restrictions (5.10, 5.14). No personal data and no names: staff are kept only as one-way digests
-- to compare stage 2's with stage 1's, record ids and dates otherwise. Rebuilt from the event store at will.

-- One row per complaint that reached stage 1's handling. stage_one_staff: SHA-256 digests of the stage 1 handler
-- and signatory, each stripped and lower-cased as the command side compares them (never the names themselves).
CREATE TABLE self_assessment_handling (
    complaint_id             TEXT    PRIMARY KEY,
    stage_one_staff          TEXT[]  NOT NULL DEFAULT '{}',
    stage_two_handler_same   BOOLEAN,   -- the stage 2 acknowledgement's handler handled stage 1; null: none recorded
    stage_two_signatory_same BOOLEAN,   -- the stage 2 response's signatory handled stage 1; null: none recorded
    stage_two_responded_on   DATE       -- London day of the stage 2 response; null while unanswered
);
CREATE INDEX self_assessment_handling_by_response ON self_assessment_handling (stage_two_responded_on);

-- Every refusal: of the complaint (stage 1) or of an escalation to stage 2 or 3, with its ground.
CREATE TABLE self_assessment_refusal (
    complaint_id         TEXT        NOT NULL,
    stage                SMALLINT    NOT NULL,   -- 1: the complaint refused (2.4); 2, 3: the escalation (5.11)
    refused_at           TIMESTAMPTZ NOT NULL,
    refused_on           DATE        NOT NULL,
    reason               TEXT        NOT NULL,   -- the section 2 ground
    explanation_given    BOOLEAN     NOT NULL,   -- a reason was given to the resident (kept, not its text)
    ombudsman_right_told BOOLEAN     NOT NULL,
    PRIMARY KEY (complaint_id, stage, refused_at)
);
CREATE INDEX self_assessment_refusal_by_day ON self_assessment_refusal (refused_on);

-- Every escalation request and how it was answered: ACCEPTED (the stage acknowledged or answered), REFUSED or
-- WITHDRAWN with the complaint; null while unanswered.
CREATE TABLE self_assessment_escalation (
    complaint_id TEXT        NOT NULL,
    to_stage     SMALLINT    NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL,
    requested_on DATE        NOT NULL,
    answer       TEXT,
    answered_on  DATE,
    PRIMARY KEY (complaint_id, to_stage, requested_at)
);
CREATE INDEX self_assessment_escalation_by_day ON self_assessment_escalation (requested_on);

-- A complaint whose response would fall outside the Code's timescales (its first extension) and the first update
-- interval agreed with the resident (5.9).
CREATE TABLE self_assessment_updates (
    complaint_id       TEXT PRIMARY KEY,
    first_extended_on  DATE,
    interval_agreed_on DATE
);

-- Every review of a disability disclosed, an adjustment agreed (5.10) or a restriction (5.14), by the date it answered.
CREATE TABLE self_assessment_review (
    record_id   TEXT    NOT NULL,
    kind        TEXT    NOT NULL,   -- ADJUSTMENT, DISABILITY or RESTRICTION
    review_due  DATE    NOT NULL,
    reviewed_on DATE    NOT NULL,
    on_time     BOOLEAN NOT NULL,
    PRIMARY KEY (record_id, review_due, reviewed_on)
);
-- Each such record's next review, while it is in force.
CREATE TABLE self_assessment_review_due (
    record_id       TEXT    PRIMARY KEY,
    kind            TEXT    NOT NULL,
    next_review_due DATE    NOT NULL,
    in_force        BOOLEAN NOT NULL
);
