package org.complaintledger.proof.verifier;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.CaseBundle;

/**
 * Each document the bundle lists is named by the event it says recorded it: the event is in the bundle, and the
 * document's digest is a JSON string in that event's stored payload ({@code "sha256":"<64 hex digits>"}), so the digest
 * is covered by the event's hash. Each payload is scanned once, in linear time, whatever the bundle lists.
 */
final class DocumentChecks {

    private static final int DIGEST_LENGTH = 64;

    private DocumentChecks() {
    }

    static void check(CaseBundle bundle, List<String> failures) {
        Map<String, BundledEvent> events = new HashMap<>();
        bundle.events().forEach(event -> events.putIfAbsent(event.eventIdentifier(), event));
        Map<String, Set<String>> digestsOf = new HashMap<>();
        for (BundledDocument document : bundle.documents()) {
            BundledEvent event = events.get(document.eventIdentifier());
            if (event == null) {
                failures.add("document " + document.sha256() + " is said to be recorded by event "
                        + Describe.text(document.eventIdentifier()) + ", which is not in the bundle");
            } else if (!digestsOf.computeIfAbsent(event.eventIdentifier(), id -> digests(event.event().payload()))
                    .contains(document.sha256())) {
                failures.add("document " + document.sha256() + " is not named in the stored payload of "
                        + Describe.event(event) + ", which the bundle says recorded it");
            }
        }
    }

    /** Every JSON string of exactly 64 lowercase hex digits in the payload. */
    static Set<String> digests(byte[] payload) {
        Set<String> digests = new HashSet<>();
        for (int i = 0; i + DIGEST_LENGTH + 1 < payload.length; i++) {
            if (payload[i] != '"' || payload[i + DIGEST_LENGTH + 1] != '"') {
                continue;
            }
            int hex = 0;
            while (hex < DIGEST_LENGTH && isLowerHex(payload[i + 1 + hex])) {
                hex++;
            }
            if (hex == DIGEST_LENGTH) {
                digests.add(new String(payload, i + 1, DIGEST_LENGTH, StandardCharsets.US_ASCII));
            }
        }
        return digests;
    }

    private static boolean isLowerHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f');
    }
}
