package org.complaintledger.readmodel;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;

/**
 * An event as a projection applies it, live or in a rebuild: its payload, when the ledger recorded it, and the record
 * (aggregate) and position in that record it belongs to (null and 0 for an event of no record).
 */
public record ProjectedEvent(Object payload, Instant recordedAt, String recordId, long sequence) {

    public static ProjectedEvent of(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain) {
            return new ProjectedEvent(message.getPayload(), message.getTimestamp(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber());
        }
        return new ProjectedEvent(message.getPayload(), message.getTimestamp(), null, 0);
    }
}
