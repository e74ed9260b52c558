-- Which days the report read models changed on, so a report of a period kept in memory (query-side
-- reports.AnswerCache) is read again only when a row with a day up to the period's end was written: a busy ledger's
-- work of today leaves last year's published report as it was. Every write of a report read model's row counts once
-- for each day its date columns held before and after it (a financial year counts on its 1 April), per processing
-- group, so no two processors ever update the same counter (no lock waits or deadlocks between them).
CREATE TABLE report_day_change (
    processing_group TEXT   NOT NULL,
    day              DATE   NOT NULL,
    changes          BIGINT NOT NULL,
    PRIMARY KEY (processing_group, day)
);

-- TG_ARGV[0] is the processing group; the other arguments the row's date columns (financial_year: the year's 1 April).
CREATE FUNCTION report_day_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    days    date[] := '{}';
    col     text;
BEGIN
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        col := TG_ARGV[i];
        IF col = 'financial_year' THEN
            days := days || make_date((old_row ->> col)::int, 4, 1) || make_date((new_row ->> col)::int, 4, 1);
        ELSE
            days := days || (old_row ->> col)::date || (new_row ->> col)::date;
        END IF;
    END LOOP;
    -- in day order, so two writers of one group (a processor and a retry of its parked events) lock alike
    INSERT INTO report_day_change (processing_group, day, changes)
    SELECT TG_ARGV[0], d, 1 FROM (SELECT DISTINCT d FROM unnest(days) AS d WHERE d IS NOT NULL) AS changed ORDER BY d
    ON CONFLICT (processing_group, day) DO UPDATE SET changes = report_day_change.changes + 1;
    RETURN NULL;
END;
$$;

CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON timescale_compliance FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('timescale-compliance', 'opened_on', 'taken_on_on', 'closed_on',
        'acknowledgement_due', 'acknowledged_on', 'original_response_due', 'response_due', 'responded_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON outcome_decision FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'responded_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON outcome_action FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'set_on', 'due_by', 'completed_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON ombudsman_referral FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'referred_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON ombudsman_finding FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'found_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON ombudsman_order FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'made_on', 'due_by', 'complied_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON learning_record FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'recorded_on', 'improvement_due', 'delivered_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON learning_complaint FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('outcomes-and-remedies', 'linked_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON homes_owned FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('landlord-context', 'financial_year');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON governing_body_response FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('landlord-context', 'financial_year', 'responded_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON governing_body_report FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('landlord-context', 'period_from', 'period_to', 'received_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_handling FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'stage_two_responded_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_refusal FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'refused_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_escalation FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'requested_on', 'answered_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_updates FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'first_extended_on', 'interval_agreed_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_review FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'review_due', 'reviewed_on');
CREATE TRIGGER report_day_changed AFTER INSERT OR UPDATE OR DELETE ON self_assessment_review_due FOR EACH ROW
    EXECUTE FUNCTION report_day_changed('self-assessment-evidence', 'next_review_due');
