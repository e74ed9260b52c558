package org.complaintledger.investigatoraccess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the investigator grants projection: whether a grant is in force, and a complaint's grants. */
@Component
public class InvestigatorGrants {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public InvestigatorGrants(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The grant letting {@code investigator} read the complaint's record now, the one lasting longest if several. */
    public Optional<String> inForce(String complaintId, String investigator) {
        return jdbc.query("SELECT grant_id FROM investigator_grant WHERE complaint_id = ? AND investigator = ? "
                        + "AND NOT revoked AND expires_at > ? ORDER BY expires_at DESC LIMIT 1",
                (rs, row) -> rs.getString(1), complaintId, investigator, Timestamp.from(clock.instant()))
                .stream().findFirst();
    }

    public boolean exists(String complaintId, String grantId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM investigator_grant "
                + "WHERE grant_id = ? AND complaint_id = ?)", Boolean.class, grantId, complaintId));
    }

    /** Every grant ever made for the complaint, newest first. */
    public List<InvestigatorGrant> of(String complaintId) {
        Instant now = clock.instant();
        return jdbc.query("SELECT grant_id, complaint_id, investigator, granted_by, reason, granted_at, expires_at, "
                        + "revoked, revoked_at, revoked_by, reads, last_read_at FROM investigator_grant "
                        + "WHERE complaint_id = ? ORDER BY granted_at DESC, grant_id",
                (rs, row) -> grant(rs, now), complaintId);
    }

    private static InvestigatorGrant grant(ResultSet rs, Instant now) throws SQLException {
        Instant expiresAt = instant(rs, "expires_at");
        return new InvestigatorGrant(rs.getString("grant_id"), rs.getString("complaint_id"),
                rs.getString("investigator"), rs.getString("granted_by"), rs.getString("reason"),
                instant(rs, "granted_at"), expiresAt, !rs.getBoolean("revoked") && expiresAt.isAfter(now),
                instant(rs, "revoked_at"), rs.getString("revoked_by"), rs.getInt("reads"),
                instant(rs, "last_read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
