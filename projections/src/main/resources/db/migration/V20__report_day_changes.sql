-- Which days the report read models changed on, so a report of a period kept in memory (query-side
-- reports.AnswerCache) is read again only when a row with a day up to the period's end was written: a busy ledger's
-- work of today leaves last year's published report as it was. Every write of a report read model's row counts once
-- for each day its date columns held before and after it (a financial year counts on its 1 April), per processing
-- group, so no two processors ever update the same counter (no lock waits or deadlocks between them). The triggers
-- are per statement, over its transition tables, so a replay's DELETE of a whole table is one set-based count.
CREATE TABLE report_day_change (
    processing_group TEXT   NOT NULL,
    day              DATE   NOT NULL,
    changes          BIGINT NOT NULL,
    PRIMARY KEY (processing_group, day)
);

-- TG_ARGV[0] is the processing group; the other arguments the table's date columns (financial_year: its 1 April).
CREATE FUNCTION report_days_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    days text := '';
    written text := CASE TG_OP WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
                               WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
                               ELSE 'SELECT * FROM old_rows UNION ALL SELECT * FROM new_rows' END;
BEGIN
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        days := days || CASE WHEN i > 1 THEN ', ' ELSE '' END
            || CASE WHEN TG_ARGV[i] = 'financial_year' THEN 'make_date(financial_year, 4, 1)'
                    ELSE quote_ident(TG_ARGV[i]) END;
    END LOOP;
    -- in day order, so two writers of one group (a processor and a retry of its parked events) lock alike
    EXECUTE format('INSERT INTO report_day_change (processing_group, day, changes) '
        || 'SELECT %L, day, count(*) FROM (SELECT unnest(ARRAY[%s]) AS day FROM (%s) AS w) AS d '
        || 'WHERE day IS NOT NULL GROUP BY day ORDER BY day '
        || 'ON CONFLICT (processing_group, day) DO UPDATE SET changes = report_day_change.changes + EXCLUDED.changes',
        TG_ARGV[0], days, written);
    RETURN NULL;
END;
$$;

-- The three triggers of one report read model table (transition tables allow one event per trigger).
CREATE FUNCTION count_report_days(report_table regclass, processing_group text, VARIADIC date_columns text[])
    RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    arguments text := quote_literal(processing_group) || ', '
        || (SELECT string_agg(quote_literal(c), ', ') FROM unnest(date_columns) AS c);
BEGIN
    EXECUTE format('CREATE TRIGGER report_days_inserted AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
        || 'FOR EACH STATEMENT EXECUTE FUNCTION report_days_changed(%s)', report_table, arguments);
    EXECUTE format('CREATE TRIGGER report_days_updated AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows '
        || 'NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_days_changed(%s)', report_table, arguments);
    EXECUTE format('CREATE TRIGGER report_days_deleted AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
        || 'FOR EACH STATEMENT EXECUTE FUNCTION report_days_changed(%s)', report_table, arguments);
END;
$$;

SELECT count_report_days('timescale_compliance', 'timescale-compliance', 'opened_on', 'taken_on_on', 'closed_on',
    'acknowledgement_due', 'acknowledged_on', 'original_response_due', 'response_due', 'responded_on');
SELECT count_report_days('outcome_decision', 'outcomes-and-remedies', 'responded_on');
SELECT count_report_days('outcome_action', 'outcomes-and-remedies', 'set_on', 'due_by', 'completed_on');
SELECT count_report_days('ombudsman_referral', 'outcomes-and-remedies', 'referred_on');
SELECT count_report_days('ombudsman_finding', 'outcomes-and-remedies', 'found_on');
SELECT count_report_days('ombudsman_order', 'outcomes-and-remedies', 'made_on', 'due_by', 'complied_on');
SELECT count_report_days('learning_record', 'outcomes-and-remedies', 'recorded_on', 'improvement_due', 'delivered_on');
SELECT count_report_days('learning_complaint', 'outcomes-and-remedies', 'linked_on');
SELECT count_report_days('homes_owned', 'landlord-context', 'financial_year');
SELECT count_report_days('governing_body_response', 'landlord-context', 'financial_year', 'responded_on');
SELECT count_report_days('governing_body_report', 'landlord-context', 'period_from', 'period_to', 'received_on');
SELECT count_report_days('self_assessment_handling', 'self-assessment-evidence', 'stage_two_responded_on');
SELECT count_report_days('self_assessment_refusal', 'self-assessment-evidence', 'refused_on');
SELECT count_report_days('self_assessment_escalation', 'self-assessment-evidence', 'requested_on', 'answered_on');
SELECT count_report_days('self_assessment_updates', 'self-assessment-evidence', 'first_extended_on',
    'interval_agreed_on');
SELECT count_report_days('self_assessment_review', 'self-assessment-evidence', 'review_due', 'reviewed_on');
SELECT count_report_days('self_assessment_review_due', 'self-assessment-evidence', 'next_review_due');
DROP FUNCTION count_report_days(regclass, text, text[]);
