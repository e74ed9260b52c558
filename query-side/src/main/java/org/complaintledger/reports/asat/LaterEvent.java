package org.complaintledger.reports.asat;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.complaintledger.ledger.LedgerEvent;

/**
 * One step recorded after the "as at" instant: on which record (a complaint's id, or a learning or landlord record's),
 * what it was, when it happened and when it was recorded. No personal data: the step's name, never its contents,
 * and not the reason it was recorded late, which is free text the case record shows to those who may read it.
 */
public record LaterEvent(String record, String step, Instant occurredAt, Instant recordedAt) {

    static LaterEvent of(EventMessage<?> message, LedgerEvent event) {
        String record = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        return new LaterEvent(record, event.getClass().getSimpleName(), event.occurredAt(),
                message.getTimestamp());
    }
}
