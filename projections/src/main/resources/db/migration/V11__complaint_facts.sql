-- The facts reports count complaints by (issue 7): the home's tenure (TSM CH01 splits by it; null where the
-- complaint was logged before the ledger asked), the version of the category taxonomy the category was chosen from
-- (9.4; null for free-text categories of that time), whether the complaint arose from a service request (1.4), and
-- the Ombudsman's complaint handling failure orders and Code non-compliance findings on it (8.1 c, 9.7 c).
-- Still no personal data: enums, versions, flags and counts. Replay the case-summary processor to fill them in.
ALTER TABLE case_summary
    ADD COLUMN tenure                            TEXT,
    ADD COLUMN category_taxonomy                 TEXT,
    ADD COLUMN service_request                   BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN complaint_handling_failure_orders INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN code_non_compliance_findings      INTEGER NOT NULL DEFAULT 0;
