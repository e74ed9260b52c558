-- Projection (the retention processor): every survey response in which a resident expressed dissatisfaction (1.6),
-- so that a resident known to the ledger only through survey responses falls due for erasure too (UK GDPR
-- Art. 5(1)(e)). The clock of a response is its last step (the later of when the resident responded and when they
-- were told how to complain, or when it was linked to a complaint); one that became a complaint also follows that
-- complaint's row in case_summary. No personal data: ids and dates; what the resident said stays in the event store.
-- Rebuilt from the event store with the retention processor.
CREATE TABLE retention_survey_response (
    response_id     TEXT        PRIMARY KEY,
    data_subject_id TEXT        NOT NULL,   -- the resident who responded
    last_step_at    TIMESTAMPTZ NOT NULL,   -- occurredAt of the response's latest step
    complaint_id    TEXT                    -- the complaint it became, or null
);
CREATE INDEX retention_survey_response_by_subject ON retention_survey_response (data_subject_id);
