package org.complaintledger.residentrecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewed;

/**
 * A disability disclosed or an adjustment agreed (5.10) as it stands now, folded from its events: the description
 * as last changed, whether it is still in force, when it is next to be reviewed, and every review.
 *
 * @param occurredAt when it was disclosed or agreed
 * @param reviewDue  the next review date; null once it ended
 */
public record AdjustmentView(String id,
                             String residentId,
                             AdjustmentKind kind,
                             String description,
                             String agreedWith,
                             String disclosedBy,
                             Instant occurredAt,
                             String recordedBy,
                             boolean active,
                             LocalDate reviewDue,
                             List<ReviewOnRecord> reviews) {

    /** The adjustment the events record, or empty when they are not an adjustment's. */
    static Optional<AdjustmentView> of(List<?> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof AdjustmentRecorded first)) {
            return Optional.empty();
        }
        AdjustmentView view = new AdjustmentView(first.adjustmentId(), first.residentId(), first.kind(),
                first.description(), first.agreedWith(), first.disclosedBy(), first.occurredAt(), first.recordedBy(),
                true, first.reviewDue(), List.of());
        for (Object event : events.subList(1, events.size())) {
            view = view.after((AdjustmentEvent) event);
        }
        return Optional.of(view);
    }

    private AdjustmentView after(AdjustmentEvent event) {
        return switch (event) {
            case AdjustmentRecorded e -> this;
            case AdjustmentReviewed e -> new AdjustmentView(id, residentId, kind,
                    e.description() == null ? description : e.description(), agreedWith, disclosedBy, occurredAt,
                    recordedBy, e.nextReviewDue() != null, e.nextReviewDue(), new ReviewOnRecord(e.occurredAt(),
                            e.outcome().name(), e.note(), e.description(), e.reviewDue(), e.onTime(), e.nextReviewDue(),
                            e.reviewedBy()).after(reviews));
        };
    }
}
