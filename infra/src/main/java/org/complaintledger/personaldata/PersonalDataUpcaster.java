package org.complaintledger.personaldata;

import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.core.Ordered;
import tools.jackson.databind.JsonNode;

/**
 * Opens the sealed personal data of every event read from the store, before any other upcaster and before Axon
 * deserializes it: aggregates, tracking processors and {@code EventStore.readEvents} all see plaintext, or
 * {@link PersonalData#ERASED} where the data subject was forgotten. Types, dates, amounts and outcomes are untouched.
 */
public class PersonalDataUpcaster implements EventUpcaster, Ordered {

    private final PayloadSealing sealing;
    private final PayloadTypes payloadTypes;

    PersonalDataUpcaster(PayloadSealing sealing, PayloadTypes payloadTypes) {
        this.sealing = sealing;
        this.payloadTypes = payloadTypes;
    }

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> events) {
        return events.map(this::open);
    }

    /** Upcasters that change an event's shape expect the plaintext, and the sealed paths are those as stored. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private IntermediateEventRepresentation open(IntermediateEventRepresentation event) {
        PersonalDataShape shape = payloadTypes.shapeOf(event.getType().getName());
        if (!shape.holdsPersonalData()) {
            return event;
        }
        String eventId = event.getMessageIdentifier();
        // As a JSON tree, which Axon's Jackson serializer reads objects from directly: no second parse of the bytes.
        return event.upcast(event.getType(), JsonNode.class, payload -> sealing.open(eventId, shape, payload),
                Function.identity());
    }
}
