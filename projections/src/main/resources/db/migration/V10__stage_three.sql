-- A third stage, where the landlord's procedure had one under the 2022 Code (2022 5.17, 5.18), is its own stage in the
-- case summary rather than filed under stage 2. final_stage is the last stage of the procedure the complaint follows,
-- decided when it was logged; rows written before this migration are 2024 Code complaints, which have two (5.3).
ALTER TABLE case_summary
    ADD COLUMN final_stage                       INTEGER NOT NULL DEFAULT 2,
    ADD COLUMN stage_three_requested             BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN stage_three_acknowledged_on_time  BOOLEAN,
    ADD COLUMN stage_three_decision              TEXT,
    ADD COLUMN stage_three_responded_on_time     BOOLEAN,
    ADD COLUMN stage_three_extended_beyond_limit BOOLEAN NOT NULL DEFAULT FALSE;
