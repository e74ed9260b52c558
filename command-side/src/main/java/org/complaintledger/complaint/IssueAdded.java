package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;
import org.complaintledger.personaldata.PersonalData;

/** A related issue raised before the stage 1 response, folded into stage 1 (6.8). */
public record IssueAdded(String complaintId,
                         Instant occurredAt,
                         @PersonalData String backdatingReason,
                         @PersonalData String description,
                         @PersonalData List<String> outcomesSought) implements ComplaintEvent {
}
