package org.complaintledger.residentrecords;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewed;

/**
 * A restriction on a resident's contact (5.14, 5.15) as it stands now, folded from its events: the scope as last
 * varied, whether it is still in force, when it is next to be reviewed, and every review.
 *
 * @param occurredAt when it was decided
 * @param reviewDue  the next review date; null once it was lifted
 */
public record RestrictionView(String id,
                              String residentId,
                              String reasons,
                              String scope,
                              String proportionalityNote,
                              boolean residentInformed,
                              Instant occurredAt,
                              String decidedBy,
                              boolean active,
                              LocalDate reviewDue,
                              List<ReviewOnRecord> reviews) {

    /** The restriction the events record, or empty when they are not a restriction's. */
    static Optional<RestrictionView> of(List<?> events) {
        if (events.isEmpty() || !(events.getFirst() instanceof RestrictionImposed first)) {
            return Optional.empty();
        }
        RestrictionView view = new RestrictionView(first.restrictionId(), first.residentId(), first.reasons(),
                first.scope(), first.proportionalityNote(), first.residentInformed(), first.occurredAt(),
                first.decidedBy(), true, first.reviewDue(), List.of());
        for (Object event : events.subList(1, events.size())) {
            view = view.after((RestrictionEvent) event);
        }
        return Optional.of(view);
    }

    private RestrictionView after(RestrictionEvent event) {
        return switch (event) {
            case RestrictionImposed e -> this;
            case RestrictionReviewed e -> new RestrictionView(id, residentId, reasons,
                    e.scope() == null ? scope : e.scope(), proportionalityNote, residentInformed, occurredAt, decidedBy,
                    e.nextReviewDue() != null, e.nextReviewDue(), new ReviewOnRecord(e.occurredAt(),
                            e.outcome().name(), e.note(), e.scope(), e.reviewDue(), e.onTime(), e.nextReviewDue(),
                            e.reviewedBy()).after(reviews));
        };
    }
}
