package org.complaintledger.record;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.complaintledger.ledger.LedgerEvent;

/**
 * One event of a record (a complaint's, or a resident's adjustment or restriction) as an investigator reads it:
 * what happened, when it happened in the world, when the ledger recorded it, and its place in the record's gapless
 * sequence.
 */
public record RecordedEvent(String type,
                            Instant occurredAt,
                            Instant recordedAt,
                            long sequenceNumber,
                            LedgerEvent payload) {

    public static RecordedEvent of(DomainEventMessage<?> message) {
        LedgerEvent event = (LedgerEvent) message.getPayload();
        // The event store keeps the recorded time to the millisecond (Axon's DateTimeUtils): an event just appended
        // reads the same as it will from the store.
        return new RecordedEvent(message.getPayloadType().getSimpleName(), event.occurredAt(),
                message.getTimestamp().truncatedTo(ChronoUnit.MILLIS), message.getSequenceNumber(), event);
    }
}
