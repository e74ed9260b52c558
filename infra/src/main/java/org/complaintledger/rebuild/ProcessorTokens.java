package org.complaintledger.rebuild;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The processing groups' positions in Axon's token store, set by a rebuild in its switch-over transaction: every
 * segment of the group at the rebuilt position, and unclaimed, so a processor on any node that still held a segment
 * fails to store its next token (its batch rolls back) and claims again from the rebuilt position.
 */
final class ProcessorTokens {

    private final Serializer serializer;

    ProcessorTokens(Serializer serializer) {
        this.serializer = serializer;
    }

    /**
     * Locks the group's token rows until the caller's transaction ends. A group whose processor has not yet made its
     * tokens (a ledger just started) gets one segment, made here, which the processor then takes up.
     */
    void lock(JdbcTemplate owner, String group) {
        List<Integer> segments = owner.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? "
                + "ORDER BY segment FOR UPDATE", Integer.class, group);
        if (segments.isEmpty()) {
            owner.update("INSERT INTO token_entry (processor_name, segment) VALUES (?, 0)", group);
        }
    }

    void moveTo(JdbcTemplate owner, String group, TrackingToken token) {
        SerializedObject<byte[]> serialized = serializer.serialize(token, byte[].class);
        owner.update("UPDATE token_entry SET token = ?, token_type = ?, owner = NULL, timestamp = ? "
                + "WHERE processor_name = ?", serialized.getData(), serialized.getType().getName(),
                Instant.now().toString(), group);
    }
}
