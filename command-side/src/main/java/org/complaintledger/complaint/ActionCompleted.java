package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** A remedy or outstanding action was followed through to completion (6.17, 7.3). */
public record ActionCompleted(String complaintId,
                              Instant occurredAt,
                              String backdatingReason,
                              String actionId,
                              String note,
                              LocalDate dueBy,
                              boolean onTime) implements ComplaintEvent {
}
