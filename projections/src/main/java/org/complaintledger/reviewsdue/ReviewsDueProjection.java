package org.complaintledger.reviewsdue;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewed;
import org.springframework.stereotype.Component;

/**
 * Which of a resident's records are due a review and when: adjustments and disabilities kept under active review
 * (5.10), restrictions under regular review (5.14). It keeps ids, kinds and dates only, never the records' text, so
 * erasing a resident's personal data never needs it rewritten.
 */
@Component
@ProcessingGroup(ReviewsDueProjection.PROCESSING_GROUP)
public class ReviewsDueProjection extends LiveProjection {

    public static final String PROCESSING_GROUP = "reviews-due";

    /** How the table names what a record is of. */
    public enum Kind { ADJUSTMENT, DISABILITY, RESTRICTION }

    private final ReadModelTable reviews;

    public ReviewsDueProjection(ReadModelTables tables) {
        super(tables);
        this.reviews = tables.table("review_due");
    }

    @Override
    public List<String> tables() {
        return List.of("review_due");
    }

    @Override
    public ReviewsDueProjection over(ReadModelTables tables) {
        return new ReviewsDueProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        switch (event.payload()) {
            case AdjustmentEvent e -> on(e);
            case RestrictionEvent e -> on(e);
            case DataSubjectForgotten e -> on(e);
            default -> { /* not a record kept under review */ }
        }
    }

    private void on(AdjustmentEvent event) {
        switch (event) {
            case AdjustmentRecorded e -> opened(e.adjustmentId(), e.residentId(),
                    e.kind() == AdjustmentKind.DISABILITY_DISCLOSED ? Kind.DISABILITY : Kind.ADJUSTMENT, e.reviewDue());
            case AdjustmentReviewed e -> reviewed(e.adjustmentId(), e.nextReviewDue());
        }
    }

    private void on(RestrictionEvent event) {
        switch (event) {
            case RestrictionImposed e -> opened(e.restrictionId(), e.residentId(), Kind.RESTRICTION, e.reviewDue());
            case RestrictionReviewed e -> reviewed(e.restrictionId(), e.nextReviewDue());
        }
    }

    /** An erased resident's records can no longer be reviewed (their text is gone): they leave the list. */
    private void on(DataSubjectForgotten event) {
        reviews.updateWhere("resident_id", event.dataSubjectId(), row -> row.set("active", false));
    }

    /** Upsert, so replaying an event already seen changes nothing. */
    private void opened(String recordId, String residentId, Kind kind, LocalDate reviewDue) {
        reviews.upsert(reviews.newRow().set("record_id", recordId).set("resident_id", residentId)
                        .set("kind", kind.name()).set("review_due", reviewDue).set("active", true),
                row -> row.set("review_due", reviewDue).set("active", true));
    }

    /** The next review date, or, with none, the record is no longer in force and keeps its last date. */
    private void reviewed(String recordId, LocalDate nextReviewDue) {
        if (nextReviewDue == null) {
            reviews.update(row -> row.set("active", false), recordId);
        } else {
            reviews.update(row -> row.set("review_due", nextReviewDue), recordId);
        }
    }
}
