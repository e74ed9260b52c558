package org.complaintledger.deadletters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.serialization.Serializer;
import org.complaintledger.personaldata.PayloadSealing;

/**
 * Axon's statements for {@code dead_letter_entry}, with the parked event's personal data sealed under its data
 * subject's key ({@link SealedPayloadSerializer}): forgetting the subject makes the dead letter's copy unreadable too.
 * A retry rewrites only the cause and diagnostics, never the payload.
 */
final class SealingDeadLetterStatements extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    private final DeadLetterSchema schema;
    private final Serializer generic;
    private final Serializer events;
    private final PayloadSealing sealing;

    SealingDeadLetterStatements(DeadLetterSchema schema, Serializer generic, Serializer events,
                                PayloadSealing sealing) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(schema).genericSerializer(generic).eventSerializer(events));
        this.schema = schema;
        this.generic = generic;
        this.events = events;
        this.sealing = sealing;
    }

    /** The sealing is bound to the letter's event, whose id and aggregate Axon's serializer is never told. */
    @Override
    public PreparedStatement enqueueStatement(Connection connection, String processingGroup, String sequenceIdentifier,
                                              DeadLetter<? extends EventMessage<?>> letter, long sequenceIndex)
            throws SQLException {
        return DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(schema)
                .genericSerializer(generic)
                .eventSerializer(SealedPayloadSerializer.sealing(events, sealing, letter.message()))
                .build()
                .enqueueStatement(connection, processingGroup, sequenceIdentifier, letter, sequenceIndex);
    }
}
