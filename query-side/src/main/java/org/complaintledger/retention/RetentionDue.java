package org.complaintledger.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which data subjects are due for erasure: every one of their complaints is closed, and the last was closed and
 * last touched before the policy's cut-off. Not listed: subjects already forgotten, and residents with an adjustment,
 * disability or restriction record still under review (5.10, 5.14): that record is live, so is the relationship.
 */
@Component
public class RetentionDue {

    private final JdbcTemplate jdbc;

    public RetentionDue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DueSubject> before(Instant retainedUntil, int limit) {
        return jdbc.query("SELECT data_subject_id, count(*), max(GREATEST(closed_at, last_step_at)) FROM case_summary s "
                        + "WHERE NOT EXISTS (SELECT 1 FROM forgotten_data_subject f WHERE f.data_subject_id = s.data_subject_id) "
                        + "AND NOT EXISTS (SELECT 1 FROM review_due r WHERE r.resident_id = s.data_subject_id AND r.active) "
                        + "GROUP BY data_subject_id "
                        + "HAVING bool_and(closed_at IS NOT NULL) AND max(GREATEST(closed_at, last_step_at)) < ? "
                        + "ORDER BY 3, 1 LIMIT ?",
                (rs, row) -> new DueSubject(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()),
                Timestamp.from(retainedUntil), limit);
    }
}
