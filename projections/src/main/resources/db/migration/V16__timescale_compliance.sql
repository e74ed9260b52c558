-- Projection: one row per complaint and stage with what the Code's timescales are measured by (2024 6.2-6.4,
-- 6.11-6.16; 2022 4.1, 5.1, 5.10, 5.13, 5.18) and TSM CH02 counts: the dates each count falls in, the deadlines the
-- events recorded (never recomputed) and the on-time flags. No personal data. Rebuilt from the event store at will.
CREATE TABLE timescale_compliance (
    complaint_id                     TEXT     NOT NULL,
    stage                            SMALLINT NOT NULL,   -- 1, 2 or 3
    code_version                     TEXT     NOT NULL,
    tenure                           TEXT,                -- TSM splits by tenure; null: not recorded
    category                         TEXT     NOT NULL,
    opened_on                        DATE     NOT NULL,   -- stage 1: received; later stages: escalation requested
    taken_on_on                      DATE,                -- re-entered after a refusal that did not stand (2.4, 5.11)
    standing                         TEXT     NOT NULL,   -- OPEN, RESPONDED, REFUSED, ESCALATION_REFUSED, WITHDRAWN
    closed_on                        DATE,                -- refused or withdrawn on; null otherwise
    acknowledgement_due              DATE,                -- null where the Code sets none (2022 stages 2 and 3)
    acknowledged_on                  DATE,
    acknowledged_on_time             BOOLEAN,             -- null where there was no deadline or no acknowledgement
    original_response_due            DATE,                -- before any extension (6.3, 6.14; 2022 5.13, 5.18)
    response_due                     DATE,                -- as extended
    extensions                       INTEGER  NOT NULL DEFAULT 0,
    extensions_beyond_limit          INTEGER  NOT NULL DEFAULT 0,
    working_days_extended            INTEGER,             -- beyond the original deadline, as the last extension said
    extensions_within_limit_or_with_good_reason BOOLEAN NOT NULL DEFAULT TRUE,  -- 6.4, 6.15
    responded_on                     DATE,                -- the response counts in the period it was issued
    working_days_taken               INTEGER,             -- from opened (or taken on) to the response
    on_time_as_extended              BOOLEAN,
    on_time_against_original         BOOLEAN,
    PRIMARY KEY (complaint_id, stage)
);
CREATE INDEX timescale_compliance_by_opened ON timescale_compliance (opened_on);
CREATE INDEX timescale_compliance_by_responded ON timescale_compliance (responded_on);
