package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;

/** A related issue raised before the stage 1 response, folded into stage 1 (6.8). */
public record IssueAdded(String complaintId,
                         Instant occurredAt,
                         String backdatingReason,
                         String description,
                         List<String> outcomesSought) implements ComplaintEvent {
}
