package org.complaintledger.deadletters;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the read models refuse to store chosen rows, as PostgreSQL refused a category holding a NUL byte: a trigger
 * on {@code case_summary} refuses a poisoned data subject's complaints, one on {@code due_step} a poisoned complaint's
 * steps, one on {@code review_due} a poisoned resident's records. Fixing the cause is taking the poison away.
 */
final class PoisonedReadModels {

    private static final String[] TABLES = {"case_summary", "due_step", "review_due"};

    private final JdbcTemplate jdbc;

    PoisonedReadModels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_poison (value VARCHAR(255) PRIMARY KEY)");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE
                    stored jsonb := to_jsonb(NEW);
                BEGIN
                    IF EXISTS (SELECT 1 FROM test_poison WHERE value IN (stored ->> 'complaint_id',
                               stored ->> 'data_subject_id', stored ->> 'resident_id')) THEN
                        RAISE EXCEPTION 'test poison: % cannot be stored',
                            coalesce(stored ->> 'complaint_id', stored ->> 'record_id');
                    END IF;
                    RETURN NEW;
                END;
                $$""");
        for (String table : TABLES) {
            jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poisoned ON " + table);
            jdbc.execute("CREATE TRIGGER test_refuse_poisoned BEFORE INSERT OR UPDATE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION test_refuse_poisoned()");
        }
    }

    /** A data subject (case_summary), complaint id (due_step) or resident (review_due) whose rows are refused now. */
    void poison(String value) {
        jdbc.update("INSERT INTO test_poison (value) VALUES (?) ON CONFLICT DO NOTHING", value);
    }

    /** The cause fixed: every row stores again. */
    void cure() {
        jdbc.update("DELETE FROM test_poison");
    }

    void remove() {
        cure();
        for (String table : TABLES) {
            jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poisoned ON " + table);
        }
    }
}
