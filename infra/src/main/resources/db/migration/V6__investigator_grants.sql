-- Projection: the investigator grants (5.12), written by a subscribing processor in the same transaction as the
-- grant's events, so access checks read it without lag. The events themselves stay on the ledger; this table only
-- answers "may this investigator read this complaint now?" and lists a complaint's grants for its officers.
-- Created empty together with the feature, so no replay is needed to fill it.
CREATE TABLE investigator_grant (
    grant_id     TEXT        PRIMARY KEY,
    complaint_id TEXT        NOT NULL,
    investigator TEXT        NOT NULL,   -- the principal name the investigator authenticates with
    granted_by   TEXT        NOT NULL,
    reason       TEXT        NOT NULL,
    granted_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    revoked      BOOLEAN     NOT NULL DEFAULT FALSE,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT,
    reads        INTEGER     NOT NULL DEFAULT 0,
    last_read_at TIMESTAMPTZ
);
CREATE INDEX investigator_grant_by_complaint ON investigator_grant (complaint_id, investigator);
