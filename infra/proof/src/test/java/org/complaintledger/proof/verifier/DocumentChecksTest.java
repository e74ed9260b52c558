package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DocumentChecksTest {

    private static final String A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String B = "0".repeat(64);

    @Test
    void findsEveryDigestWrittenAsAJsonString() {
        String payload = "{\"documents\":[{\"sha256\":\"" + A + "\"},{\"sha256\":\"" + B + "\"}],\"x\":\"" + A.toUpperCase()
                + "\",\"y\":\"" + A + "0\",\"z\":\"" + A.substring(1) + "\"}";
        assertThat(DocumentChecks.digests(payload.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrder(A, B);
        assertThat(DocumentChecks.digests(("\"" + A + "\"").getBytes(StandardCharsets.UTF_8))).containsExactly(A);
        assertThat(DocumentChecks.digests(("\"" + A).getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentChecks.digests(new byte[0])).isEmpty();
    }
}
