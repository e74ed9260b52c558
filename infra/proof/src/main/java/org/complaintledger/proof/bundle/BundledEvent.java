package org.complaintledger.proof.bundle;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;

/**
 * One event of a case bundle: the event exactly as stored, its place in the ledger's event stream, and its link in
 * the complaint's chain (docs/proofs.md section 5). The payload travels in the archive as its own file,
 * {@code payloadFile}, holding the stored bytes unchanged.
 *
 * @param event        the event as stored (what is hashed)
 * @param globalIndex  its place in the event stream, part of its leaf's data
 * @param previousHash the chained hash of the record's previous event (32 zero bytes for sequence 0)
 * @param eventHash    its own chained hash
 * @param payloadFile  the archive entry holding its payload: {@code events/NNNNNN-SimpleTypeName.json}
 */
public record BundledEvent(StoredEvent event, long globalIndex, byte[] previousHash, byte[] eventHash,
                           String payloadFile) {

    private static final Pattern PAYLOAD_FILE = Pattern.compile("events/[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");

    public BundledEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(eventHash, "eventHash");
        Objects.requireNonNull(payloadFile, "payloadFile");
        if (previousHash.length != EventHash.BYTES || eventHash.length != EventHash.BYTES) {
            throw new IllegalArgumentException("an event's hashes have 32 bytes");
        }
        if (!isPayloadFileName(payloadFile)) {
            throw new IllegalArgumentException("'" + payloadFile + "' is not a payload file name: events/ then up to 200"
                    + " letters, digits, '.', '_' or '-', without '..'");
        }
    }

    /** The event with its payload file named from its sequence number and type ({@link #payloadFileFor}). */
    public static BundledEvent of(StoredEvent event, long globalIndex, byte[] previousHash, byte[] eventHash) {
        return new BundledEvent(event, globalIndex, previousHash, eventHash, payloadFileFor(event));
    }

    /** {@code events/000003-DocumentAttached.json}: the sequence number, then the type's simple name. */
    public static String payloadFileFor(StoredEvent event) {
        String type = event.payloadType();
        String simpleName = type.substring(type.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "_");
        return String.format(Locale.ROOT, "events/%06d-%s.json", event.sequenceNumber(), simpleName);
    }

    static boolean isPayloadFileName(String name) {
        return PAYLOAD_FILE.matcher(name).matches() && !name.contains("..");
    }

    public String eventIdentifier() {
        return event.eventIdentifier();
    }

    public long sequenceNumber() {
        return event.sequenceNumber();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BundledEvent that && event.equals(that.event) && globalIndex == that.globalIndex
                && Arrays.equals(previousHash, that.previousHash) && Arrays.equals(eventHash, that.eventHash)
                && payloadFile.equals(that.payloadFile);
    }

    @Override
    public int hashCode() {
        return Objects.hash(event, globalIndex, Arrays.hashCode(eventHash));
    }

    @Override
    public String toString() {
        return event + " at global index " + globalIndex;
    }
}
