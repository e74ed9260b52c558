package org.complaintledger.selfcheck;

import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;

/**
 * How many bytes an event's hash reads (its encoding, docs/proofs.md section 1, and the previous hash), counted from
 * its strings' characters without encoding them, for the bytes-hashed figure of every event the self-check verifies.
 * Eight fields carry a length: three texts, then after the sequence number three texts and two byte strings.
 * ({@link EventHash#encodedLength} counts seven, four bytes short.)
 */
final class EncodedLength {

    /** "complaint-ledger event v1\n", the sequence number, the previous hash and eight lengths. */
    private static final int FIXED = 26 + Long.BYTES + EventHash.BYTES + 8 * Integer.BYTES;

    private EncodedLength() {
    }

    static long of(StoredEvent event) {
        return FIXED + utf8(event.eventIdentifier()) + utf8(event.aggregateIdentifier()) + utf8(event.aggregateType())
                + utf8(event.payloadType()) + utf8(event.payloadRevision()) + utf8(event.recordedAt())
                + event.payload().length + (event.metaData() == null ? 0 : event.metaData().length);
    }

    /** The length of {@code text.getBytes(UTF_8)}: an unpaired surrogate is encoded as '?', one byte. */
    static int utf8(String text) {
        if (text == null) {
            return 0;
        }
        int length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    length += 2;
                    i++;
                } else if (!Character.isSurrogate(c)) {
                    length += 2;
                }
            }
        }
        return length;
    }
}
