package org.complaintledger.record;

import java.util.List;
import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.ledger.LedgerEvent;
import org.springframework.stereotype.Component;

/** Reads a complaint's record straight from the event store: the ledger itself, not a copy of it (5.12). */
@Component
public class ComplaintRecord {

    /** Axon's MessageOriginProvider puts the id of the command that caused an event in this metadata key. */
    private static final String CORRELATION_ID = "correlationId";

    private final EventStore eventStore;

    public ComplaintRecord(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /**
     * Every event of the complaint, in order; empty when there is no such complaint. Other aggregates (adjustments,
     * restrictions, investigator grants) share the event table under ids of their own, so an id that names one of
     * them is no complaint.
     */
    public List<RecordedEvent> events(String complaintId) {
        return eventsOf(complaintId, ComplaintEvent.class);
    }

    /** Every event of the record {@code recordId} of this kind, in order; empty when there is no such record. */
    public List<RecordedEvent> eventsOf(String recordId, Class<? extends LedgerEvent> kind) {
        return eventStore.readEvents(recordId).asStream()
                .filter(message -> kind.isInstance(message.getPayload()))
                .map(RecordedEvent::of)
                .toList();
    }

    /** The events one command appended to a record: a complaint's, or a resident's adjustment or restriction. */
    public List<RecordedEvent> appendedBy(String recordId, String commandId) {
        return eventStore.readEvents(recordId).asStream()
                .filter(message -> Objects.equals(commandId, message.getMetaData().get(CORRELATION_ID)))
                .map(RecordedEvent::of)
                .toList();
    }

}
