package org.complaintledger.selfcheck;

import java.sql.SQLException;
import org.complaintledger.proof.StoredEvent;

/**
 * One event as the self-check reads it ({@link EventPass#SELECT}): the row of {@code domain_event_entry} exactly as
 * stored, its row of {@code event_chain} (if any) and the leaf at its global_index (if any), with that leaf's stored
 * hash.
 */
record EventRow(long globalIndex, StoredEvent event, Chain chain, Leaf leaf) {

    /**
     * The event's row in {@code event_chain}: its hashes; the record and sequence number it is for when they are not
     * the event's (else null); its seal when the event is not a leaf (else null).
     */
    record Chain(String otherAggregate, Long otherSequence, byte[] previousHash, byte[] eventHash, String sealKeyId,
                 byte[] seal) {

        boolean forAnotherPlace() {
            return otherAggregate != null || otherSequence != null;
        }
    }

    /**
     * The leaf at the event's global_index: the event and record it is of when they are not this event's (else null),
     * and its hash as stored in {@code ledger_subtree} (null: none).
     */
    record Leaf(long leafIndex, String otherEvent, String otherAggregate, byte[] storedHash) {
    }

    /**
     * The next row of {@link EventPass#SELECT}, its fields in the query's order.
     *
     * @throws Malformed when a value the encoding needs is NULL (the row is read to its end all the same)
     */
    static EventRow read(CopyRows row) throws SQLException, Malformed {
        Long globalIndex = row.int8();
        String eventIdentifier = row.text();
        String aggregateIdentifier = row.text();
        String aggregateType = row.text();
        Long sequenceNumber = row.int8();
        String payloadType = row.text();
        String payloadRevision = row.text();
        String recordedAt = row.text();
        byte[] payload = row.bytes();
        byte[] metaData = row.bytes();
        boolean chained = row.bool();
        String otherAggregate = row.text();
        Long otherSequence = row.int8();
        byte[] previousHash = row.bytes();
        byte[] eventHash = row.bytes();
        String sealKeyId = row.text();
        byte[] seal = row.bytes();
        Chain chain = chained ? new Chain(otherAggregate, otherSequence, previousHash, eventHash, sealKeyId, seal)
                : null;
        Long leafIndex = row.int8();
        String otherEvent = row.text();
        String leafAggregate = row.text();
        byte[] leafHash = row.bytes();
        Leaf leaf = leafIndex == null ? null : new Leaf(leafIndex, otherEvent, leafAggregate, leafHash);
        if (globalIndex == null || sequenceNumber == null || eventIdentifier == null || aggregateIdentifier == null
                || payloadType == null || recordedAt == null || payload == null) {
            throw new Malformed(new Failure(Failure.Concerns.EVENT, eventIdentifier, aggregateIdentifier,
                    sequenceNumber, globalIndex, leafIndex, null, "it is stored without a value its hash covers "
                    + "(a column's NOT NULL constraint was dropped): it cannot be recomputed"));
        }
        StoredEvent event = new StoredEvent(eventIdentifier, aggregateIdentifier, aggregateType, sequenceNumber,
                payloadType, payloadRevision, recordedAt, payload, metaData);
        return new EventRow(globalIndex, event, chain, leaf);
    }

    /** A row the event's encoding cannot be made from, and the failure that says so. */
    static final class Malformed extends Exception {

        final transient Failure failure;

        Malformed(Failure failure) {
            super(failure.reason(), null, false, false);
            this.failure = failure;
        }
    }

    Failure failure(String reason) {
        return new Failure(Failure.Concerns.EVENT, event.eventIdentifier(), event.aggregateIdentifier(),
                event.sequenceNumber(), globalIndex, leaf == null ? null : leaf.leafIndex(), null, reason);
    }
}
