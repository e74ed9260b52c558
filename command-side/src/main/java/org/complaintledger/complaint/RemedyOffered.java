package org.complaintledger.complaint;

import java.time.Instant;

/** A remedy was offered outside a stage response: a complaint can be remedied at any stage (5.13). */
public record RemedyOffered(String complaintId,
                            Instant occurredAt,
                            String backdatingReason,
                            TrackedRemedy remedy) implements ComplaintEvent {
}
