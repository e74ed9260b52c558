package org.complaintledger.selfcheck;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.complaintledger.proof.StoredEvent;

/**
 * One event as the self-check reads it ({@link EventPass#SELECT}): the row of {@code domain_event_entry} exactly as
 * stored, its row of {@code event_chain} (if any) and the leaf at its global_index (if any), with that leaf's stored
 * hash.
 */
record EventRow(long globalIndex, StoredEvent event, Chain chain, Leaf leaf) {

    /** The event's row in {@code event_chain}. */
    record Chain(String aggregateIdentifier, long sequenceNumber, byte[] previousHash, byte[] eventHash,
                 String sealKeyId, byte[] seal) {
    }

    /** The leaf at the event's global_index, and its hash as stored in {@code ledger_subtree} (null: none). */
    record Leaf(long leafIndex, String eventIdentifier, String aggregateIdentifier, byte[] storedHash) {
    }

    /** The current row of {@link EventPass#SELECT}, read by column position (the pass reads millions). */
    static EventRow read(ResultSet row) throws SQLException {
        StoredEvent event = new StoredEvent(row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10));
        Chain chain = row.getBoolean(11) ? new Chain(row.getString(12), row.getLong(13), row.getBytes(14),
                row.getBytes(15), row.getString(16), row.getBytes(17)) : null;
        long leafIndex = row.getLong(18);
        Leaf leaf = row.wasNull() ? null : new Leaf(leafIndex, row.getString(19), row.getString(20), row.getBytes(21));
        return new EventRow(row.getLong(1), event, chain, leaf);
    }

    Failure failure(String reason) {
        return new Failure(Failure.Concerns.EVENT, event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), globalIndex, leaf == null ? null : leaf.leafIndex(), null, reason);
    }
}
