package org.complaintledger.record;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.complaintledger.complaint.ComplaintEvent;

/**
 * One event of a complaint's record as an investigator reads it: what happened, when it happened in the
 * world, when the ledger recorded it, and its place in the complaint's gapless sequence.
 */
public record RecordedEvent(String type,
                            Instant occurredAt,
                            Instant recordedAt,
                            long sequenceNumber,
                            ComplaintEvent payload) {

    static RecordedEvent of(DomainEventMessage<?> message) {
        ComplaintEvent event = (ComplaintEvent) message.getPayload();
        return new RecordedEvent(message.getPayloadType().getSimpleName(), event.occurredAt(),
                message.getTimestamp(), message.getSequenceNumber(), event);
    }
}
