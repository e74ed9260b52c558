package org.complaintledger.deadletters;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.complaintledger.personaldata.PayloadSealing;

/**
 * The event serializer for one dead letter: the ledger's own, with the payload's personal data sealed under the data
 * subject's key on its way into {@code dead_letter_entry} and opened on its way out, as the event store does. Bound to
 * one event, whose id the sealing authenticates and whose aggregate names the subject. Metadata passes unchanged.
 */
final class SealedPayloadSerializer implements Serializer {

    private final Serializer events;
    private final PayloadSealing sealing;
    private final String eventId;
    private final String aggregateId;

    private SealedPayloadSerializer(Serializer events, PayloadSealing sealing, String eventId, String aggregateId) {
        this.events = events;
        this.sealing = sealing;
        this.eventId = eventId;
        this.aggregateId = aggregateId;
    }

    /** For parking {@code event}: an event no aggregate published is its own aggregate, as in the event store. */
    static Serializer sealing(Serializer events, PayloadSealing sealing, EventMessage<?> event) {
        String aggregateId = event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier() : event.getIdentifier();
        return new SealedPayloadSerializer(events, sealing, event.getIdentifier(), aggregateId);
    }

    /** For reading the parked event {@code eventId} back. */
    static Serializer opening(Serializer events, PayloadSealing sealing, String eventId) {
        return new SealedPayloadSerializer(events, sealing, eventId, null);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<byte[]> plain = events.serialize(object, byte[].class);
        byte[] sealed = sealing.seal(eventId, aggregateId, plain.getType().getName(), plain.getData());
        return getConverter().convert(new SimpleSerializedObject<>(sealed, byte[].class, plain.getType()),
                expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serialized) {
        byte[] stored = getConverter().convert(serialized, byte[].class).getData();
        byte[] opened = sealing.open(eventId, serialized.getType().getName(), stored);
        return events.deserialize(new SimpleSerializedObject<>(opened, byte[].class, serialized.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return events.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return events.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return events.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return events.getConverter();
    }
}
