-- A request sent with an Idempotency-Key, written in the same transaction as the events it appended,
-- so a retry finds either both or neither.
CREATE TABLE idempotent_request (
    idempotency_key     TEXT        PRIMARY KEY,
    request_fingerprint TEXT        NOT NULL,
    command_id          TEXT        NOT NULL,
    complaint_id        TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
