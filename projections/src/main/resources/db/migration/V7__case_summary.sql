-- Projection: one row per complaint with what analysts, reports and the retention policy need, and no personal
-- data (no names, no free text): ids, the data subject's opaque id, enums, dates, on-time flags and decisions.
-- Rebuilt from the event store at will.
CREATE TABLE case_summary (
    complaint_id                    TEXT        PRIMARY KEY,
    data_subject_id                 TEXT        NOT NULL,
    code_version                    TEXT        NOT NULL,
    channel                         TEXT        NOT NULL,
    category                        TEXT        NOT NULL,
    received_at                     TIMESTAMPTZ NOT NULL,
    beyond_refusal_window           BOOLEAN     NOT NULL,
    status                          TEXT        NOT NULL,   -- see CaseStatus
    refusal_reason                  TEXT,
    stage_one_acknowledged_on_time  BOOLEAN,
    stage_one_decision              TEXT,
    stage_one_responded_on_time     BOOLEAN,
    stage_one_extended_beyond_limit BOOLEAN     NOT NULL DEFAULT FALSE,
    escalation_requested            BOOLEAN     NOT NULL DEFAULT FALSE,
    stage_two_acknowledged_on_time  BOOLEAN,
    stage_two_decision              TEXT,
    stage_two_responded_on_time     BOOLEAN,
    stage_two_extended_beyond_limit BOOLEAN     NOT NULL DEFAULT FALSE,
    referred_to_ombudsman           BOOLEAN     NOT NULL DEFAULT FALSE,
    ombudsman_findings              TEXT,                   -- e.g. MALADMINISTRATION,SERVICE_FAILURE
    closed_at                       TIMESTAMPTZ,            -- null while the complaint is open
    last_step_at                    TIMESTAMPTZ NOT NULL
);
CREATE INDEX case_summary_by_subject ON case_summary (data_subject_id);
CREATE INDEX case_summary_by_received ON case_summary (received_at);

-- Data subjects whose key was destroyed, and the runs of the retention job (both from ledger events).
CREATE TABLE forgotten_data_subject (
    data_subject_id TEXT        PRIMARY KEY,
    forgotten_at    TIMESTAMPTZ NOT NULL,
    reason          TEXT        NOT NULL
);

CREATE TABLE retention_run (
    run_id          TEXT        PRIMARY KEY,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ NOT NULL,
    run_trigger     TEXT        NOT NULL,
    policy          TEXT        NOT NULL,
    retained_until  TIMESTAMPTZ NOT NULL,
    due             INTEGER     NOT NULL,
    erased          INTEGER     NOT NULL,
    not_erased      INTEGER     NOT NULL
);

-- The secret that makes analysts' pseudonyms stable (HMAC key), made once on first use.
CREATE TABLE pseudonym_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret BYTEA   NOT NULL
);
