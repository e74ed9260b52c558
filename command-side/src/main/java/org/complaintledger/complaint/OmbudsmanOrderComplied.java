package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;

/** The landlord complied with one of the Ombudsman's orders. */
public record OmbudsmanOrderComplied(String complaintId,
                                     Instant occurredAt,
                                     String backdatingReason,
                                     String orderId,
                                     String evidence,
                                     LocalDate dueBy,
                                     boolean onTime) implements ComplaintEvent {
}
