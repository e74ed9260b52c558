package org.complaintledger.ledgertree;

import org.complaintledger.proof.StoredEvent;

/**
 * An event as stored, at its place in the event stream, with its row of {@code event_chain} as stored (null when it
 * has none): what admission checks before the event becomes a leaf.
 *
 * @param globalIndex the event's {@code global_index}
 * @param event       the row of {@code domain_event_entry}, byte for byte
 * @param chain       its chain row, or null
 */
record ChainedEvent(long globalIndex, StoredEvent event, Chain chain) {

    /** A row of {@code event_chain}: where it says the event stands, its hashes and the ledger's seal. */
    record Chain(String aggregateIdentifier, long sequenceNumber, byte[] previousHash, byte[] eventHash,
                 String sealKeyId, byte[] appendSeal) {
    }

    /** The previous event of the same record: its aggregate and sequence number. */
    Place previous() {
        return new Place(event.aggregateIdentifier(), event.sequenceNumber() - 1);
    }

    Place place() {
        return new Place(event.aggregateIdentifier(), event.sequenceNumber());
    }

    /** An event's place in its record. */
    record Place(String aggregateIdentifier, long sequenceNumber) {
    }
}
