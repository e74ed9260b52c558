package org.complaintledger.complaint;

import java.time.Instant;

/** The landlord and resident agreed how often the resident will be kept informed (5.9). */
public record UpdateIntervalAgreed(String complaintId,
                                   Instant occurredAt,
                                   String backdatingReason,
                                   int everyWorkingDays,
                                   String arrangement) implements ComplaintEvent {
}
