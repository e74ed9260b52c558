package org.complaintledger.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which data subjects are due for erasure: their last activity lies before the policy's cut-off, and nothing of theirs
 * is still open. Activity is a complaint (closed, and last touched) or a survey response that expressed dissatisfaction
 * (1.6; its last step), so a resident known only through survey responses falls due too (UK GDPR Art. 5(1)(e)). A
 * response that became a complaint follows that complaint as well: open while it is open (or not yet summarised),
 * and never due before it closed a period ago. Not listed: subjects already forgotten, and residents with an
 * adjustment, disability or restriction record still under review (5.10, 5.14): that record is live, so is the
 * relationship.
 */
@Component
public class RetentionDue {

    /** One row per complaint and per survey response: whose it is, whether it is open, and its last activity. */
    private static final String ACTIVITY = "SELECT data_subject_id, 1 AS complaint, 0 AS survey_response, "
            + "closed_at IS NULL AS open, GREATEST(closed_at, last_step_at) AS last_at FROM case_summary "
            + "UNION ALL SELECT r.data_subject_id, 0, 1, r.complaint_id IS NOT NULL AND c.closed_at IS NULL, "
            + "GREATEST(r.last_step_at, c.closed_at, c.last_step_at) FROM retention_survey_response r "
            + "LEFT JOIN case_summary c ON c.complaint_id = r.complaint_id";

    private final JdbcTemplate jdbc;

    public RetentionDue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DueSubject> before(Instant retainedUntil, int limit) {
        return jdbc.query("SELECT data_subject_id, sum(complaint), sum(survey_response), max(last_at) "
                        + "FROM (" + ACTIVITY + ") a "
                        + "WHERE NOT EXISTS (SELECT 1 FROM forgotten_data_subject f WHERE f.data_subject_id = a.data_subject_id) "
                        + "AND NOT EXISTS (SELECT 1 FROM review_due r WHERE r.resident_id = a.data_subject_id AND r.active) "
                        + "GROUP BY data_subject_id "
                        + "HAVING NOT bool_or(open) AND max(last_at) < ? "
                        + "ORDER BY 4, 1 LIMIT ?",
                (rs, row) -> new DueSubject(rs.getString(1), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()),
                Timestamp.from(retainedUntil), limit);
    }
}
