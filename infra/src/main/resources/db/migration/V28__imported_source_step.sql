-- The bulk import of a landlord's history (docs/import.md): each step of the source system put on the ledger,
-- written in the same transaction as the step's events, so a re-run of the same file, or of one that was interrupted,
-- imports nothing twice (bulkimport.ImportedSteps).
CREATE TABLE imported_source_step (
    source              TEXT        NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
    source_step_id      TEXT        NOT NULL CHECK (length(source_step_id) BETWEEN 1 AND 200),
    source_complaint_id TEXT        NOT NULL CHECK (length(source_complaint_id) BETWEEN 1 AND 200),
    complaint_id        TEXT        NOT NULL,
    imported_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (source, source_step_id)
);
