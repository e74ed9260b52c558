-- Issue 9, the reports: what they count complaints by that the timescale rows lacked, and the landlord's own
-- context (processing group landlord-context): homes owned per financial year (TSM CH01's denominator) and what the
-- governing body received and answered (8.2, 9.7). No personal data. Rebuilt from the event store at will.

-- The channel a complaint came by (8.1 volumes by channel) and, on a refused stage, the ground (4.1; 2022 1.3):
-- a refusal that did not stand (2.4, 5.11) clears it when the stage is taken on.
ALTER TABLE timescale_compliance
    ADD COLUMN channel        TEXT,
    ADD COLUMN refusal_reason TEXT;

-- The homes owned a financial year's CH01 divides by: the latest figure recorded, and how many corrections it took.
CREATE TABLE homes_owned (
    financial_year           INTEGER     PRIMARY KEY,   -- the year starting 1 April of this calendar year
    low_cost_rental          INTEGER     NOT NULL,
    low_cost_home_ownership  INTEGER     NOT NULL,
    corrections              INTEGER     NOT NULL,
    recorded_at              TIMESTAMPTZ NOT NULL       -- when the figure in force was recorded
);

-- The governing body's response to the annual complaints performance report (8.2); a later one replaces it.
-- The response is the landlord's published text about its own performance, not about a resident.
CREATE TABLE governing_body_response (
    financial_year INTEGER PRIMARY KEY,
    response       TEXT    NOT NULL,
    responded_on   DATE    NOT NULL
);

-- The reports the governing body received (9.7) and when.
CREATE TABLE governing_body_report (
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    period_from DATE NOT NULL,
    period_to   DATE NOT NULL,
    received_on DATE NOT NULL,
    PRIMARY KEY (kind, period_from, period_to, received_on)
);
