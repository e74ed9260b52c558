package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** The landlord and resident agreed how often the resident will be kept informed (5.9). */
public record UpdateIntervalAgreed(String complaintId,
                                   Instant occurredAt,
                                   @PersonalData String backdatingReason,
                                   int everyWorkingDays,
                                   @PersonalData String arrangement) implements ComplaintEvent {
}
