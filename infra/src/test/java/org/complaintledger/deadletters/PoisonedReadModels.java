package org.complaintledger.deadletters;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the read models refuse to store chosen rows, as PostgreSQL refused a category holding a NUL byte: a trigger
 * on {@code case_summary} refuses a poisoned data subject's complaints, one on {@code due_step} a poisoned complaint's
 * steps. Fixing the cause is taking the poison away.
 */
final class PoisonedReadModels {

    private final JdbcTemplate jdbc;

    PoisonedReadModels(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.execute("CREATE TABLE IF NOT EXISTS test_poison (value VARCHAR(255) PRIMARY KEY)");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION test_refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM test_poison
                               WHERE value IN (NEW.complaint_id, to_jsonb(NEW) ->> 'data_subject_id')) THEN
                        RAISE EXCEPTION 'test poison: % cannot be stored', NEW.complaint_id;
                    END IF;
                    RETURN NEW;
                END;
                $$""");
        for (String table : new String[] {"case_summary", "due_step"}) {
            jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poisoned ON " + table);
            jdbc.execute("CREATE TRIGGER test_refuse_poisoned BEFORE INSERT OR UPDATE ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION test_refuse_poisoned()");
        }
    }

    /** A data subject (case_summary) or complaint id (due_step) whose rows are refused from now on. */
    void poison(String value) {
        jdbc.update("INSERT INTO test_poison (value) VALUES (?) ON CONFLICT DO NOTHING", value);
    }

    /** The cause fixed: every row stores again. */
    void cure() {
        jdbc.update("DELETE FROM test_poison");
    }

    void remove() {
        cure();
        for (String table : new String[] {"case_summary", "due_step"}) {
            jdbc.execute("DROP TRIGGER IF EXISTS test_refuse_poisoned ON " + table);
        }
    }
}
