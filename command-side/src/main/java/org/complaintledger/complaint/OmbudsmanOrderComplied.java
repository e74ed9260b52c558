package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.PersonalData;

/** The landlord complied with one of the Ombudsman's orders. */
public record OmbudsmanOrderComplied(String complaintId,
                                     Instant occurredAt,
                                     @PersonalData String backdatingReason,
                                     String orderId,
                                     @PersonalData String evidence,
                                     LocalDate dueBy,
                                     boolean onTime) implements ComplaintEvent {
}
