package org.complaintledger.investigatoraccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The investigators' grants (5.12) on a real PostgreSQL with the application's migrations (infra's V6 creates the
 * table): a grant, the reads made under it, its revocation, and the events fed again into an empty table giving the
 * same rows. The processor is subscribing, in the transaction of the grant's events, so there is no replay over rows
 * already there.
 */
class InvestigatorGrantsProjectionTest {

    private static final Instant GRANTED_AT = Instant.parse("2025-05-12T10:00:00Z");
    private static final Instant EXPIRES_AT = Instant.parse("2025-06-12T10:00:00Z");
    private static final Instant FIRST_READ = Instant.parse("2025-05-13T09:00:00Z");
    private static final Instant SECOND_READ = Instant.parse("2025-05-14T11:30:00Z");
    private static final Instant REVOKED_AT = Instant.parse("2025-05-15T16:00:00Z");

    private static final List<InvestigatorAccessEvent> HISTORY = List.of(
            granted("grant-1", "investigator-1"),
            granted("grant-2", "investigator-2"),
            new CaseRecordReadByInvestigator("grant-1", "complaint-2024", "investigator-1", FIRST_READ),
            new CaseRecordReadByInvestigator("grant-1", "complaint-2024", "investigator-1", SECOND_READ),
            new InvestigatorAccessRevoked("grant-2", "complaint-2024", "investigator-2", "officer-2",
                    "Investigation moved to another team", REVOKED_AT));

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withInfraMigrations();

    private InvestigatorGrantsProjection projection;

    @BeforeEach
    void emptyTable() {
        database.empty("investigator_grant");
        projection = new InvestigatorGrantsProjection(database.jdbc());
    }

    @Test
    void aGrantIsARowUntilItExpires() {
        projection.on(HISTORY.getFirst());
        assertThat(grants()).containsExactly(grant("grant-1", "investigator-1", false, null, null, 0, null));
    }

    @Test
    void everyReadIsCountedAgainstItsGrantAndARevocationEndsOnlyItsOwn() {
        HISTORY.forEach(projection::on);
        assertThat(grants()).containsExactly(
                grant("grant-1", "investigator-1", false, null, null, 2, SECOND_READ),
                grant("grant-2", "investigator-2", true, REVOKED_AT, "officer-2", 0, null));
    }

    @Test
    void theEventsFedIntoAnEmptyTableGiveTheSameRowsAsLiveProcessing() {
        HISTORY.forEach(projection::on);
        List<Map<String, Object>> live = grants();

        emptyTable();
        HISTORY.forEach(projection::on);
        assertThat(grants()).isEqualTo(live);
    }

    private static InvestigatorAccessGranted granted(String grantId, String investigator) {
        return new InvestigatorAccessGranted(grantId, "complaint-2024", investigator, "officer-1", "HOS-2025-0123",
                GRANTED_AT, EXPIRES_AT);
    }

    private static List<Map<String, Object>> grants() {
        return database.rows("SELECT * FROM investigator_grant ORDER BY grant_id");
    }

    private static Map<String, Object> grant(String grantId, String investigator, boolean revoked, Instant revokedAt,
                                             String revokedBy, int reads, Instant lastReadAt) {
        return row("grant_id", grantId, "complaint_id", "complaint-2024", "investigator", investigator,
                "granted_by", "officer-1", "reason", "HOS-2025-0123", "granted_at", GRANTED_AT,
                "expires_at", EXPIRES_AT,
                "revoked", revoked, "revoked_at", revokedAt, "revoked_by", revokedBy, "reads", reads,
                "last_read_at", lastReadAt);
    }
}
