package org.complaintledger.investigatoraccess;

import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which investigator may read which complaint's record, and until when. A subscribing processor (see
 * application.yml) writes it in the transaction that appends the grant's event, so a grant or a revocation holds
 * from the very next request, and a failure here rolls the event back rather than leaving access out of step.
 */
@Component
@ProcessingGroup(InvestigatorGrantsProjection.PROCESSING_GROUP)
public class InvestigatorGrantsProjection {

    public static final String PROCESSING_GROUP = "investigator-grants";

    private final JdbcTemplate jdbc;

    public InvestigatorGrantsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InvestigatorAccessEvent event) {
        switch (event) {
            case InvestigatorAccessGranted e -> jdbc.update("INSERT INTO investigator_grant (grant_id, complaint_id, "
                            + "investigator, granted_by, reason, granted_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    e.grantId(), e.complaintId(), e.investigator(), e.grantedBy(), e.reason(),
                    Timestamp.from(e.grantedAt()), Timestamp.from(e.expiresAt()));
            case InvestigatorAccessRevoked e -> jdbc.update("UPDATE investigator_grant SET revoked = TRUE, "
                            + "revoked_at = ?, revoked_by = ? WHERE grant_id = ?",
                    Timestamp.from(e.revokedAt()), e.revokedBy(), e.grantId());
            case CaseRecordReadByInvestigator e -> jdbc.update("UPDATE investigator_grant SET reads = reads + 1, "
                    + "last_read_at = ? WHERE grant_id = ?", Timestamp.from(e.readAt()), e.grantId());
        }
    }
}
