package org.complaintledger.personaldata;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes the key table agree with the ledger: every subject a {@link DataSubjectForgotten} event names has no key.
 * They disagree only after the key table was restored from a copy older than the events (or a key came back some
 * other way); without this the erased data would open again.
 */
public class ErasuresOnTheLedger {

    private static final String FORGOTTEN_TYPE = DataSubjectForgotten.class.getName();
    /** The same upsert as an erasure, for every forgotten subject at once; rows already destroyed are left alone. */
    private static final String DESTROY_KEYS_STILL_HELD = """
            INSERT INTO data_subject_key (subject_id, key, destroyed_at)
            SELECT DISTINCT convert_from(payload, 'UTF8')::jsonb ->> 'dataSubjectId', NULL::bytea, now()
            FROM domain_event_entry WHERE payload_type = ?
            ON CONFLICT (subject_id) DO UPDATE SET key = NULL, destroyed_at = now()
            WHERE data_subject_key.destroyed_at IS NULL
            RETURNING subject_id""";

    private final JdbcTemplate jdbc;

    public ErasuresOnTheLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the subjects forgotten on the ledger whose key (or absence of a row) this call put right */
    public List<String> destroyKeysStillHeld() {
        return jdbc.queryForList(DESTROY_KEYS_STILL_HELD, String.class, FORGOTTEN_TYPE);
    }
}
