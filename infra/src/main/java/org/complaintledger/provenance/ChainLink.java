package org.complaintledger.provenance;

/**
 * One row of {@code event_chain} (V21): an event's hash chained to its record's previous event, and the ledger's seal
 * on that hash (docs/proofs.md section 1).
 *
 * @param previousHash the hash of the record's previous event, or 32 zero bytes for sequence 0
 * @param eventHash    {@code EventHash.of(event as stored, previousHash)}
 * @param sealKeyId    the key-encryption key the seal key was derived from
 * @param appendSeal   HMAC-SHA-256 of {@code eventHash} under that seal key ({@link AppendSeals})
 */
public record ChainLink(String eventIdentifier, String aggregateIdentifier, long sequenceNumber, byte[] previousHash,
                        byte[] eventHash, String sealKeyId, byte[] appendSeal) {
}
