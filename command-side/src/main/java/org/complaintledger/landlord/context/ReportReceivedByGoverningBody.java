package org.complaintledger.landlord.context;

import java.time.Instant;
import java.time.LocalDate;

/** The governing body received a report on complaints for {@code periodFrom}-{@code periodTo} on {@code receivedOn} (9.7). */
public record ReportReceivedByGoverningBody(String landlordId,
                                            Instant occurredAt,
                                            String backdatingReason,
                                            ReportKind kind,
                                            String title,
                                            LocalDate periodFrom,
                                            LocalDate periodTo,
                                            LocalDate receivedOn,
                                            String recordedBy) implements LandlordContextEvent {
}
