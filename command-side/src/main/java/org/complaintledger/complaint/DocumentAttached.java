package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** Supporting documentation such as a report or survey went on the record (5.12). */
public record DocumentAttached(String complaintId,
                               Instant occurredAt,
                               @PersonalData String backdatingReason,
                               DocumentKind kind,
                               DocumentRef document,
                               @PersonalData String description) implements ComplaintEvent {
}
