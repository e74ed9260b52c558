package org.complaintledger.deadletters;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterJdbcConverter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;

/**
 * Axon's reading of a {@code dead_letter_entry} row, with the parked event's sealed personal data opened as the event
 * store's upcaster opens it: {@code [erased]} once its data subject was forgotten, so a retry after an erasure
 * processes the event without it.
 */
final class OpeningDeadLetterConverter extends DefaultDeadLetterJdbcConverter<EventMessage<?>> {

    private final DeadLetterSerialization serialization;

    OpeningDeadLetterConverter(DeadLetterSerialization serialization) {
        super(DefaultDeadLetterJdbcConverter.<EventMessage<?>>builder().schema(serialization.schema())
                .genericSerializer(serialization.generic()).eventSerializer(serialization.events()));
        this.serialization = serialization;
    }

    /** The opening is bound to the row's event, whose id Axon's serializer is never told. */
    @Override
    public JdbcDeadLetter<EventMessage<?>> convertToLetter(ResultSet row) throws SQLException {
        return DefaultDeadLetterJdbcConverter.<EventMessage<?>>builder()
                .schema(serialization.schema())
                .genericSerializer(serialization.generic())
                .eventSerializer(serialization.opening(row.getString(serialization.schema().eventIdentifierColumn())))
                .build()
                .convertToLetter(row);
    }
}
