package org.complaintledger.complaint;

import java.time.Instant;

/** Supporting documentation such as a report or survey went on the record (5.12). */
public record DocumentAttached(String complaintId,
                               Instant occurredAt,
                               String backdatingReason,
                               DocumentKind kind,
                               DocumentRef document,
                               String description) implements ComplaintEvent {
}
