package org.complaintledger.adjustment;

import static org.complaintledger.adjustment.AdjustmentKind.ADJUSTMENT_AGREED;
import static org.complaintledger.adjustment.AdjustmentKind.DISABILITY_DISCLOSED;
import static org.complaintledger.review.RecordFixture.RESIDENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test data: an adjustment agreed on Friday 30 May 2025 and its reviews; now is Monday 2 June. */
final class AdjustmentSteps {

    static final String ID = "A-1";
    /** Friday 30 May 2025, 10:00 in London: one working day before now, so no backdating reason is needed. */
    static final Instant AGREED = Instant.parse("2025-05-30T09:00:00Z");
    static final LocalDate REVIEW_DUE = LocalDate.of(2025, 8, 29);
    static final LocalDate NEXT_REVIEW_DUE = LocalDate.of(2025, 11, 28);
    static final String DESCRIPTION = "letters in large print, and a phone call before any visit";
    static final String AGREED_WITH = "the resident and her daughter";
    static final String RECORDED_BY = "Alice Shah";
    static final String REVIEWED_BY = "Ben Okoro";
    static final String NOTE = "spoke to the resident: still needed";

    private AdjustmentSteps() {
    }

    static RecordAdjustment agree(Instant at, String backdatingReason, LocalDate reviewDue) {
        return new RecordAdjustment(ID, RESIDENT, at, backdatingReason, ADJUSTMENT_AGREED, DESCRIPTION, AGREED_WITH,
                null, reviewDue, RECORDED_BY);
    }

    static RecordAdjustment agree() {
        return agree(AGREED, null, REVIEW_DUE);
    }

    static RecordAdjustment disclose(String agreedWith, String disclosedBy) {
        return new RecordAdjustment(ID, RESIDENT, AGREED, null, DISABILITY_DISCLOSED, "partially sighted", agreedWith,
                disclosedBy, REVIEW_DUE, RECORDED_BY);
    }

    static AdjustmentRecorded agreed(Instant at, String backdatingReason, LocalDate reviewDue) {
        return new AdjustmentRecorded(ID, at, backdatingReason, RESIDENT, ADJUSTMENT_AGREED, DESCRIPTION, AGREED_WITH,
                null, reviewDue, RECORDED_BY);
    }

    static AdjustmentRecorded agreed() {
        return agreed(AGREED, null, REVIEW_DUE);
    }

    static ReviewAdjustment review(String residentId, Instant at, AdjustmentReviewOutcome outcome, String description,
            LocalDate nextReviewDue) {
        return new ReviewAdjustment(ID, residentId, at, null, outcome, NOTE, description, nextReviewDue, REVIEWED_BY);
    }

    static ReviewAdjustment review(AdjustmentReviewOutcome outcome, String description, LocalDate nextReviewDue) {
        return review(RESIDENT, null, outcome, description, nextReviewDue);
    }

    static AdjustmentReviewed reviewed(Instant at, AdjustmentReviewOutcome outcome, String description,
            LocalDate reviewDue, boolean onTime, LocalDate nextReviewDue) {
        return new AdjustmentReviewed(ID, at, null, outcome, NOTE, description, reviewDue, onTime, nextReviewDue,
                REVIEWED_BY);
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return events;
    }
}
