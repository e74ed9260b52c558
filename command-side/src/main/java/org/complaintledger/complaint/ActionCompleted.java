package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/** A remedy or outstanding action was followed through to completion (6.17, 7.3). */
public record ActionCompleted(String complaintId,
                              Instant occurredAt,
                              @PersonalData String backdatingReason,
                              String actionId,
                              @PersonalData String note,
                              LocalDate dueBy,
                              boolean onTime) implements ComplaintEvent {
}
