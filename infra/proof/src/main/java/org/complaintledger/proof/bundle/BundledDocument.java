package org.complaintledger.proof.bundle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document named on the case record (5.12): its SHA-256 digest and the event that recorded it. Whoever holds a
 * copy of the document can hash it and find the digest here; the verifier checks that the digest is written in that
 * event's stored payload. The name and media type are shown for the reader; the name is personal data, sealed in the
 * payload, so it is not verified.
 *
 * @param eventIdentifier the event that named the document
 * @param sha256          the document's SHA-256, 64 lowercase hex digits, as the payload has it
 * @param mediaType       its media type, or null
 * @param name            its name as the case record shows it, or null
 */
public record BundledDocument(String eventIdentifier, String sha256, String mediaType, String name) {

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    public BundledDocument {
        Objects.requireNonNull(eventIdentifier, "eventIdentifier");
        Objects.requireNonNull(sha256, "sha256");
        if (!DIGEST.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a document's SHA-256 is 64 lowercase hex digits, not '" + sha256 + "'");
        }
    }
}
