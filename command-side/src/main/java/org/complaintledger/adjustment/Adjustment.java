package org.complaintledger.adjustment;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.complaintledger.adjustment.AdjustmentKind.ADJUSTMENT_AGREED;
import static org.complaintledger.adjustment.AdjustmentKind.DISABILITY_DISCLOSED;
import static org.complaintledger.adjustment.AdjustmentReviewOutcome.CHANGED;
import static org.complaintledger.adjustment.AdjustmentReviewOutcome.ENDED;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.Timescales;
import org.complaintledger.review.Review;
import org.complaintledger.review.UnderReview;

/**
 * One disability a resident disclosed or one reasonable adjustment agreed with them, kept on record and under active
 * review until it is no longer needed (5.10).
 */
public class Adjustment {

    @AggregateIdentifier
    private String adjustmentId;
    private final UnderReview underReview = new UnderReview("adjustment", "5.10", "ended");

    protected Adjustment() {
        // rebuilt from events
    }

    @CommandHandler
    public Adjustment(RecordAdjustment cmd, Timescales time) {
        UnderReview.onlyWhen(cmd.kind() == ADJUSTMENT_AGREED, false, "agreedWith", cmd.agreedWith(),
                "the kind is " + ADJUSTMENT_AGREED);
        UnderReview.onlyWhen(cmd.kind() == DISABILITY_DISCLOSED, false, "disclosedBy", cmd.disclosedBy(),
                "the kind is " + DISABILITY_DISCLOSED);
        Instant at = underReview.opening(cmd, cmd.reviewDue(), time);
        apply(new AdjustmentRecorded(cmd.adjustmentId(), at, cmd.backdatingReason(), cmd.residentId(), cmd.kind(),
                cmd.description(), cmd.agreedWith(), cmd.disclosedBy(), cmd.reviewDue(), cmd.recordedBy()));
    }

    @CommandHandler
    void handle(ReviewAdjustment cmd, Timescales time) {
        Review review = underReview.review(cmd, cmd.outcome() == ENDED, cmd.nextReviewDue(), time);
        UnderReview.onlyWhen(cmd.outcome() == CHANGED, true, "description", cmd.description(),
                "the outcome is " + CHANGED);
        apply(new AdjustmentReviewed(adjustmentId, review.at(), cmd.backdatingReason(), cmd.outcome(), cmd.note(),
                cmd.description(), review.reviewDue(), review.onTime(), cmd.nextReviewDue(), cmd.reviewedBy()));
    }

    @EventSourcingHandler
    void on(AdjustmentEvent event) {
        switch (event) {
            case AdjustmentRecorded e -> {
                adjustmentId = e.adjustmentId();
                underReview.opened(e.residentId(), e.occurredAt(), e.reviewDue());
            }
            case AdjustmentReviewed e -> underReview.reviewed(e.occurredAt(), e.nextReviewDue());
        }
    }
}
