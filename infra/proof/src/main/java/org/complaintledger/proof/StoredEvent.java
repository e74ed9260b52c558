package org.complaintledger.proof;

import java.util.Arrays;
import java.util.Objects;

/**
 * One event exactly as the ledger stores it (a row of {@code domain_event_entry}): the bytes and strings here are what
 * is hashed, so they are never re-serialised. The payload keeps sealed personal data sealed, so erasing a data subject
 * (deleting their key) changes no byte of it and breaks no proof. When the event happened in the world
 * ({@code occurredAt}) is a field of the payload, so it is covered with the payload's bytes.
 *
 * @param eventIdentifier     the event's own id
 * @param aggregateIdentifier the record it belongs to (a complaint's id)
 * @param aggregateType       the kind of record ({@code Complaint}), or null
 * @param sequenceNumber      its place in the record, from 0 without gaps
 * @param payloadType         the event's type (a Java class name)
 * @param payloadRevision     the payload's revision, or null
 * @param recordedAt          when the ledger recorded it, as stored (ISO-8601 text written by Axon)
 * @param payload             the payload as stored (JSON, personal data sealed)
 * @param metaData            the metadata as stored (JSON), or null
 */
public record StoredEvent(String eventIdentifier, String aggregateIdentifier, String aggregateType,
                          long sequenceNumber, String payloadType, String payloadRevision, String recordedAt,
                          byte[] payload, byte[] metaData) {

    public StoredEvent {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(aggregateIdentifier, "aggregateIdentifier");
        Objects.requireNonNull(payloadType, "payloadType");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(payload, "payload");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredEvent that && sequenceNumber == that.sequenceNumber
                && eventIdentifier.equals(that.eventIdentifier) && aggregateIdentifier.equals(that.aggregateIdentifier)
                && Objects.equals(aggregateType, that.aggregateType) && payloadType.equals(that.payloadType)
                && Objects.equals(payloadRevision, that.payloadRevision) && recordedAt.equals(that.recordedAt)
                && Arrays.equals(payload, that.payload) && Arrays.equals(metaData, that.metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventIdentifier, aggregateIdentifier, sequenceNumber);
    }

    @Override
    public String toString() {
        return "event " + eventIdentifier + " (" + aggregateIdentifier + " #" + sequenceNumber + ", " + payloadType + ")";
    }
}
