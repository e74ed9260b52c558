package org.complaintledger.deadletters;

import java.time.Instant;

/**
 * An event a processing group could not handle, parked until retried: its place in the ledger ({@code globalPosition},
 * null if its tracking token gave none), why it failed, when it was parked and how many retries failed since. Event
 * type and cause only: never its payload, which may hold personal data.
 */
public record ParkedEvent(String processingGroup, String sequenceId, String eventType, Long globalPosition,
                          String causeType, String cause, Instant parkedAt, Instant lastTouched, long retries) {
}
