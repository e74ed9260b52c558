package org.complaintledger.deadletters;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterJdbcConverter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.serialization.Serializer;
import org.complaintledger.personaldata.PayloadSealing;

/**
 * Axon's reading of a {@code dead_letter_entry} row, with the parked event's sealed personal data opened as the event
 * store's upcaster opens it: {@code [erased]} once its data subject was forgotten, so a retry after an erasure
 * processes the event without it.
 */
final class OpeningDeadLetterConverter extends DefaultDeadLetterJdbcConverter<EventMessage<?>> {

    private final DeadLetterSchema schema;
    private final Serializer generic;
    private final Serializer events;
    private final PayloadSealing sealing;

    OpeningDeadLetterConverter(DeadLetterSchema schema, Serializer generic, Serializer events,
                               PayloadSealing sealing) {
        super(DefaultDeadLetterJdbcConverter.<EventMessage<?>>builder()
                .schema(schema).genericSerializer(generic).eventSerializer(events));
        this.schema = schema;
        this.generic = generic;
        this.events = events;
        this.sealing = sealing;
    }

    /** The opening is bound to the row's event, whose id Axon's serializer is never told. */
    @Override
    public JdbcDeadLetter<EventMessage<?>> convertToLetter(ResultSet row) throws SQLException {
        return DefaultDeadLetterJdbcConverter.<EventMessage<?>>builder()
                .schema(schema)
                .genericSerializer(generic)
                .eventSerializer(SealedPayloadSerializer.opening(events, sealing,
                        row.getString(schema.eventIdentifierColumn())))
                .build()
                .convertToLetter(row);
    }
}
