package org.complaintledger.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ProjectionDatabase.row;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewOutcome;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.ledger.LedgerEvent;
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
 * Reviews of a resident's records kept under review (5.10, 5.14) as the self-assessment reads them: each review with
 * the date it answered and whether it was on time, each record's next review while in force, no resident and no text;
 * and a replay from scratch, or a rebuild in memory, giving the same rows as live processing.
 */
class ResidentRecordReviewsProjectionTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    /** An adjustment agreed Mon 5 May 2025, review due Mon 4 August; reviewed late on Wed 6 August, next Wed 5 Nov. */
    static final List<LedgerEvent> ADJUSTMENT = List.of(
            new AdjustmentRecorded("adjustment-1", at("2025-05-05"), null, "resident-1",
                    AdjustmentKind.ADJUSTMENT_AGREED, "Large print letters", "the resident", null, day("2025-08-04"),
                    "officer-1"),
            new AdjustmentReviewed("adjustment-1", at("2025-08-06"), null, AdjustmentReviewOutcome.CONTINUED,
                    "Still needed", null, day("2025-08-04"), false, day("2025-11-05"), "officer-1"));
    /** A restriction imposed Mon 2 June 2025, review due Tue 2 September; lifted on time at review, Mon 1 September. */
    static final List<LedgerEvent> RESTRICTION = List.of(
            new RestrictionImposed("restriction-1", at("2025-06-02"), null, "resident-2", "Abusive calls",
                    "Contact by email only", "Least restrictive", true, day("2025-09-02"), "manager-1"),
            new RestrictionReviewed("restriction-1", at("2025-09-01"), null, RestrictionReviewOutcome.LIFTED,
                    "Calls stopped", null, day("2025-09-02"), true, null, "manager-1"));
    /** A disability disclosed Tue 1 July 2025, review due Wed 1 October; never reviewed. */
    static final LedgerEvent DISABILITY = new AdjustmentRecorded("disability-1", at("2025-07-01"), null, "resident-3",
            AdjustmentKind.DISABILITY_DISCLOSED, "Hearing loss", null, "the resident", day("2025-10-01"), "officer-2");

    private ResidentRecordReviewsProjection projection;

    @BeforeEach
    void emptyTables() {
        projection = new ResidentRecordReviewsProjection(new SqlTables(database.jdbc()));
        projection.replayFromScratch();
    }

    @Test
    void eachReviewIsKeptByTheDateItAnsweredAndTheRecordByItsNextReview() {
        feedAll();

        assertThat(database.rows("SELECT * FROM self_assessment_review ORDER BY record_id"))
                .containsExactly(
                        row("record_id", "adjustment-1", "kind", "ADJUSTMENT", "review_due", day("2025-08-04"),
                                "reviewed_on", day("2025-08-06"), "on_time", false),
                        row("record_id", "restriction-1", "kind", "RESTRICTION", "review_due", day("2025-09-02"),
                                "reviewed_on", day("2025-09-01"), "on_time", true));
        assertThat(database.rows("SELECT * FROM self_assessment_review_due ORDER BY record_id"))
                .containsExactly(
                        row("record_id", "adjustment-1", "kind", "ADJUSTMENT", "next_review_due", day("2025-11-05"),
                                "in_force", true),
                        row("record_id", "disability-1", "kind", "DISABILITY", "next_review_due", day("2025-10-01"),
                                "in_force", true),
                        // lifted: no longer in force, keeps its last date
                        row("record_id", "restriction-1", "kind", "RESTRICTION", "next_review_due", day("2025-09-02"),
                                "in_force", false));
    }

    @Test
    void aReplayFromScratchGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        projection.replayFromScratch();
        assertThat(everyTable().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
        feedAll();
        assertThat(everyTable()).isEqualTo(live);
    }

    @Test
    void aRebuildInMemoryGivesTheSameRowsAsLiveProcessing() {
        feedAll();
        Map<String, List<Map<String, Object>>> live = everyTable();
        assertThat(live.values().stream().mapToInt(List::size).sum()).isEqualTo(2 + 3);

        database.rebuildInMemory(projection, history());
        assertThat(everyTable()).isEqualTo(live);
    }

    private void feedAll() {
        history().forEach(projection::apply);
    }

    private static List<ProjectedEvent> history() {
        return Stream.of(ADJUSTMENT, RESTRICTION, List.of(DISABILITY)).flatMap(List::stream)
                .map(event -> new ProjectedEvent(event, event.occurredAt(), null, 0)).toList();
    }

    private static Map<String, List<Map<String, Object>>> everyTable() {
        return Map.of(
                "self_assessment_review", database.rows("SELECT * FROM self_assessment_review ORDER BY record_id"),
                "self_assessment_review_due", database.rows("SELECT * FROM self_assessment_review_due "
                        + "ORDER BY record_id"));
    }
}
