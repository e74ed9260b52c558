package org.complaintledger.retention;

import java.time.Instant;

/** One run of the retention job as listed; its full record (which subjects) is the RetentionRunRecorded event. */
public record RetentionRunSummary(String runId, Instant startedAt, Instant finishedAt, String trigger, String policy,
                                  Instant retainedUntil, int due, int erased, int notErased) {
}
