package org.complaintledger.proof.verifier;

import java.util.HexFormat;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.BundledEvent;

/**
 * How the verifier names events, checkpoints and hashes in what it prints. Every text from a bundle is shown
 * escaped and shortened: a bundle must not be able to print a line of its own (a forged "verified:") or hide text.
 */
final class Describe {

    private static final HexFormat HEX = HexFormat.of();
    private static final int LONGEST = 120;

    private Describe() {
    }

    static String event(BundledEvent event) {
        String type = event.event().payloadType();
        return "event " + text(event.eventIdentifier()) + " (sequence " + event.sequenceNumber() + ", "
                + text(type.substring(type.lastIndexOf('.') + 1)) + ")";
    }

    static String checkpoint(Checkpoint checkpoint) {
        return "checkpoint " + checkpoint.issuedAt() + " (tree size " + checkpoint.treeSize() + ")";
    }

    static String hex(byte[] hash) {
        return HEX.formatHex(hash);
    }

    /** The text with control, line-separating and direction-changing characters escaped, and at most 120 long. */
    static String text(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(LONGEST).forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0xFEFF) {
                shown.append(String.format("\\u%04x", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > LONGEST ? shown + "…" : shown.toString();
    }
}
