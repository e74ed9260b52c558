package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** The resident withdrew the complaint. */
public record ComplaintWithdrawn(String complaintId,
                                 Instant occurredAt,
                                 @PersonalData String backdatingReason,
                                 @PersonalData String reason) implements ComplaintEvent {
}
