package org.complaintledger.proof;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The hash of one event in its record's chain: SHA-256 over the event's canonical encoding followed by the hash of
 * the record's previous event (32 zero bytes before sequence 0). Changing, removing, inserting or reordering any
 * event of a record changes the hash of every later event of it. docs/proofs.md defines the encoding:
 *
 * <pre>
 * "complaint-ledger event v1" 0x0A
 * text(eventIdentifier) text(aggregateIdentifier) text(aggregateType) u64(sequenceNumber)
 * text(payloadType) text(payloadRevision) text(recordedAt) bytes(payload) bytes(metaData)
 * previousHash (32 bytes)
 * </pre>
 *
 * where {@code bytes(x)} is a 4-byte big-endian length then the bytes, {@code text(x)} is {@code bytes} of its UTF-8,
 * a null is the length 0xFFFFFFFF with nothing after it, and {@code u64} is 8 bytes big-endian.
 */
public final class EventHash {

    public static final int BYTES = 32;
    /** What the first event of a record (sequence 0) is chained to. */
    public static final byte[] NONE_BEFORE = new byte[BYTES];
    private static final byte[] DOMAIN = "complaint-ledger event v1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int NULL_LENGTH = 0xFFFFFFFF;

    private EventHash() {
    }

    /** The event's hash, chained to {@code previous} (the hash of the record's previous event, or NONE_BEFORE). */
    public static byte[] of(StoredEvent event, byte[] previous) {
        return of(event, previous, sha256());
    }

    /** As {@link #of(StoredEvent, byte[])}, with a digest the caller reuses (it is reset first). */
    public static byte[] of(StoredEvent event, byte[] previous, MessageDigest digest) {
        if (previous.length != BYTES) {
            throw new IllegalArgumentException("a previous hash has 32 bytes, not " + previous.length);
        }
        digest.reset();
        digest.update(DOMAIN);
        ByteBuffer scratch = ByteBuffer.allocate(Long.BYTES);
        text(digest, scratch, event.eventIdentifier());
        text(digest, scratch, event.aggregateIdentifier());
        text(digest, scratch, event.aggregateType());
        digest.update(scratch.clear().putLong(event.sequenceNumber()).array(), 0, Long.BYTES);
        text(digest, scratch, event.payloadType());
        text(digest, scratch, event.payloadRevision());
        text(digest, scratch, event.recordedAt());
        bytes(digest, scratch, event.payload());
        bytes(digest, scratch, event.metaData());
        digest.update(previous);
        return digest.digest();
    }

    /** How many bytes the encoding of this event is (what a hash of it reads), for throughput figures. */
    public static long encodedLength(StoredEvent event) {
        // eight length prefixes: six texts and two byte strings
        return DOMAIN.length + Long.BYTES + BYTES + 8L * Integer.BYTES
                + utf8Length(event.eventIdentifier()) + utf8Length(event.aggregateIdentifier())
                + utf8Length(event.aggregateType()) + utf8Length(event.payloadType())
                + utf8Length(event.payloadRevision()) + utf8Length(event.recordedAt())
                + event.payload().length + (event.metaData() == null ? 0 : event.metaData().length);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void text(MessageDigest digest, ByteBuffer scratch, String value) {
        bytes(digest, scratch, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest digest, ByteBuffer scratch, byte[] value) {
        digest.update(scratch.clear().putInt(value == null ? NULL_LENGTH : value.length).array(), 0, Integer.BYTES);
        if (value != null) {
            digest.update(value);
        }
    }

    private static int utf8Length(String value) {
        return value == null ? 0 : value.getBytes(StandardCharsets.UTF_8).length;
    }
}
