package org.complaintledger.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EventHashTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final StoredEvent EVENT = new StoredEvent("e-1", "c-1", "Complaint", 3,
            "org.complaintledger.complaint.ComplaintLodged", "2", "2026-12-01T09:00:00.123Z",
            "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8));

    private static byte[] previous(int fill) {
        byte[] hash = new byte[32];
        java.util.Arrays.fill(hash, (byte) fill);
        return hash;
    }

    /** docs/proofs.md section 1, byte for byte, for one small event with a null type and revision. */
    @Test
    void theEncodingIsTheDocumentedOne() {
        StoredEvent event = new StoredEvent("e1", "c1", null, 2, "T", null, "2026-01-01T00:00:00Z",
                new byte[] {'{', '}'}, null);
        byte[] previous = previous(0xAA);
        String expected = ""
                + HEX.formatHex("complaint-ledger event v1\n".getBytes(StandardCharsets.US_ASCII))
                + "00000002" + "6531"                     // text("e1")
                + "00000002" + "6331"                     // text("c1")
                + "ffffffff"                              // text(null): aggregate type
                + "0000000000000002"                      // u64(2)
                + "00000001" + "54"                       // text("T")
                + "ffffffff"                              // text(null): payload revision
                + "00000014" + HEX.formatHex("2026-01-01T00:00:00Z".getBytes(StandardCharsets.US_ASCII))
                + "00000002" + "7b7d"                     // bytes("{}")
                + "ffffffff"                              // bytes(null): metadata
                + "aa".repeat(32);                        // the previous hash
        byte[] encoding = HEX.parseHex(expected);
        assertThat(HEX.formatHex(encoding, 0, 26)).isEqualTo("636f6d706c61696e742d6c6564676572206576656e742076310a");
        assertThat(EventHash.of(event, previous)).isEqualTo(Rfc9162Reference.sha256(encoding));
        assertThat(EventHash.encodedLength(event)).isEqualTo(encoding.length);
    }

    @Test
    void encodedLengthCountsEveryByteTheHashReads() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes("complaint-ledger event v1\n".getBytes(StandardCharsets.US_ASCII));
        for (String text : List.of("e-1", "c-1", "Complaint")) {
            writeText(all, text);
        }
        all.writeBytes(HEX.parseHex("0000000000000003"));
        for (String text : List.of("org.complaintledger.complaint.ComplaintLodged", "2", "2026-12-01T09:00:00.123Z")) {
            writeText(all, text);
        }
        writeBytes(all, EVENT.payload());
        writeBytes(all, EVENT.metaData());
        all.writeBytes(previous(7));
        assertThat(EventHash.encodedLength(EVENT)).isEqualTo(all.size());
        assertThat(EventHash.of(EVENT, previous(7))).isEqualTo(Rfc9162Reference.sha256(all.toByteArray()));
    }

    @Test
    void everyFieldAndThePreviousHashChangeTheHash() {
        List<UnaryOperator<StoredEvent>> changes = List.of(
                e -> with(e, "e-2", e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(), e.payloadType(),
                        e.payloadRevision(), e.recordedAt(), e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), "c-2", e.aggregateType(), e.sequenceNumber(), e.payloadType(),
                        e.payloadRevision(), e.recordedAt(), e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), "Other", e.sequenceNumber(), e.payloadType(),
                        e.payloadRevision(), e.recordedAt(), e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), 4, e.payloadType(),
                        e.payloadRevision(), e.recordedAt(), e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(),
                        "org.complaintledger.complaint.ComplaintClosed", e.payloadRevision(), e.recordedAt(),
                        e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(),
                        e.payloadType(), "3", e.recordedAt(), e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(),
                        e.payloadType(), e.payloadRevision(), "2026-12-01T09:00:00.124Z", e.payload(), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(),
                        e.payloadType(), e.payloadRevision(), e.recordedAt(),
                        "{\"a\":2}".getBytes(StandardCharsets.UTF_8), e.metaData()),
                e -> with(e, e.eventIdentifier(), e.aggregateIdentifier(), e.aggregateType(), e.sequenceNumber(),
                        e.payloadType(), e.payloadRevision(), e.recordedAt(), e.payload(),
                        "{ }".getBytes(StandardCharsets.UTF_8)));
        Set<String> seen = new HashSet<>();
        seen.add(HEX.formatHex(EventHash.of(EVENT, previous(1))));
        seen.add(HEX.formatHex(EventHash.of(EVENT, previous(2))));
        for (UnaryOperator<StoredEvent> change : changes) {
            StoredEvent changed = change.apply(EVENT);
            assertThat(changed).isNotEqualTo(EVENT);
            seen.add(HEX.formatHex(EventHash.of(changed, previous(1))));
        }
        assertThat(seen).hasSize(changes.size() + 2);
    }

    @Test
    void aNullIsNotAnEmptyValue() {
        StoredEvent nulls = with(EVENT, EVENT.eventIdentifier(), EVENT.aggregateIdentifier(), null,
                EVENT.sequenceNumber(), EVENT.payloadType(), null, EVENT.recordedAt(), EVENT.payload(), null);
        StoredEvent emptyType = with(nulls, nulls.eventIdentifier(), nulls.aggregateIdentifier(), "",
                nulls.sequenceNumber(), nulls.payloadType(), null, nulls.recordedAt(), nulls.payload(), null);
        StoredEvent emptyRevision = with(nulls, nulls.eventIdentifier(), nulls.aggregateIdentifier(), null,
                nulls.sequenceNumber(), nulls.payloadType(), "", nulls.recordedAt(), nulls.payload(), null);
        StoredEvent emptyMetaData = with(nulls, nulls.eventIdentifier(), nulls.aggregateIdentifier(), null,
                nulls.sequenceNumber(), nulls.payloadType(), null, nulls.recordedAt(), nulls.payload(), new byte[0]);
        Set<String> hashes = new HashSet<>();
        for (StoredEvent event : List.of(nulls, emptyType, emptyRevision, emptyMetaData)) {
            hashes.add(HEX.formatHex(EventHash.of(event, EventHash.NONE_BEFORE)));
        }
        assertThat(hashes).hasSize(4);
    }

    /** The lengths keep field boundaries: moving a byte from one field to the next changes the hash. */
    @Test
    void bytesCannotMoveAcrossFieldBoundaries() {
        StoredEvent a = with(EVENT, "ab", "c", EVENT.aggregateType(), 0, EVENT.payloadType(), null, EVENT.recordedAt(),
                EVENT.payload(), null);
        StoredEvent b = with(EVENT, "a", "bc", EVENT.aggregateType(), 0, EVENT.payloadType(), null, EVENT.recordedAt(),
                EVENT.payload(), null);
        assertThat(EventHash.of(a, EventHash.NONE_BEFORE)).isNotEqualTo(EventHash.of(b, EventHash.NONE_BEFORE));
    }

    @Test
    void eachHashIsChainedToThePreviousOne() {
        StoredEvent first = with(EVENT, "e-0", "c-1", "Complaint", 0, EVENT.payloadType(), null, EVENT.recordedAt(),
                EVENT.payload(), null);
        StoredEvent second = with(EVENT, "e-1", "c-1", "Complaint", 1, EVENT.payloadType(), null, EVENT.recordedAt(),
                "{\"b\":1}".getBytes(StandardCharsets.UTF_8), null);
        byte[] h0 = EventHash.of(first, EventHash.NONE_BEFORE);
        byte[] h1 = EventHash.of(second, h0);
        assertThat(EventHash.NONE_BEFORE).isEqualTo(new byte[32]);
        StoredEvent firstChanged = with(first, "e-0", "c-1", "Complaint", 0, first.payloadType(), null,
                first.recordedAt(), "{\"a\":9}".getBytes(StandardCharsets.UTF_8), null);
        byte[] h0Changed = EventHash.of(firstChanged, EventHash.NONE_BEFORE);
        assertThat(h0Changed).isNotEqualTo(h0);
        assertThat(EventHash.of(second, h0Changed)).as("a change to an event changes every later hash").isNotEqualTo(h1);
        assertThat(EventHash.of(second, h0, EventHash.sha256())).isEqualTo(h1);
    }

    @Test
    void aReusedDigestGivesTheSameHash() {
        var digest = EventHash.sha256();
        digest.update(new byte[] {1, 2, 3});
        assertThat(EventHash.of(EVENT, previous(5), digest)).isEqualTo(EventHash.of(EVENT, previous(5)));
        assertThat(EventHash.of(EVENT, previous(5), digest)).isEqualTo(EventHash.of(EVENT, previous(5)));
    }

    @Test
    void aPreviousHashHas32Bytes() {
        assertThatThrownBy(() -> EventHash.of(EVENT, new byte[31])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
    }

    private static StoredEvent with(StoredEvent ignored, String id, String aggregate, String type, long sequence,
                                    String payloadType, String revision, String recordedAt, byte[] payload,
                                    byte[] metaData) {
        return new StoredEvent(id, aggregate, type, sequence, payloadType, revision, recordedAt, payload, metaData);
    }

    private static void writeText(ByteArrayOutputStream out, String text) {
        writeBytes(out, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(ByteArrayOutputStream out, byte[] bytes) {
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
