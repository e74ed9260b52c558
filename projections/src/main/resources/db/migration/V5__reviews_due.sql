-- Projection: every record about a resident that the Code requires kept under review -- adjustments agreed and
-- disabilities disclosed (5.10), restrictions for unacceptable behaviour (5.14) -- with its next review date.
-- No personal data: the text of the records stays in the event store, where erasure reaches it.
-- Rebuilt from the event store at will (drop the rows and the processor's token to replay).
CREATE TABLE review_due (
    record_id   TEXT    PRIMARY KEY,   -- the adjustment's or restriction's id (its aggregate)
    resident_id TEXT    NOT NULL,
    kind        TEXT    NOT NULL,      -- ADJUSTMENT, DISABILITY or RESTRICTION
    review_due  DATE    NOT NULL,      -- the review date in force; the last one once the record is no longer active
    active      BOOLEAN NOT NULL       -- false once an adjustment ended or a restriction was lifted
);
CREATE INDEX review_due_active_by_date ON review_due (review_due) WHERE active;
CREATE INDEX review_due_by_resident ON review_due (resident_id);
