package org.complaintledger.reviewsdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewOutcome;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.personaldata.ErasureReason;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewOutcome;
import org.complaintledger.restriction.RestrictionReviewed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The records under review (5.10, 5.14) on a real PostgreSQL with the module's migrations: each record's next review
 * date, records no longer in force leaving the list, an erased resident's records leaving it, and a replay from
 * scratch and a rebuild in memory giving the same rows as live processing.
 */
class ReviewsDueProjectionTest {

    private static final AdjustmentRecorded ADJUSTMENT_AGREED = new AdjustmentRecorded("adjustment-1",
            at("2025-07-07"), null, "resident-1", AdjustmentKind.ADJUSTMENT_AGREED, "Large print letters",
            "the resident", null, day("2026-01-05"), "officer-1");
    private static final AdjustmentRecorded DISABILITY_DISCLOSED = new AdjustmentRecorded("adjustment-2",
            at("2025-07-07"), null, "resident-1", AdjustmentKind.DISABILITY_DISCLOSED, "Partially sighted", null,
            "the resident", day("2026-03-02"), "officer-1");
    private static final RestrictionImposed RESTRICTION_IMPOSED = new RestrictionImposed("restriction-1",
            at("2025-08-04"), null, "resident-2", "Abusive calls", "Email only", "Email suits the resident", true,
            day("2025-11-03"), "manager-1");
    /** Reviewed on Mon 5 January 2026, due that day: continued, next in six months. */
    private static final AdjustmentReviewed ADJUSTMENT_CONTINUED = new AdjustmentReviewed("adjustment-1",
            at("2026-01-05"), null, AdjustmentReviewOutcome.CONTINUED, "Still needed", null, day("2026-01-05"), true,
            day("2026-07-06"), "officer-1");
    /** Reviewed on Mon 3 November 2025 and varied, next review Tue 3 February 2026. */
    private static final RestrictionReviewed RESTRICTION_VARIED = new RestrictionReviewed("restriction-1",
            at("2025-11-03"), null, RestrictionReviewOutcome.VARIED, "Calls calmer", "Email and one call a week",
            day("2025-11-03"), true, day("2026-02-03"), "manager-1");
    private static final RestrictionReviewed RESTRICTION_LIFTED = new RestrictionReviewed("restriction-1",
            at("2026-01-30"), null, RestrictionReviewOutcome.LIFTED, "No longer needed", null, day("2026-02-03"), true,
            null, "manager-1");
    private static final DataSubjectForgotten RESIDENT_ONE_FORGOTTEN = new DataSubjectForgotten("resident-1",
            ErasureReason.ERASURE_REQUEST, "UK GDPR Art. 17", "dpo-1", at("2026-02-02"), null);
    private static final List<Object> HISTORY = List.of(ADJUSTMENT_AGREED, DISABILITY_DISCLOSED, RESTRICTION_IMPOSED,
            RESTRICTION_VARIED, ADJUSTMENT_CONTINUED, RESTRICTION_LIFTED, RESIDENT_ONE_FORGOTTEN);

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private ReviewsDueProjection projection;

    @BeforeEach
    void emptyTable() {
        database.empty("review_due");
        projection = new ReviewsDueProjection(new SqlTables(database.jdbc()));
    }

    @Test
    void eachRecordIsDueItsReviewByKind() {
        feed(ADJUSTMENT_AGREED);
        feed(DISABILITY_DISCLOSED);
        feed(RESTRICTION_IMPOSED);
        assertThat(rows()).containsExactly(
                review("adjustment-1", "resident-1", "ADJUSTMENT", "2026-01-05", true),
                review("adjustment-2", "resident-1", "DISABILITY", "2026-03-02", true),
                review("restriction-1", "resident-2", "RESTRICTION", "2025-11-03", true));
    }

    @Test
    void aReviewMovesTheDateAndALiftedRestrictionLeavesTheListWithItsLastDate() {
        feed(ADJUSTMENT_AGREED);
        feed(RESTRICTION_IMPOSED);
        feed(ADJUSTMENT_CONTINUED);
        feed(RESTRICTION_VARIED);
        assertThat(rows()).containsExactly(
                review("adjustment-1", "resident-1", "ADJUSTMENT", "2026-07-06", true),
                review("restriction-1", "resident-2", "RESTRICTION", "2026-02-03", true));

        feed(RESTRICTION_LIFTED);
        assertThat(rows()).containsExactly(
                review("adjustment-1", "resident-1", "ADJUSTMENT", "2026-07-06", true),
                review("restriction-1", "resident-2", "RESTRICTION", "2026-02-03", false));
    }

    @Test
    void anErasedResidentsRecordsLeaveTheListAndNoOneElses() {
        feedAll();
        assertThat(rows()).containsExactly(
                review("adjustment-1", "resident-1", "ADJUSTMENT", "2026-07-06", false),
                review("adjustment-2", "resident-1", "DISABILITY", "2026-03-02", false),
                review("restriction-1", "resident-2", "RESTRICTION", "2026-02-03", false));
        assertThat(database.rows("SELECT record_id FROM review_due WHERE active")).isEmpty();
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        List<Map<String, Object>> live = rows();

        projection.replayFromScratch();
        assertThat(rows()).isEmpty();
        feedAll();
        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        // the erasure left out, so that rows active and not both come out of memory
        List<Object> history = HISTORY.subList(0, HISTORY.size() - 1);
        history.forEach(this::feed);
        List<Map<String, Object>> live = rows();
        assertThat(live).extracting(review -> review.get("active")).containsExactly(true, true, false);

        database.rebuildInMemory(projection, history);
        assertThat(rows()).isEqualTo(live);

        feedAll();
        List<Map<String, Object>> erased = rows();
        database.rebuildInMemory(projection, HISTORY);
        assertThat(rows()).hasSize(3).isEqualTo(erased);
    }

    private void feedAll() {
        HISTORY.forEach(this::feed);
    }

    /** The projection reads no more than the event itself. */
    private void feed(Object event) {
        projection.apply(new ProjectedEvent(event, Instant.EPOCH, null, 0));
    }

    private static List<Map<String, Object>> rows() {
        return database.rows(
                "SELECT record_id, resident_id, kind, review_due, active FROM review_due ORDER BY record_id");
    }

    private static Map<String, Object> review(String recordId, String residentId, String kind, String reviewDue,
                                              boolean active) {
        return row("record_id", recordId, "resident_id", residentId, "kind", kind, "review_due", day(reviewDue),
                "active", active);
    }
}
