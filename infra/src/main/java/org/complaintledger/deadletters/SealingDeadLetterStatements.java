package org.complaintledger.deadletters;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DefaultDeadLetterStatementFactory;
import org.axonframework.messaging.deadletter.DeadLetter;

/**
 * Axon's statements for {@code dead_letter_entry}, with the parked event's personal data sealed under its data
 * subject's key ({@link SealedPayloadSerializer}): forgetting the subject makes the dead letter's copy unreadable too.
 * A retry rewrites only the cause and diagnostics, never the payload.
 */
final class SealingDeadLetterStatements extends DefaultDeadLetterStatementFactory<EventMessage<?>> {

    private final DeadLetterSerialization serialization;

    SealingDeadLetterStatements(DeadLetterSerialization serialization) {
        super(DefaultDeadLetterStatementFactory.<EventMessage<?>>builder().schema(serialization.schema())
                .genericSerializer(serialization.generic()).eventSerializer(serialization.events()));
        this.serialization = serialization;
    }

    /** The sealing is bound to the letter's event, whose id and aggregate Axon's serializer is never told. */
    @Override
    public PreparedStatement enqueueStatement(Connection connection, String processingGroup, String sequenceIdentifier,
                                              DeadLetter<? extends EventMessage<?>> letter, long sequenceIndex)
            throws SQLException {
        return DefaultDeadLetterStatementFactory.<EventMessage<?>>builder()
                .schema(serialization.schema())
                .genericSerializer(serialization.generic())
                .eventSerializer(serialization.sealing(letter.message()))
                .build()
                .enqueueStatement(connection, processingGroup, sequenceIdentifier, letter, sequenceIndex);
    }
}
