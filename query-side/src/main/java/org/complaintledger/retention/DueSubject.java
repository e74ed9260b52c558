package org.complaintledger.retention;

import java.time.Instant;

/** A data subject whose every complaint closed before the retention period ran out. */
public record DueSubject(String dataSubjectId, int complaints, Instant lastClosedAt) {
}
