package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes-hashed figure counts exactly the bytes whose SHA-256 is an event's chained hash. */
class EncodedLengthTest {

    @Test
    void countsTheBytesEventHashHashes() {
        byte[] previous = new byte[32];
        previous[3] = 7;
        for (StoredEvent event : new SampleComplaints(3, Instant.parse("2026-01-05T09:00:00Z")).events(20)) {
            byte[] encoding = CanonicalEncoding.of(event, previous);

            assertThat(EventHash.sha256().digest(encoding)).isEqualTo(EventHash.of(event, previous));
            assertThat(EncodedLength.of(event)).isEqualTo(encoding.length);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "é à ü", "€100", "😀 in text", "\ud800 unpaired", "tail \udc00", "ß\u0800\uffff"})
    void countsUtf8AsJavaEncodesIt(String text) {
        assertThat(EncodedLength.utf8(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void nullsHaveALengthAndNoBytes() {
        StoredEvent event = new StoredEvent("e", "a", null, 0, "t", null, "2026-01-05T09:00:00.000Z", new byte[3], null);

        assertThat(EncodedLength.of(event)).isEqualTo(CanonicalEncoding.of(event, EventHash.NONE_BEFORE).length);
    }
}
