package org.complaintledger.residentrecords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.reviewsdue.ReviewsDueProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a resident's records straight from the event store, the text as the event store gives it (after erasure,
 * the erased placeholder), for the record ids the reviews-due projection lists. The projection holds no text, so
 * erasure never needs it rewritten.
 */
@Component
public class ResidentRecords {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final ParkedEventCounts parked;

    public ResidentRecords(EventStore eventStore, JdbcTemplate jdbc, ParkedEventCounts parked) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.parked = parked;
    }

    /**
     * Every adjustment and restriction of the resident, earliest first. A record appears once the projection has
     * seen it, moments after it was recorded; {@link #adjustment} and {@link #restriction} read one at once.
     */
    public ResidentRecordsView of(String residentId) {
        List<AdjustmentView> adjustments = new ArrayList<>();
        List<RestrictionView> restrictions = new ArrayList<>();
        // Read the parked events first: an event parked after this read is caught by the next request, never hidden.
        Incomplete incomplete = parked.incomplete(ReviewsDueProjection.PROCESSING_GROUP);
        for (String recordId : jdbc.queryForList("SELECT record_id FROM review_due WHERE resident_id = ?",
                String.class, residentId)) {
            List<?> events = events(recordId);
            AdjustmentView.of(events).ifPresent(adjustments::add);
            RestrictionView.of(events).ifPresent(restrictions::add);
        }
        adjustments.sort(Comparator.comparing(AdjustmentView::occurredAt).thenComparing(AdjustmentView::id));
        restrictions.sort(Comparator.comparing(RestrictionView::occurredAt).thenComparing(RestrictionView::id));
        return new ResidentRecordsView(residentId, List.copyOf(adjustments), List.copyOf(restrictions), incomplete);
    }

    /** The adjustment, if there is one with this id on the resident's record. */
    public Optional<AdjustmentView> adjustment(String residentId, String adjustmentId) {
        return AdjustmentView.of(events(adjustmentId)).filter(belongsTo(residentId, AdjustmentView::residentId));
    }

    /** The restriction, if there is one with this id on the resident's record. */
    public Optional<RestrictionView> restriction(String residentId, String restrictionId) {
        return RestrictionView.of(events(restrictionId)).filter(belongsTo(residentId, RestrictionView::residentId));
    }

    private List<?> events(String recordId) {
        return eventStore.readEvents(recordId).asStream().map(Message::getPayload).toList();
    }

    private static <V> Predicate<V> belongsTo(String residentId, Function<V, String> owner) {
        return view -> residentId.equals(owner.apply(view));
    }
}
