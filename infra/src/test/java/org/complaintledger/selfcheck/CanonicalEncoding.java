package org.complaintledger.selfcheck;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.complaintledger.proof.StoredEvent;

/**
 * An event's canonical encoding written out as docs/proofs.md (section 1) defines it, independently of
 * {@code EventHash}, which hashes it without ever holding it: for tests that the bytes counted and hashed are these,
 * and for the benchmark's raw SHA-256 over the very same bytes.
 */
public final class CanonicalEncoding {

    private static final byte[] DOMAIN = "complaint-ledger event v1\n".getBytes(StandardCharsets.US_ASCII);

    private CanonicalEncoding() {
    }

    /** The encoding followed by {@code previous} (the bytes whose SHA-256 is the event's chained hash). */
    public static byte[] of(StoredEvent event, byte[] previous) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2_048);
        out.writeBytes(DOMAIN);
        text(out, event.eventIdentifier());
        text(out, event.aggregateIdentifier());
        text(out, event.aggregateType());
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(event.sequenceNumber()).array());
        text(out, event.payloadType());
        text(out, event.payloadRevision());
        text(out, event.recordedAt());
        bytes(out, event.payload());
        bytes(out, event.metaData());
        out.writeBytes(previous);
        return out.toByteArray();
    }

    private static void text(ByteArrayOutputStream out, String value) {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(ByteArrayOutputStream out, byte[] value) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            out.writeBytes(value);
        }
    }
}
