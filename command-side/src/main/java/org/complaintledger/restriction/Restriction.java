package org.complaintledger.restriction;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.complaintledger.restriction.RestrictionReviewOutcome.LIFTED;
import static org.complaintledger.restriction.RestrictionReviewOutcome.VARIED;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.Timescales;
import org.complaintledger.review.Review;
import org.complaintledger.review.UnderReview;

/**
 * One restriction on a resident's contact because of unacceptable behaviour: imposed with evidenced reasons and kept
 * under regular review (5.14), proportionate with regard to the Equality Act 2010 (5.15), until it is lifted.
 */
public class Restriction {

    @AggregateIdentifier
    private String restrictionId;
    private final UnderReview underReview = new UnderReview("restriction", "5.14", "lifted");

    protected Restriction() {
        // rebuilt from events
    }

    @CommandHandler
    public Restriction(ImposeRestriction cmd, Timescales time) {
        // The ledger's own rule, not a demand of the Code: 5.14 asks for evidenced reasons and regular review, and the
        // resident being told of the restriction, its reasons and its review is how the record shows both reached them.
        if (!cmd.residentInformed()) {
            throw new CodeRuleBroken("restriction-resident-not-informed", null,
                    "the resident must be told of the restriction, the reasons for it and how it will be reviewed");
        }
        Instant at = underReview.opening(cmd, cmd.reviewDue(), time);
        apply(new RestrictionImposed(cmd.restrictionId(), at, cmd.backdatingReason(), cmd.residentId(), cmd.reasons(),
                cmd.scope(), cmd.proportionalityNote(), true, cmd.reviewDue(), cmd.decidedBy()));
    }

    @CommandHandler
    void handle(ReviewRestriction cmd, Timescales time) {
        Review review = underReview.review(cmd, cmd.outcome() == LIFTED, cmd.nextReviewDue(), time);
        UnderReview.onlyWhen(cmd.outcome() == VARIED, true, "scope", cmd.scope(), "the outcome is " + VARIED);
        apply(new RestrictionReviewed(restrictionId, review.at(), cmd.backdatingReason(), cmd.outcome(), cmd.note(),
                cmd.scope(), review.reviewDue(), review.onTime(), cmd.nextReviewDue(), cmd.reviewedBy()));
    }

    @EventSourcingHandler
    void on(RestrictionEvent event) {
        switch (event) {
            case RestrictionImposed e -> {
                restrictionId = e.restrictionId();
                underReview.opened(e.residentId(), e.occurredAt(), e.reviewDue());
            }
            case RestrictionReviewed e -> underReview.reviewed(e.occurredAt(), e.nextReviewDue());
        }
    }
}
