package org.complaintledger.complaint;

import java.time.Instant;

/** The resident withdrew the complaint. */
public record ComplaintWithdrawn(String complaintId,
                                 Instant occurredAt,
                                 String backdatingReason,
                                 String reason) implements ComplaintEvent {
}
