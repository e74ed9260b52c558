package org.complaintledger.eventstream;

/**
 * One event as the stream publishes it: read from the ledger exactly as stored, at its place in the ledger tree.
 *
 * @param streamPosition  its leaf index in the ledger's tree (admission order: gap-free and never changed)
 * @param globalIndex     Axon's global_index
 * @param eventId         the event's identifier
 * @param aggregateType   the aggregate's type ({@code domain_event_entry.type})
 * @param aggregateId     the aggregate's identifier: the record's key
 * @param sequenceNumber  the event's sequence number within its aggregate
 * @param recordedAt      when the ledger stored it ({@code time_stamp}, ISO-8601 as Axon wrote it)
 * @param payloadType     the event's class name
 * @param payloadRevision the payload's revision, if any
 * @param payload         the payload as stored: JSON with personal data sealed under the data subject's key
 */
public record StreamedEvent(long streamPosition, long globalIndex, String eventId, String aggregateType,
                            String aggregateId, long sequenceNumber, String recordedAt, String payloadType,
                            String payloadRevision, byte[] payload) {
}
