package org.complaintledger.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.serialization.Serializer;
import org.complaintledger.personaldata.PayloadSealing;

/** What writing and reading a dead letter needs: the table's columns, Axon's serializers and the personal-data seal. */
record DeadLetterSerialization(DeadLetterSchema schema, Serializer generic, Serializer events, PayloadSealing sealing) {

    /** The event serializer for parking {@code event}: its personal data sealed. */
    Serializer sealing(EventMessage<?> event) {
        return SealedPayloadSerializer.sealing(events, sealing, event);
    }

    /** The event serializer for reading the parked event {@code eventId} back: its personal data opened. */
    Serializer opening(String eventId) {
        return SealedPayloadSerializer.opening(events, sealing, eventId);
    }
}
