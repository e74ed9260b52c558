package org.complaintledger.landlord.context;

import java.time.Instant;
import java.time.LocalDate;

/** The governing body responded to the annual complaints performance report for {@code financialYear} (8.2). */
public record GoverningBodyRespondedToAnnualReport(String landlordId,
                                                   Instant occurredAt,
                                                   String backdatingReason,
                                                   int financialYear,
                                                   String response,
                                                   LocalDate respondedOn,
                                                   String recordedBy) implements LandlordContextEvent {
}
